//! Typical answers assumed when a scenario leaves them open (rules-decisions, ruling 13 of
//! 2026-11-28): no public ownership, no kmo-portefeuille yet this year, no holdings, no
//! de-minimis aid, an acceptable main activity, no negative equity, no maatwerkbedrijf, no
//! earlier cyber trajectory, no liberal profession, no corporate tax for a vzw.
//!
//! The engine evaluates the scenario with these answers filled in, lists them in the
//! report's `assumptions`, and adds a reason to each measure that rests on one of them.
//! An explicit answer is never an assumption.

use crate::dates::Date;
use crate::money::{Money, Percent};
use crate::reasons as R;
use crate::report::{Assumption, MeasureId, MeasureReport, Outcome, Reason, ReasonCode};
use crate::scenario::{Company, LegalForm, Scenario};
use crate::size::SizeAssessment;
use crate::sources;
use std::borrow::Cow;

/// One typical answer: the field it fills, the answer (as JSON text), the reason that says
/// so and the measures whose outcome can depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typical {
    /// Field path (`company.public_ownership_pct`).
    pub field: &'static str,
    /// The assumed answer as JSON text (`"0"`, `"[]"`, `"true"`, `"null"`).
    pub value: &'static str,
    /// The reason a measure carries when it rests on this answer.
    pub code: ReasonCode,
    /// Whether the company size reads it too (its reasons then say so).
    pub size: bool,
}

impl Typical {
    /// The measures that read the answer (each declares it in the registry), in report
    /// order.
    pub fn measures(&self) -> impl Iterator<Item = MeasureId> + '_ {
        crate::measures::MEASURES
            .iter()
            .filter(|m| m.assumes.contains(&self.code))
            .map(|m| m.id)
    }
}

/// Every typical answer, in the order the report lists them.
pub const TYPICAL: [Typical; 10] = [
    Typical {
        field: "company.public_ownership_pct",
        value: "0",
        code: R::ASSUMED_PUBLIC_OWNERSHIP,
        size: true,
    },
    Typical {
        field: "company.holdings",
        value: "[]",
        code: R::ASSUMED_HOLDINGS,
        size: true,
    },
    Typical {
        field: "company.kmo_portefeuille_received_this_year",
        value: "0",
        code: R::ASSUMED_KMO_RECEIVED,
        size: false,
    },
    Typical {
        field: "company.de_minimis_received",
        value: "[]",
        code: R::ASSUMED_DE_MINIMIS,
        size: false,
    },
    Typical {
        field: "company.main_activity_acceptable",
        value: "true",
        code: R::ASSUMED_MAIN_ACTIVITY,
        size: false,
    },
    Typical {
        field: "company.negative_equity",
        value: "false",
        code: R::ASSUMED_NEGATIVE_EQUITY,
        size: false,
    },
    Typical {
        field: "company.maatwerkbedrijf",
        value: "false",
        code: R::ASSUMED_MAATWERKBEDRIJF,
        size: false,
    },
    Typical {
        field: "company.last_cyber_trajectory",
        value: "null",
        code: R::ASSUMED_LAST_CYBER_TRAJECTORY,
        size: false,
    },
    Typical {
        field: "company.liberal_profession",
        value: "false",
        code: R::ASSUMED_LIBERAL_PROFESSION,
        size: false,
    },
    Typical {
        field: "company.vzw_corporate_tax",
        value: "false",
        code: R::ASSUMED_VZW_CORPORATE_TAX,
        size: false,
    },
];

/// Whether the NACE code is one the engine knows to be excluded (the primary sector).
fn nace_excluded(nace: Option<&str>, date: Date) -> bool {
    let Some(division) = nace.and_then(crate::context::nace::division) else {
        return false;
    };
    crate::measures::kmo_portefeuille::params::PRIMARY_SECTOR_LAST_NACE_DIVISION
        .on(date)
        .is_ok_and(|last| rust_decimal::Decimal::from(division) <= last)
}

