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

/// Every parameter table: company size, de-minimis, then each measure's own.
pub(crate) static PARAMETER_TABLES: [&[Parameter]; 8] = [
    crate::size::params::PARAMS,
    kmo_portefeuille::params::PARAMS,
    investeringsaftrek::params::PARAMS,
    cyber_trajectory::params::PARAMS,
    innovative_starter::params::PARAMS,
    rd_projects::params::PARAMS,
    crate::de_minimis::params::PARAMS,
    signposts::params::PARAMS,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_lists_every_measure_once_in_report_order() {
        let ids: Vec<MeasureId> = MEASURES.iter().map(|m| m.id).collect();
        assert_eq!(ids, MeasureId::ALL);
    }
}
