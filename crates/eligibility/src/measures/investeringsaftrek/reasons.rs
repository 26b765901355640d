//! Reason kinds of the investeringsaftrek.

crate::reasons::reason_codes! {
    /// Who may deduct (eenmanszaak or fiscally small company).
    WHO => "ia.who",
    /// An eenmanszaak deducts as a natural person, whatever its fiscal size (ruling 9).
    WHO_NATURAL_PERSON => "ia.who_natural_person",
    /// A vzw only when subject to corporate tax.
    VZW => "ia.vzw",
    /// Thematic deductions are outside this calculator.
    THEMATIC_OUTSIDE => "ia.thematic_outside",
    /// The regime in force for the acquisition date.
    ITEM_REGIME => "ia.item.regime",
    /// Deduction rate of an investment.
    ITEM_RATE => "ia.item.rate",
    /// The amount of an investment is missing.
    ITEM_AMOUNT_MISSING => "ia.item.amount_missing",
    /// The acquisition date is missing (scenario date used).
    ITEM_DATE_ASSUMED => "ia.item.date_assumed",
    /// Deduction from taxable profit.
    ITEM_DEDUCTION => "ia.item.deduction",
    /// A deduction is not cash.
    STEP_NOT_CASH => "ia.step.not_cash",
    /// New assets used in Belgium for the professional activity.
    STEP_CONDITIONS => "ia.step.conditions",
}