/// Whether `t` is left open in `c` and matters for this company (a liberal profession only
/// for a maatschap or feitelijke vereniging, corporate tax only for a vzw).
fn open(t: &Typical, c: &Company, date: Date) -> bool {
    match t.code {
        R::ASSUMED_PUBLIC_OWNERSHIP => c.public_ownership_pct.is_none(),
        R::ASSUMED_HOLDINGS => c.holdings.is_none(),
        R::ASSUMED_KMO_RECEIVED => c.kmo_portefeuille_received_this_year.is_none(),
        R::ASSUMED_DE_MINIMIS => c.de_minimis_received.is_none(),
        R::ASSUMED_MAIN_ACTIVITY => {
            c.main_activity_acceptable.is_none() && !nace_excluded(c.nace.as_deref(), date)
        }
        R::ASSUMED_NEGATIVE_EQUITY => c.negative_equity.is_none(),
        R::ASSUMED_MAATWERKBEDRIJF => c.maatwerkbedrijf.is_none(),
        R::ASSUMED_LAST_CYBER_TRAJECTORY => c.last_cyber_trajectory.is_none(),
        R::ASSUMED_LIBERAL_PROFESSION => {
            c.liberal_profession.is_none()
                && matches!(
                    c.legal_form,
                    Some(LegalForm::Maatschap | LegalForm::FeitelijkeVereniging)
                )
        }
        R::ASSUMED_VZW_CORPORATE_TAX => {
            c.vzw_corporate_tax.is_none() && c.legal_form == Some(LegalForm::Vzw)
        }
        _ => false,
    }
}

/// Writes the typical answer of `t` into `c`.
fn assume(t: &Typical, c: &mut Company) {
    match t.code {
        R::ASSUMED_PUBLIC_OWNERSHIP => c.public_ownership_pct = Some(Percent::ZERO),
        R::ASSUMED_HOLDINGS => c.holdings = Some(Vec::new()),
        R::ASSUMED_KMO_RECEIVED => c.kmo_portefeuille_received_this_year = Some(Money::ZERO),
        R::ASSUMED_DE_MINIMIS => c.de_minimis_received = Some(Vec::new()),
        R::ASSUMED_MAIN_ACTIVITY => c.main_activity_acceptable = Some(true),
        R::ASSUMED_NEGATIVE_EQUITY => c.negative_equity = Some(false),
        R::ASSUMED_MAATWERKBEDRIJF => c.maatwerkbedrijf = Some(false),
        R::ASSUMED_LAST_CYBER_TRAJECTORY => c.last_cyber_trajectory = Some(None),
        R::ASSUMED_LIBERAL_PROFESSION => c.liberal_profession = Some(false),
        R::ASSUMED_VZW_CORPORATE_TAX => c.vzw_corporate_tax = Some(false),
        _ => {}
    }
}

/// The scenario with the typical answers filled in (borrowed when nothing is open) and the
/// answers assumed.
pub(crate) fn fill(s: &Scenario, date: Date) -> (Cow<'_, Scenario>, Vec<&'static Typical>) {
    let assumed: Vec<&'static Typical> = TYPICAL
        .iter()
        .filter(|t| open(t, &s.company, date))
        .collect();
    if assumed.is_empty() {
        return (Cow::Borrowed(s), assumed);
    }
    let mut filled = s.clone();
    for t in &assumed {
        assume(t, &mut filled.company);
    }
    (Cow::Owned(filled), assumed)
}

/// Drops the assumptions that cannot change anything for this company: being a
/// maatwerkbedrijf only matters for a company that is not certainly an SME.
pub(crate) fn keep_relevant(assumed: &mut Vec<&'static Typical>, size: &SizeAssessment) {
    if size.is_sme() == Some(true) {
        assumed.retain(|t| t.code != R::ASSUMED_MAATWERKBEDRIJF);
    }
}

/// The reason that says a measure (or the size) rests on `t`.
pub fn reason(t: &Typical) -> Reason {
    Reason::new(t.code, Outcome::Info, sources::DECISIONS).with("value", t.value)
}

/// Adds to each measure that reads an assumed answer the reason that says so (the size
/// reasons get those of the public ownership and the holdings).
pub(crate) fn annotate(
    assumed: &[&'static Typical],
    size_reasons: &mut Vec<Reason>,
    measures: &mut [(MeasureReport, Vec<String>)],
) {
    for t in assumed {
        if t.size {
            size_reasons.push(reason(t));
        }
        for (m, _) in measures.iter_mut() {
            if crate::measures::assumes(m.id, t.code) {
                m.reasons.push(reason(t));
            }
        }
    }
}

/// The report's list: each assumed answer with the measures it affects among `asked`
/// (an answer that affects none of them is left out).
pub(crate) fn list(
    assumed: &[&'static Typical],
    asked: impl Fn(MeasureId) -> bool,
) -> Vec<Assumption> {
    assumed
        .iter()
        .filter_map(|t| {
            let measures: Vec<MeasureId> = t.measures().filter(|m| asked(*m)).collect();
            (!measures.is_empty()).then(|| Assumption {
                field: t.field.to_string(),
                value: t.value.to_string(),
                measures,
            })
        })
        .collect()
}

/// The typical answer for `field`, if the engine assumes one.
pub fn typical(field: &str) -> Option<&'static Typical> {
    TYPICAL.iter().find(|t| t.field == field)
}
