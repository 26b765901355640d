//! Reason kinds of the ontwikkelingsproject (`rd.`, `dev.`) and the onderzoeksproject
//! (`rd.`, `res.`).

crate::reasons::reason_codes! {
    /// Legal personality.
    LEGAL_FORM => "rd.legal_form",
    /// Operations in the Flemish Region.
    REGION => "rd.region",
    /// Size bonus.
    SIZE_BONUS => "rd.size_bonus",
    /// Development project rate.
    DEV_ITEM_RATE => "dev.item.rate",
    /// Accepted costs missing.
    ITEM_COST_MISSING => "rd.item.cost_missing",
    /// Minimum aid.
    ITEM_MINIMUM => "rd.item.minimum",
    /// Maximum aid.
    ITEM_MAXIMUM => "rd.item.maximum",
    /// Aid of the project.
    ITEM_AID => "rd.item.aid",
    /// Research project: rate of the research parts.
    RES_ITEM_RESEARCH_RATE => "res.item.research_rate",
    /// Research project: rate of the development parts.
    RES_ITEM_DEVELOPMENT_RATE => "res.item.development_rate",
    /// Impact condition: checked only by VLAIO.
    STEP_IMPACT => "rd.step.impact",
    /// Permanently open: apply to VLAIO before starting.
    STEP_APPLY => "rd.step.apply",
}
