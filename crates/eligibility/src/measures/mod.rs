//! The support measures, one folder each: its identity and rules (`mod.rs`: `ID`, a
//! `MeasureId` with its JSON id, kind and de-minimis flag, and `MEASURE`, its entry in the
//! registry), its dated parameter table (`params.rs`) and its reason kinds (`reasons.rs`).
//! [`MEASURES`] is the registry `evaluate` walks, in report order; it also gives
//! [`MeasureId::ALL`] and [`ReasonCode::ALL`].
//!
//! A new dated value of a rule (a new kmo rate from some date): one row in that measure's
//! `params.rs`. A new measure: its folder, four lines here (`pub mod`, its `MEASURE` in
//! [`MEASURES`], its table in [`PARAMETER_TABLES`], its reasons in `REASONS`), and its texts
//! in `texts/{nl,en,fr}.ftl`. `docs/rules-maintenance.md` walks through both.

pub mod cyber_trajectory;
pub(crate) mod draft;
pub mod innovative_starter;
pub mod investeringsaftrek;
pub mod kmo_portefeuille;
pub mod rd_projects;
pub mod signposts;

use crate::dates::Date;
use crate::error::InputError;
use crate::params::Parameter;
use crate::report::{MeasureId, MeasureReport, ReasonCode};
use crate::scenario::Scenario;
use crate::size::SizeAssessment;

/// A measure's report and the field paths whose absence keeps it uncertain.
pub(crate) type Evaluated = (MeasureReport, Vec<String>);

/// Evaluates one measure for a scenario on a date, given the company's size.
pub(crate) type Evaluate = fn(&Scenario, Date, &SizeAssessment) -> Result<Evaluated, InputError>;

/// One registered measure, declared in its folder.
#[derive(Clone, Copy)]
pub(crate) struct Registered {
    /// The measure.
    pub id: MeasureId,
    /// Its rules.
    pub evaluate: Evaluate,
    /// The typical answers (ruling 13) its outcome can rest on, by their reason
    /// (`reasons::ASSUMED_HOLDINGS`).
    pub assumes: &'static [ReasonCode],
}

/// Every measure, in report order.
pub(crate) const MEASURES: &[Registered] = &[
    kmo_portefeuille::MEASURE,
    investeringsaftrek::MEASURE,
    cyber_trajectory::MEASURE,
    innovative_starter::MEASURE,
    rd_projects::DEVELOPMENT_MEASURE,
    rd_projects::RESEARCH_MEASURE,
    signposts::CS_ICON_MEASURE,
    signposts::EFRO_MEASURE,
    signposts::HORIZON_EUROPE_MEASURE,
    signposts::DIGITAL_EUROPE_MEASURE,
];

/// Whether measure `id` reads the typical answer of reason `assumed`.
pub(crate) fn assumes(id: MeasureId, assumed: ReasonCode) -> bool {
    MEASURES
        .iter()
        .any(|m| m.id == id && m.assumes.contains(&assumed))
}

/// Every parameter table, with the id prefixes it holds: company size, then each
/// measure's own, then de-minimis.
pub(crate) static PARAMETER_TABLES: &[(&[&str], &[Parameter])] = &[
    (&["eu", "fiscal"], crate::size::params::PARAMS),
    (&["kmo"], kmo_portefeuille::params::PARAMS),
    (&["ia"], investeringsaftrek::params::PARAMS),
    (&["cyber"], cyber_trajectory::params::PARAMS),
    (&["iss"], innovative_starter::params::PARAMS),
    (&["dev", "rd", "res"], rd_projects::params::PARAMS),
    (&["dm"], crate::de_minimis::params::PARAMS),
    (&["cs_icon"], signposts::params::PARAMS),
];

/// Every folder's reason kinds: the shared ones, company size, each measure's, de-minimis.
const REASONS: &[&[ReasonCode]] = &[
    crate::reasons::ALL,
    crate::size::reasons::ALL,
    kmo_portefeuille::reasons::ALL,
    investeringsaftrek::reasons::ALL,
    cyber_trajectory::reasons::ALL,
    innovative_starter::reasons::ALL,
    rd_projects::reasons::ALL,
    signposts::reasons::ALL,
    crate::de_minimis::reasons::ALL,
];

impl MeasureId {
    /// Every measure, in report order (the order of the registry).
    pub const ALL: [MeasureId; MEASURES.len()] = {
        let mut ids = [kmo_portefeuille::ID; MEASURES.len()];
        let mut i = 0;
        while i < ids.len() {
            ids[i] = MEASURES[i].id;
            i += 1;
        }
        ids
    };
}

