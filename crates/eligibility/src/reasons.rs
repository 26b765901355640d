//! Reason kinds no one measure owns: rules not modelled on a date, a missing answer, and
//! the typical answers assumed (ruling 13); and [`reason_codes!`], with which each folder
//! declares its own (`measures/<measure>/reasons.rs`, `size/reasons.rs`,
//! `de_minimis/reasons.rs`). The registry (`measures/mod.rs`) chains the folders' lists
//! into [`ReasonCode::ALL`](crate::report::ReasonCode::ALL).

/// Declares a folder's reason kinds: one `pub const NAME: ReasonCode` per line, with its
/// JSON code, and `ALL`, the folder's list in declaration order.
macro_rules! reason_codes {
    ($($(#[$m:meta])* $name:ident => $code:literal,)*) => {
        $($(#[$m])* pub const $name: $crate::report::ReasonCode =
            $crate::report::ReasonCode::new($code);)*
        /// Every reason kind of this folder, in declaration order.
        pub const ALL: &[$crate::report::ReasonCode] = &[$($name,)*];
    };
}
pub(crate) use reason_codes;

reason_codes! {
    /// The rules in force on the date are not modelled by this calculator.
    RULES_NOT_MODELLED => "rules.not_modelled",
    /// A company-level answer is missing.
    ANSWER_MISSING => "answer.missing",
    // Typical answers assumed (ruling 13).
    /// Assumed: no public body holds a share.
    ASSUMED_PUBLIC_OWNERSHIP => "assumed.public_ownership_pct",
    /// Assumed: no partner or linked enterprises.
    ASSUMED_HOLDINGS => "assumed.holdings",
    /// Assumed: no kmo-portefeuille received yet this calendar year.
    ASSUMED_KMO_RECEIVED => "assumed.kmo_portefeuille_received_this_year",
    /// Assumed: no de-minimis aid in the last three years.
    ASSUMED_DE_MINIMIS => "assumed.de_minimis_received",
    /// Assumed: the main activity is on VLAIO's list.
    ASSUMED_MAIN_ACTIVITY => "assumed.main_activity_acceptable",
    /// Assumed: equity is not negative.
    ASSUMED_NEGATIVE_EQUITY => "assumed.negative_equity",
    /// Assumed: not a recognised maatwerkbedrijf.
    ASSUMED_MAATWERKBEDRIJF => "assumed.maatwerkbedrijf",
    /// Assumed: no earlier subsidised cyber trajectory.
    ASSUMED_LAST_CYBER_TRAJECTORY => "assumed.last_cyber_trajectory",
    /// Assumed: not a liberal profession.
    ASSUMED_LIBERAL_PROFESSION => "assumed.liberal_profession",
    /// Assumed: the vzw is not subject to corporate tax.
    ASSUMED_VZW_CORPORATE_TAX => "assumed.vzw_corporate_tax",
}
