//! Steunwijzer eligibility engine: turns a scenario (a company and its plans) into a
//! report of every support measure, with amounts, reasons and sources.
//!
//! Pure and total: no I/O, no web dependencies, no panics.
//!
//! ```
//! let s = eligibility::parse_scenario(r#"{"version": 1}"#).unwrap();
//! let today = eligibility::Date::parse("2026-11-22").unwrap();
//! let report = eligibility::evaluate(&s, today).unwrap();
//! assert_eq!(report.measures.len(), 10);
//! ```
pub mod context;
pub mod dates;
pub mod error;
pub mod money;
pub mod report;
pub mod scenario;
pub mod text;

pub use dates::Date;
pub use error::{ErrorCode, InputError};
pub use money::{Money, Percent, Quantity};
pub use report::{
    DeMinimisReport, EuSize, FiscalSize, ItemReport, Kind, MeasureId, MeasureReport, Outcome,
    PlanKind, Reason, ReasonCode, Report, SizeReport, Status, Totals,
};
pub use scenario::Scenario;

/// Version of the rule set (the date the rules were last reviewed).
pub const RULES_VERSION: &str = "2026-11-22";

/// Parses a scenario strictly: unknown fields, wrong types, implausible values and
/// unsupported versions are refused with the field path.
pub fn parse_scenario(json: &str) -> Result<Scenario, InputError> {
    serde_json::from_str(json).map_err(|e| InputError::new("", ErrorCode::Syntax, e.to_string()))
}

/// Evaluates a scenario on its `date` (or `today` when absent). Pure and total.
pub fn evaluate(scenario: &Scenario, today: Date) -> Result<Report, InputError> {
    let date = scenario.date.unwrap_or(today);
    let measures = MeasureId::ALL
        .iter()
        .map(|&id| MeasureReport {
            id,
            status: if id.kind() == Kind::Signpost {
                Status::Signpost
            } else {
                Status::Uncertain
            },
            kind: id.kind(),
            amount: Money::ZERO,
            planned: false,
            de_minimis: id.is_de_minimis(),
            reasons: Vec::new(),
            items: Vec::new(),
            next_steps: Vec::new(),
        })
        .collect();
    Ok(Report {
        version: 1,
        date,
        rules_version: RULES_VERSION.to_string(),
        size: SizeReport {
            eu: EuSize::Unknown,
            fiscal: FiscalSize::Unknown,
            reasons: Vec::new(),
        },
        measures,
        de_minimis: DeMinimisReport {
            used: Money::ZERO,
            planned: Money::ZERO,
            ceiling: Money::from_int(300_000),
            headroom: Money::from_int(300_000),
            window_start: date.add_years(-3).unwrap_or(date),
            reasons: Vec::new(),
        },
        totals: Totals {
            grants: Money::ZERO,
            tax_deductions: Money::ZERO,
        },
        missing: Vec::new(),
    })
}
