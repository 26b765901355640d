//! Reason kinds of the cybersecurity verbetertraject.

crate::reasons::reason_codes! {
    /// Establishment in the Flemish Region.
    REGION => "cyber.region",
    /// Legal form.
    LEGAL_FORM => "cyber.legal_form",
    /// Public bodies hold less than 25 % (ruling 2).
    PUBLIC_OWNERSHIP => "cyber.public_ownership",
    /// No negative equity.
    NEGATIVE_EQUITY => "cyber.negative_equity",
    /// Acceptable main activity.
    MAIN_ACTIVITY => "cyber.main_activity",
    /// No subsidised trajectory in the last 4 years.
    PREVIOUS => "cyber.previous_trajectory",
    /// Support rate by size, maatwerkbedrijf and NIS2.
    RATE => "cyber.rate",
    /// Version of the trajectory.
    ITEM_VERSION => "cyber.item.version",
    /// Cost within the published range.
    ITEM_COST_RANGE => "cyber.item.cost_range",
    /// Cost missing.
    ITEM_COST_MISSING => "cyber.item.cost_missing",
    /// Aid of the trajectory.
    ITEM_AID => "cyber.item.aid",
    /// Only with a framework-contract provider.
    STEP_PROVIDER => "cyber.step.framework_provider",
}
