//! Steunwijzer eligibility engine: turns a scenario (a company and its plans) into a
//! report of every support measure, with amounts, reasons and sources.
//!
//! Pure and total: no I/O, no web dependencies, no panics. Money is exact
//! ([`rust_decimal`]); every aid amount is rounded to cents, half away from zero, after
//! multiplying. Every rate, ceiling and date is a dated, sourced parameter ([`rules`]).
//!
//! ```
//! let s = eligibility::parse_scenario(r#"{"version": 1}"#).unwrap();
//! let today = eligibility::Date::parse("2026-11-22").unwrap();
//! let report = eligibility::evaluate(&s, today).unwrap();
//! assert_eq!(report.measures.len(), 10);
//! ```
pub mod catalog;
pub mod context;
pub mod dates;
pub mod de_minimis;
pub mod error;
pub mod input;
pub mod lang;
pub mod measures;
pub mod money;
pub mod params;
pub mod report;
pub mod rulebook;
pub mod scenario;
pub mod size;
pub mod sources;
pub mod text;

pub use dates::Date;
pub use error::{ErrorCode, InputError};
pub use measures::{
    cyber_trajectory, innovative_starter, investeringsaftrek, kmo_portefeuille, rd_projects,
    signposts,
};
pub use money::{Money, Percent, Quantity};
pub use params::{ParamValue, Parameter};
pub use report::{
    DeMinimisReport, EuSize, FiscalSize, ItemReport, Kind, MeasureId, MeasureReport, Outcome,
    PlanKind, Reason, ReasonCode, Report, SizeReport, Status, Totals, Values,
};
pub use rulebook::{rules_by_id, RuleParameter, RulePeriod};
pub use scenario::Scenario;
pub use sources::Source;

/// Version of the rule set (the date the rules were last reviewed).
pub const RULES_VERSION: &str = "2026-11-22";

/// Parses a scenario strictly: unknown fields, wrong types, more than two decimals,
/// impossible dates, implausible values and unsupported versions are refused with the
/// field path (e.g. `plans.trainings[0].cost`).
pub fn parse_scenario(json: &str) -> Result<Scenario, InputError> {
    input::parse(json)
}

/// Every parameter (rates, ceilings, thresholds, dates) with its periods and source.
pub fn rules() -> Vec<Parameter> {
    params::all()
}

/// Every source cited by parameters and reasons.
pub fn sources() -> Vec<Source> {
    sources::sources()
}

/// Evaluates a scenario on its `date` (or `today` when absent).
///
/// Pure and total: a scenario that [`input::validate`] refuses, or figures that would
/// overflow, give an [`InputError`]; nothing panics.
pub fn evaluate(scenario: &Scenario, today: Date) -> Result<Report, InputError> {
    input::validate(scenario)?;
    let date = scenario.date.unwrap_or(today);
    let size = size::assess(&scenario.company, date)?;

    let mut measures: Vec<measures::Evaluated> = Vec::with_capacity(measures::MEASURES.len());
    for m in &measures::MEASURES {
        measures.push((m.evaluate)(scenario, date, &size)?);
    }
    let de_minimis = de_minimis::apply(&scenario.company, date, &mut measures)?;

    let overflow = || InputError::new("", ErrorCode::Overflow, "total too large");
    let mut grants = rust_decimal::Decimal::ZERO;
    let mut deductions = rust_decimal::Decimal::ZERO;
    let mut uncertain_grants = rust_decimal::Decimal::ZERO;
    let mut uncertain_deductions = rust_decimal::Decimal::ZERO;
    let mut missing: Vec<String> = Vec::new();
    for (m, miss) in &measures {
        let total = match (m.status, m.kind) {
            (Status::Eligible, Kind::Grant) => Some(&mut grants),
            (Status::Eligible, Kind::TaxDeduction) => Some(&mut deductions),
            (Status::Uncertain, Kind::Grant) => Some(&mut uncertain_grants),
            (Status::Uncertain, Kind::TaxDeduction) => Some(&mut uncertain_deductions),
            _ => None,
        };
        if let Some(total) = total {
            *total = total.checked_add(m.amount.0).ok_or_else(overflow)?;
        }
        if m.status == Status::Uncertain {
            missing.extend(miss.iter().cloned());
        }
    }
    missing.sort();
    missing.dedup();

    Ok(Report {
        version: 1,
        date,
        rules_version: RULES_VERSION.to_string(),
        size: SizeReport {
            eu: size.eu,
            fiscal: size.fiscal,
            reasons: size.reasons,
        },
        measures: measures.into_iter().map(|(m, _)| m).collect(),
        de_minimis,
        totals: Totals {
            grants: Money(grants),
            tax_deductions: Money(deductions),
            uncertain_grants: Money(uncertain_grants),
            uncertain_tax_deductions: Money(uncertain_deductions),
        },
        missing,
    })
}
