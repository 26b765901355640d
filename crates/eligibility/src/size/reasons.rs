//! Reason kinds of the company size (EU class and fiscal size).

crate::reasons::reason_codes! {
    /// Own figures of the last closed year.
    OWN_FIGURES => "size.own_figures",
    /// A linked enterprise, added at 100 %.
    HOLDING_LINKED => "size.holding_linked",
    /// A partner enterprise, added in proportion.
    HOLDING_PARTNER => "size.holding_partner",
    /// An exempt investor holding (≤ 50 %), not added.
    HOLDING_EXEMPT_INVESTOR => "size.holding_exempt_investor",
    /// A holding below 25 %, not added.
    HOLDING_NOT_ADDED => "size.holding_not_added",
    /// A holding with missing answers.
    HOLDING_INCOMPLETE => "size.holding_incomplete",
    /// Figures after adding partner and linked enterprises.
    EU_FIGURES => "size.eu_figures",
    /// Public bodies hold 25 % or more: not an SME.
    PUBLIC_OWNERSHIP => "size.public_ownership",
    /// EU SME class of a year.
    EU_CLASS => "size.eu_class",
    /// EU class cannot be determined.
    EU_UNKNOWN => "size.eu_unknown",
    /// Two-consecutive-years rule applied (EU).
    EU_TWO_YEARS => "size.eu_two_years",
    /// Fiscal thresholds in force.
    FISCAL_THRESHOLDS => "size.fiscal_thresholds",
    /// Fiscal test of a year (criteria exceeded).
    FISCAL_CLASS => "size.fiscal_class",
    /// Fiscal size cannot be determined.
    FISCAL_UNKNOWN => "size.fiscal_unknown",
    /// Two-consecutive-years rule applied (fiscal).
    FISCAL_TWO_YEARS => "size.fiscal_two_years",
    /// An eenmanszaak needs no fiscal size test.
    FISCAL_NATURAL_PERSON => "size.fiscal_natural_person",
    /// Fiscal test adds linked enterprises only.
    FISCAL_LINKED_ONLY => "size.fiscal_linked_only",
    /// The previous year's class adds the holdings as given (ruling 6).
    PREVIOUS_WITH_HOLDINGS => "size.previous_with_holdings",
    /// Good-faith estimates for a company without a closed year.
    ESTIMATES => "size.estimates",
}