/// Short names of the measures, for the shells' `match`es (`MeasureId::KmoPortefeuille`
/// is `kmo_portefeuille::ID`). A new measure needs none.
#[allow(non_upper_case_globals)]
impl MeasureId {
    /// Kmo-portefeuille (training and advice).
    pub const KmoPortefeuille: MeasureId = kmo_portefeuille::ID;
    /// Investeringsaftrek (investment deduction).
    pub const Investeringsaftrek: MeasureId = investeringsaftrek::ID;
    /// Cybersecurity verbetertraject.
    pub const CybersecurityVerbetertraject: MeasureId = cyber_trajectory::ID;
    /// Innovatieve starterssteun.
    pub const InnovatieveStarterssteun: MeasureId = innovative_starter::ID;
    /// Ontwikkelingsproject.
    pub const Ontwikkelingsproject: MeasureId = rd_projects::DEVELOPMENT;
    /// Onderzoeksproject.
    pub const Onderzoeksproject: MeasureId = rd_projects::RESEARCH;
    /// Thematic ICON project on cybersecurity.
    pub const CsIcon: MeasureId = signposts::CS_ICON;
    /// European Regional Development Fund.
    pub const Efro: MeasureId = signposts::EFRO;
    /// Horizon Europe.
    pub const HorizonEurope: MeasureId = signposts::HORIZON_EUROPE;
    /// Digital Europe.
    pub const DigitalEurope: MeasureId = signposts::DIGITAL_EUROPE;
}

impl ReasonCode {
    /// Every reason kind, folder by folder (the registry's lists chained).
    pub const ALL: &'static [ReasonCode] = &{
        const COUNT: usize = {
            let mut n = 0;
            let mut i = 0;
            while i < REASONS.len() {
                n += REASONS[i].len();
                i += 1;
            }
            n
        };
        let mut all = [crate::reasons::ANSWER_MISSING; COUNT];
        let mut k = 0;
        let mut i = 0;
        while i < REASONS.len() {
            let mut j = 0;
            while j < REASONS[i].len() {
                all[k] = REASONS[i][j];
                k += 1;
                j += 1;
            }
            i += 1;
        }
        all
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No date, rate or threshold is written into a measure's rules: they come from the
    /// parameter tables (`params.rs`).
    #[test]
    fn rules_hold_no_date_or_number_literals() {
        let rules = [
            include_str!("kmo_portefeuille/mod.rs"),
            include_str!("investeringsaftrek/mod.rs"),
            include_str!("cyber_trajectory/mod.rs"),
            include_str!("innovative_starter/mod.rs"),
            include_str!("rd_projects/mod.rs"),
            include_str!("signposts/mod.rs"),
            include_str!("../size/mod.rs"),
            include_str!("../de_minimis/mod.rs"),
        ];
        for text in rules {
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
                let date_literal = line.split('"').any(|part| {
                    part.len() == 10
                        && digits(&part[..4])
                        && &part[4..5] == "-"
                        && digits(&part[5..7])
                        && digits(&part[8..])
                });
                let number_literal = ["Decimal::from(", "unwrap_or(", "date(", "Date::ymd("]
                    .iter()
                    .any(|call| {
                        line.split(call)
                            .skip(1)
                            .any(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                    });
                assert!(!date_literal && !number_literal, "literal in rules: {line}");
            }
        }
    }

    #[test]
    fn the_registry_lists_every_measure_once_in_report_order() {
        let ids: Vec<MeasureId> = MEASURES.iter().map(|m| m.id).collect();
        assert_eq!(ids, MeasureId::ALL);
        for (i, a) in MeasureId::ALL.iter().enumerate() {
            assert_eq!(MeasureId::from_code(a.code()), Some(*a));
            assert!(
                MeasureId::ALL[i + 1..].iter().all(|b| b.code() != a.code()),
                "{a:?} twice"
            );
            let next = MeasureId::ALL.get(i + 1);
            assert!(next.is_none_or(|b| a < b), "{a:?} out of report order");
        }
    }

    #[test]
    fn every_reason_code_is_declared_once_and_reads_back() {
        for (i, a) in ReasonCode::ALL.iter().enumerate() {
            assert!(
                ReasonCode::ALL[i + 1..].iter().all(|b| b != a),
                "{a:?} declared twice"
            );
            let json = serde_json::to_string(a).unwrap();
            assert_eq!(json, format!("\"{}\"", a.code()));
            assert_eq!(serde_json::from_str::<ReasonCode>(&json).unwrap(), *a);
        }
        assert!(serde_json::from_str::<ReasonCode>("\"kmo.no_such_reason\"").is_err());
        assert!(serde_json::from_str::<MeasureId>("\"no-such-measure\"").is_err());
    }

    #[test]
    fn every_measure_assumes_only_typical_answers() {
        for m in MEASURES {
            for code in m.assumes {
                assert!(
                    crate::assumptions::TYPICAL.iter().any(|t| t.code == *code),
                    "{:?} assumes {code:?}, which is no typical answer",
                    m.id
                );
            }
        }
    }
}
