//! The support measures, one folder each: its rules (`mod.rs`) and its dated parameter
//! table (`params.rs`). [`MEASURES`] is the registry `evaluate` walks, in report order.
//!
//! A new measure: add its folder, list it in [`MEASURES`] (and its table in
//! [`PARAMETER_TABLES`]), and add its texts to the language files.

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
use crate::report::{MeasureId, MeasureReport};
use crate::scenario::Scenario;
use crate::size::SizeAssessment;

/// A measure's report and the field paths whose absence keeps it uncertain.
pub(crate) type Evaluated = (MeasureReport, Vec<String>);

/// Evaluates one measure for a scenario on a date, given the company's size.
pub(crate) type Evaluate = fn(&Scenario, Date, &SizeAssessment) -> Result<Evaluated, InputError>;

/// One registered measure.
pub(crate) struct Registered {
    /// The measure (checked against the report order by a test).
    #[cfg_attr(not(test), allow(dead_code))]
    pub id: MeasureId,
    /// Its rules.
    pub evaluate: Evaluate,
}

/// Every measure, in report order.
pub(crate) static MEASURES: [Registered; 10] = [
    Registered {
        id: MeasureId::KmoPortefeuille,
        evaluate: kmo_portefeuille::evaluate,
    },
    Registered {
        id: MeasureId::Investeringsaftrek,
        evaluate: investeringsaftrek::evaluate,
    },
    Registered {
        id: MeasureId::CybersecurityVerbetertraject,
        evaluate: cyber_trajectory::evaluate,
    },
    Registered {
        id: MeasureId::InnovatieveStarterssteun,
        evaluate: innovative_starter::evaluate,
    },
    Registered {
        id: MeasureId::Ontwikkelingsproject,
        evaluate: rd_projects::evaluate_development,
    },
    Registered {
        id: MeasureId::Onderzoeksproject,
        evaluate: rd_projects::evaluate_research,
    },
    Registered {
        id: MeasureId::CsIcon,
        evaluate: |_, date, _| Ok((signposts::cs_icon(date), Vec::new())),
    },
    Registered {
        id: MeasureId::Efro,
        evaluate: |_, _, _| Ok((signposts::eu_programme(MeasureId::Efro), Vec::new())),
    },
    Registered {
        id: MeasureId::HorizonEurope,
        evaluate: |_, _, _| {
            Ok((
                signposts::eu_programme(MeasureId::HorizonEurope),
                Vec::new(),
            ))
        },
    },
    Registered {
        id: MeasureId::DigitalEurope,
        evaluate: |_, _, _| {
            Ok((
                signposts::eu_programme(MeasureId::DigitalEurope),
                Vec::new(),
            ))
        },
    },
];

/// Every parameter table, with the id prefixes it holds: company size, then each
/// measure's own, then de-minimis.
pub(crate) static PARAMETER_TABLES: [(&[&str], &[Parameter]); 8] = [
    (&["eu", "fiscal"], crate::size::params::PARAMS),
    (&["kmo"], kmo_portefeuille::params::PARAMS),
    (&["ia"], investeringsaftrek::params::PARAMS),
    (&["cyber"], cyber_trajectory::params::PARAMS),
    (&["iss"], innovative_starter::params::PARAMS),
    (&["dev", "rd", "res"], rd_projects::params::PARAMS),
    (&["dm"], crate::de_minimis::params::PARAMS),
    (&["cs_icon"], signposts::params::PARAMS),
];

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
    }
}
