//! Reason kinds of the signposts: CS-ICON, EFRO, Horizon Europe, Digital Europe.

crate::reasons::reason_codes! {
    /// CS-ICON consortium.
    CS_ICON_CONSORTIUM => "cs_icon.consortium",
    /// CS-ICON pre-registration.
    CS_ICON_PRE_REGISTRATION => "cs_icon.pre_registration",
    /// CS-ICON call status.
    CS_ICON_CALL => "cs_icon.call",
    /// EFRO: who may take part.
    EFRO_WHO => "efro.who",
    /// EFRO: calls.
    EFRO_CALLS => "efro.calls",
    /// Horizon Europe: who may take part.
    HORIZON_WHO => "horizon.who",
    /// Horizon Europe: calls.
    HORIZON_CALLS => "horizon.calls",
    /// Digital Europe: who may take part.
    DIGITAL_WHO => "digital.who",
    /// Digital Europe: calls.
    DIGITAL_CALLS => "digital.calls",
}
