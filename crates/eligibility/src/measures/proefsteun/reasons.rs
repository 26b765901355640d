//! Reason kinds of the proefsteun.

crate::reasons::reason_codes! {
    /// Establishment in the Flemish Region.
    REGION => "proef.region",
    /// Support rate.
    RATE => "proef.rate",
}
