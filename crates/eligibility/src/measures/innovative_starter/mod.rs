//! Innovatieve starterssteun (grant): a small company, at most 2 years old, in Flanders,
//! with a pioneering project: €50,000 in two instalments. Works with calls.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::error::InputError;
use crate::measures::draft::{check_region, check_size, outcome_of, Draft, ItemDraft};
use crate::measures::Registered;
use crate::money::Money;
use crate::report::{Kind, MeasureId, MeasureReport, Outcome, PlanKind, Reason};
use crate::scenario::{LegalForm, Scenario};
use crate::size::SizeAssessment;
use crate::sources;

/// The innovatieve starterssteun: a grant.
pub const ID: MeasureId = MeasureId::new("innovatieve-starterssteun", Kind::Grant);

/// The innovatieve starterssteun in the registry: its id, its rules and the typical answers (ruling
/// 13) it reads.
pub(crate) const MEASURE: Registered = Registered {
    id: ID,
    evaluate,
    assumes: &[
        crate::reasons::ASSUMED_PUBLIC_OWNERSHIP,
        crate::reasons::ASSUMED_HOLDINGS,
    ],
};

/// Evaluates the innovative starter support.
pub(crate) fn evaluate(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
) -> Result<(MeasureReport, Vec<String>), InputError> {
    let c = &s.company;
    let (mut d, p) = match Draft::with_params(ID, date, params::InForce::load) {
        Ok(v) => v,
        Err(report) => return Ok(report),
    };
    let params::InForce {
        amount,
        instalment,
        max_age_years: max_age,
    } = p;
    check_size(&mut d, reasons::SIZE, size, true, sources::SEED_000);
    let Some(years) = crate::params::whole(max_age) else {
        return Ok(d.finish_not_modelled(params::MAX_AGE_YEARS.id(), date));
    };
    let r = match c.founded {
        None => Reason::new(
            reasons::AGE,
            Outcome::Unknown,
            params::MAX_AGE_YEARS.source(date),
        )
        .with("max_years", years),
        Some(f) => {
            let ok = f.add_years(years).is_some_and(|limit| date <= limit);
            Reason::new(
                reasons::AGE,
                outcome_of(Some(ok)),
                params::MAX_AGE_YEARS.source(date),
            )
            .with("max_years", years)
            .with("founded", f)
        }
    };
    d.check(r, Some("company.founded"));
    check_region(&mut d, reasons::REGION, c, sources::SEED_000);
    let legal = match c.legal_form {
        Some(LegalForm::Maatschap | LegalForm::FeitelijkeVereniging) => Some(false),
        Some(LegalForm::Eenmanszaak) | None => None,
        Some(_) => Some(true),
    };
    let mut r = Reason::new(reasons::LEGAL_FORM, outcome_of(legal), sources::SEED_000);
    if let Some(f) = c.legal_form {
        r = r.with("legal_form", f.code());
    }
    d.check(r, Some("company.legal_form"));

    if let Some(p) = &s.plans.innovative_starter {
        let mut it = ItemDraft::new(PlanKind::InnovativeStarter, 0, None);
        let mut r = Reason::new(
            reasons::ITEM_PIONEERING,
            outcome_of(p.pioneering),
            sources::SEED_000,
        );
        if let Some(v) = p.pioneering {
            r = r.with("pioneering", v);
        } else {
            d.missing.push("plans.innovative_starter.pioneering".into());
        }
        it.reasons.push(r);
        it.reasons.push(
            Reason::new(reasons::ITEM_AMOUNT, Outcome::Info, sources::VLAIO_ISS)
                .with("amount", Money(amount))
                .with("instalment", Money(instalment)),
        );
        it.aid_before_ceiling = Some(amount);
        it.aid = amount;
        d.items.push(it);
    }
    d.next_steps = vec![Reason::new(
        reasons::STEP_CALL,
        Outcome::Info,
        sources::VLAIO_ISS,
    )];
    Ok(d.finish())
}
