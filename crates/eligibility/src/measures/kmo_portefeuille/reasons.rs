//! Reason kinds of the kmo-portefeuille.

crate::reasons::reason_codes! {
    /// EU size: SME required.
    SIZE => "kmo.size",
    /// Acceptable legal form.
    LEGAL_FORM => "kmo.legal_form",
    /// A liberal profession in a maatschap or feitelijke vereniging: VLAIO decides case by case.
    LEGAL_FORM_LIBERAL => "kmo.legal_form_liberal",
    /// This year's ceiling is used up: a new one from 1 January (ruling 4).
    CEILING_USED_UP => "kmo.ceiling_used_up",
    /// Establishment in the Flemish Region.
    REGION => "kmo.region",
    /// Acceptable main activity.
    MAIN_ACTIVITY => "kmo.main_activity",
    /// Yearly ceiling and what is left.
    CEILING => "kmo.ceiling",
    /// Theme of an item.
    ITEM_THEME => "kmo.item.theme",
    /// Theme beroepsspecifieke competenties: listed services only.
    ITEM_THEME_LISTED => "kmo.item.theme_listed",
    /// A training without a theme: counted at the basic rate.
    ITEM_THEME_BASIC_RATE => "kmo.item.theme_basic_rate",
    /// Advice only on cybersecurity from 1 Feb 2026.
    ITEM_ADVICE_THEME => "kmo.item.advice_theme",
    /// Eligible cost of a training.
    ITEM_TRAINING_COST => "kmo.item.training_cost",
    /// Eligible cost of an advice.
    ITEM_ADVICE_COST => "kmo.item.advice_cost",
    /// Catering capped at €25 per person per day.
    ITEM_CATERING_CAP => "kmo.item.catering_cap",
    /// A cost answer is missing.
    ITEM_COST_MISSING => "kmo.item.cost_missing",
    /// Minimum eligible cost.
    ITEM_MINIMUM => "kmo.item.minimum",
    /// Support rate.
    ITEM_RATE => "kmo.item.rate",
    /// Aid before and after the yearly ceiling.
    ITEM_AID => "kmo.item.aid",
    /// Apply within 14 calendar days after the service starts.
    STEP_APPLY => "kmo.step.apply_within",
    /// Finish before 31 December of the year after the request.
    STEP_FINISH => "kmo.step.finish_by",
    /// Use a registered service provider.
    STEP_PROVIDER => "kmo.step.registered_provider",
    /// VAT is never subsidised.
    STEP_VAT => "kmo.step.vat",
}
