//! Reason kinds of the innovatieve starterssteun.

crate::reasons::reason_codes! {
    /// EU size: micro or small.
    SIZE => "iss.size",
    /// At most 2 years old.
    AGE => "iss.age",
    /// Establishment in the Flemish Region.
    REGION => "iss.region",
    /// A company with legal personality or a vzw.
    LEGAL_FORM => "iss.legal_form",
    /// Pioneering role.
    ITEM_PIONEERING => "iss.item.pioneering",
    /// Fixed amount in two instalments.
    ITEM_AMOUNT => "iss.item.amount",
    /// Works with calls: check one is open.
    STEP_CALL => "iss.step.call",
}
