//! Steunwijzer eligibility engine: turns a scenario (a company and its plans) into a
//! report of every support measure, with amounts, reasons and sources.
//!
//! Pure and total: no I/O, no web dependencies, no panics. Money is exact
//! ([`rust_decimal`]); every aid amount is rounded to cents, half away from zero, after
//! multiplying. Every rate, ceiling and date is a dated, sourced parameter ([`rules`]).
//!
//! Layout: each measure has one folder, [`measures`]`/<measure>/` (its rules in `mod.rs`,
//! its dated parameter table and typed handles in `params.rs`); company size ([`size`]) and
//! de-minimis ([`de_minimis`]) likewise. The registry in `measures/mod.rs` is the one list
//! `evaluate` walks. Texts are data: one file per language (`texts/<lang>.ftl`, input
//! errors in `texts/<lang>.errors.ftl`, the rules' public notes and source titles in
//! `texts/<lang>.rules.ftl`, the context panel's words in `texts/<lang>.context.ftl`), read by [`catalog::Catalog`], rendered by [`text`].
//!
//! A shell that carries only one language (the web app) depends on this crate with
//! `default-features = false, features = ["lang-nl"]`, fetches the other language's three
//! files at run time, and renders with the parsed catalog:
//!
//! ```
//! use eligibility::catalog::Catalog;
//! let mut en = Catalog::parse("lang = en\nstatus.eligible = You qualify").unwrap();
//! en.merge(Catalog::parse("lang = en\nerror.syntax = This is not valid JSON").unwrap());
//! assert_eq!(en.status(eligibility::Status::Eligible), "You qualify");
//! ```
//!
//! The `text::*(…, Lang)` functions use the compiled-in files (falling back to a compiled-in
//! language when the asked one is not).
//!
//! ```
//! let s = eligibility::parse_scenario(r#"{"version": 1}"#).unwrap();
//! let today = eligibility::Date::parse("2026-11-22").unwrap();
//! let report = eligibility::evaluate(&s, today).unwrap();
//! assert_eq!(report.measures.len(), eligibility::MeasureId::ALL.len());
//! ```
pub mod assumptions;
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
pub mod reasons;
pub mod report;
pub mod rulebook;
pub mod scenario;
pub mod share_link;
pub mod size;
pub mod sources;
pub mod text;
pub mod timeline;

pub use dates::Date;
pub use error::{ErrorCode, InputError};
pub use measures::{
    cyber_trajectory, innovative_starter, investeringsaftrek, kmo_portefeuille, rd_projects,
    signposts,
};
pub use money::{Money, Percent, Quantity};
pub use params::{ParamValue, Parameter};
pub use report::{
    Assumption, DeMinimisReport, EuSize, EventKind, FiscalSize, ItemReport, Kind, KmoCeilingReport,
    MeasureId, MeasureReport, OpenQuestion, Outcome, PlanKind, Reason, ReasonCode, ReasonValue,
    Report, SizeReport, Status, TimelineEvent, Totals, ValueKind, Values, Year,
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

/// Options of an evaluation that are not part of the scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Only these measures are asked about (e.g. an embed showing the kmo-portefeuille and
    /// the cyber trajectory): totals, `missing`, `open_questions`, `assumptions` and
    /// `timeline` cover only them. Every measure still appears in `measures`, the others
    /// with `asked: false`. `None`: every measure.
    pub measures: Option<Vec<MeasureId>>,
}

impl Options {
    /// Whether `id` is asked about.
    pub fn asks(&self, id: MeasureId) -> bool {
        self.measures.as_ref().is_none_or(|l| l.contains(&id))
    }
}

/// Evaluates a scenario on its `date` (or `today` when absent), for every measure.
///
/// Pure and total: a scenario that [`input::validate`] refuses, or figures that would
/// overflow, give an [`InputError`]; nothing panics.
pub fn evaluate(scenario: &Scenario, today: Date) -> Result<Report, InputError> {
    evaluate_with(scenario, today, &Options::default())
}

/// Evaluates a scenario like [`evaluate`], with [`Options`] (e.g. only some measures asked).
pub fn evaluate_with(
    scenario: &Scenario,
    today: Date,
    options: &Options,
) -> Result<Report, InputError> {
    input::validate(scenario)?;
    let date = scenario.date.unwrap_or(today);
    input::validate_dates(scenario, date)?;
    // Typical answers left open are assumed, visibly (ruling 13).
    let (filled, mut assumed) = assumptions::fill(scenario, date);
    let scenario: &Scenario = &filled;
    let mut size = size::assess(&scenario.company, date)?;
    assumptions::keep_relevant(&mut assumed, &size);

    let mut measures: Vec<measures::Evaluated> = Vec::with_capacity(measures::MEASURES.len());
    for m in measures::MEASURES {
        measures.push((m.evaluate)(scenario, date, &size)?);
    }
    let de_minimis = de_minimis::apply(&scenario.company, date, &mut measures)?;
    assumptions::annotate(&assumed, &mut size.reasons, &mut measures);
    let kmo_portefeuille_ceiling = measures
        .iter()
        .find(|(m, _)| m.id == MeasureId::KmoPortefeuille)
        .and_then(|(m, _)| kmo_portefeuille::ceiling_block(scenario, date, &size, m));

    let overflow = || InputError::new("", ErrorCode::Overflow, "total too large");
    let mut grants = rust_decimal::Decimal::ZERO;
    let mut deductions = rust_decimal::Decimal::ZERO;
    let mut uncertain_grants = rust_decimal::Decimal::ZERO;
    let mut uncertain_deductions = rust_decimal::Decimal::ZERO;
    let mut missing: Vec<String> = Vec::new();
    for (m, miss) in measures.iter_mut() {
        m.asked = options.asks(m.id);
        if !m.asked {
            continue;
        }
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
    let open_questions = open_questions(&missing, &measures);
    let timeline = timeline::build(scenario, date, &measures, &de_minimis, options);
    let assumptions = assumptions::list(&assumed, |id| options.asks(id));

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
        kmo_portefeuille_ceiling,
        totals: Totals {
            grants: Money(grants),
            tax_deductions: Money(deductions),
            uncertain_grants: Money(uncertain_grants),
            uncertain_tax_deductions: Money(uncertain_deductions),
        },
        missing,
        assumptions,
        open_questions,
        timeline,
    })
}

/// Each missing answer with the asked uncertain measures it keeps open and the sum of their
/// amounts, largest amount first (then by field).
fn open_questions(
    missing: &[String],
    measures: &[(MeasureReport, Vec<String>)],
) -> Vec<OpenQuestion> {
    let mut questions: Vec<OpenQuestion> = missing
        .iter()
        .map(|field| {
            let held: Vec<&MeasureReport> = measures
                .iter()
                .filter(|(m, miss)| {
                    m.asked && m.status == Status::Uncertain && miss.contains(field)
                })
                .map(|(m, _)| m)
                .collect();
            OpenQuestion {
                field: field.clone(),
                measures: held.iter().map(|m| m.id).collect(),
                amount: Money(held.iter().fold(rust_decimal::Decimal::ZERO, |a, m| {
                    a.saturating_add(m.amount.0)
                })),
            }
        })
        .collect();
    timeline::sort_short(&mut questions, |a, b| {
        b.amount
            .0
            .cmp(&a.amount.0)
            .then_with(|| a.field.cmp(&b.field))
            .is_lt()
    });
    questions
}
