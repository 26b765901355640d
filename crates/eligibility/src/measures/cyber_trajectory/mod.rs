//! Cybersecurity verbetertraject (grant, de-minimis): 50 % for an SME or a maatwerkbedrijf,
//! 35 % for a large company under NIS2; trajectory cost within the published range; only
//! with a provider of the Flemish framework contract; once per 4 years.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::measures::draft::{check_main_activity, check_region, outcome_of, Draft, ItemDraft};
use crate::measures::Registered;
use crate::money::{apply_rate, Money, Percent, Quantity};
use crate::report::{Kind, MeasureId, MeasureReport, Outcome, PlanKind, Reason};
use crate::scenario::{LegalForm, Nis2, Scenario};
use crate::size::SizeAssessment;
use crate::sources;
use rust_decimal::Decimal;

/// The cybersecurity verbetertraject: a grant, de-minimis aid.
pub const ID: MeasureId = MeasureId::new("cybersecurity-verbetertraject", Kind::Grant).de_minimis();

/// The cybersecurity verbetertraject in the registry: its id, its rules and the typical
/// answers (ruling 13) it reads.
pub(crate) const MEASURE: Registered = Registered {
    id: ID,
    evaluate,
    assumes: &[
        crate::reasons::ASSUMED_PUBLIC_OWNERSHIP,
        crate::reasons::ASSUMED_HOLDINGS,
        crate::reasons::ASSUMED_DE_MINIMIS,
        crate::reasons::ASSUMED_MAIN_ACTIVITY,
        crate::reasons::ASSUMED_NEGATIVE_EQUITY,
        crate::reasons::ASSUMED_MAATWERKBEDRIJF,
        crate::reasons::ASSUMED_LAST_CYBER_TRAJECTORY,
    ],
};

/// Evaluates the cybersecurity improvement trajectory.
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
        rate_sme,
        rate_nis2,
        cost_min,
        cost_max,
        repeat_years: repeat,
        public_max_share: public_max,
    } = p;

    check_region(&mut d, reasons::REGION, c, sources::SEED_001);
    let legal = c
        .legal_form
        .map(|f| !matches!(f, LegalForm::Maatschap | LegalForm::FeitelijkeVereniging));
    let mut r = Reason::new(
        reasons::LEGAL_FORM,
        outcome_of(legal),
        sources::VLAIO_CS_WIE,
    );
    if let Some(f) = c.legal_form {
        r = r.with("legal_form", f.code());
    }
    d.check(r, Some("company.legal_form"));
    let mut r = Reason::new(
        reasons::NEGATIVE_EQUITY,
        outcome_of(c.negative_equity.map(|n| !n)),
        sources::VLAIO_CS_WIE,
    );
    if let Some(n) = c.negative_equity {
        r = r.with("negative_equity", n);
    }
    d.check(r, Some("company.negative_equity"));
    // Public bodies must hold less than 25 %, whatever the NIS2 status (ruling 2).
    let mut r = Reason::new(
        reasons::PUBLIC_OWNERSHIP,
        outcome_of(c.public_ownership_pct.map(|p| p.0 < public_max)),
        params::PUBLIC_MAX_SHARE.source(date),
    )
    .with("threshold", Quantity(public_max));
    if let Some(p) = c.public_ownership_pct {
        r = r.with("pct", p);
    }
    d.check(r, Some("company.public_ownership_pct"));
    check_main_activity(&mut d, reasons::MAIN_ACTIVITY, c, sources::VLAIO_CS_WIE);
    let Some(years) = crate::params::whole(repeat) else {
        return Ok(d.finish_not_modelled(params::REPEAT_YEARS.id(), date));
    };
    let since = date.add_years(-years).unwrap_or(date);
    let r = match c.last_cyber_trajectory {
        None => Reason::new(reasons::PREVIOUS, Outcome::Unknown, sources::VLAIO_CS_WIE)
            .with("years", years)
            .with("since", since),
        Some(None) => Reason::new(reasons::PREVIOUS, Outcome::Pass, sources::VLAIO_CS_WIE)
            .with("years", years)
            .with("since", since)
            .with("last", "none"),
        // A trajectory that started exactly `years` before the date no longer blocks: its
        // anniversary is the first day a new one can start (ruling 1).
        Some(Some(last)) => {
            let mut r = Reason::new(
                reasons::PREVIOUS,
                outcome_of(Some(last <= since)),
                sources::VLAIO_CS_WIE,
            )
            .with("years", years)
            .with("since", since)
            .with("last", last);
            if let Some(reopens) = last.add_years(years) {
                r = r.with("reopens", reopens);
            }
            r
        }
    };
    d.check(r, Some("company.last_cyber_trajectory"));

    // Rate: SME or maatwerkbedrijf 50 %; large under NIS2 35 %; large outside NIS2 no.
    let maatwerk = c.maatwerkbedrijf == Some(true);
    let nis2 = c.nis2.unwrap_or(Nis2::Unknown);
    let nis2_in = match nis2 {
        Nis2::Essential | Nis2::Important => Some(true),
        Nis2::NotInScope => Some(false),
        Nis2::Unknown => None,
    };
    let (rate, outcome, basis) = if maatwerk {
        (Some(rate_sme), Outcome::Info, "maatwerkbedrijf")
    } else {
        match size.is_sme() {
            Some(true) => (Some(rate_sme), Outcome::Info, "sme"),
            Some(false) => match nis2_in {
                Some(true) => (Some(rate_nis2), Outcome::Info, "nis2"),
                Some(false) => (None, Outcome::Fail, "large_outside_nis2"),
                None => (Some(rate_nis2), Outcome::Unknown, "large_nis2_unknown"),
            },
            None => (Some(rate_sme), Outcome::Unknown, "size_unknown"),
        }
    };
    let mut r = Reason::new(reasons::RATE, outcome, sources::SEED_001)
        .with("basis", basis)
        .with("class", size.eu.code())
        .with("nis2", nis2.code());
    if let Some(rt) = rate {
        r = r.with("rate", Percent(rt));
    }
    if outcome == Outcome::Unknown {
        r = r
            .with("rate_sme", Percent(rate_sme))
            .with("rate_nis2", Percent(rate_nis2));
    }
    if outcome == Outcome::Unknown {
        if basis == "size_unknown" {
            d.missing.extend(size.missing.iter().cloned());
            if c.maatwerkbedrijf.is_none() {
                d.missing.push("company.maatwerkbedrijf".into());
            }
        } else {
            d.missing.push("company.nis2".into());
        }
    }
    d.reasons.push(r);
    d.reasons.push(Reason::new(
        reasons::STEP_PROVIDER,
        Outcome::Info,
        sources::SEED_001,
    ));

    if let Some(t) = &s.plans.cyber_trajectory {
        let base = "plans.cyber_trajectory";
        let mut it = ItemDraft::new(PlanKind::CyberTrajectory, 0, None);
        if let Some(v) = t.version {
            it.reasons.push(
                Reason::new(reasons::ITEM_VERSION, Outcome::Info, sources::SEED_001)
                    .with("version", v.code()),
            );
        }
        match t.cost {
            None => {
                it.reasons.push(
                    Reason::new(
                        reasons::ITEM_COST_MISSING,
                        Outcome::Unknown,
                        sources::SEED_001,
                    )
                    .with("field", format!("{base}.cost")),
                );
                d.missing.push(format!("{base}.cost"));
            }
            Some(cost) => {
                let inside = cost.0 >= cost_min && cost.0 <= cost_max;
                it.reasons.push(
                    Reason::new(
                        reasons::ITEM_COST_RANGE,
                        outcome_of(Some(inside)),
                        sources::SEED_001,
                    )
                    .with("cost", cost)
                    .with("min", Money(cost_min))
                    .with("max", Money(cost_max)),
                );
                it.eligible_cost = Some(cost.0);
                if let Some(rt) = rate {
                    let aid = apply_rate(cost.0, rt).ok_or_else(|| {
                        InputError::new(
                            format!("{base}.cost"),
                            ErrorCode::Overflow,
                            "amount too large",
                        )
                    })?;
                    it.rate = Some(rt);
                    it.aid_before_ceiling = Some(aid);
                    it.aid = if inside { aid } else { Decimal::ZERO };
                    it.reasons.push(
                        Reason::new(reasons::ITEM_AID, Outcome::Info, sources::SEED_001)
                            .with("cost", cost)
                            .with("rate", Percent(rt))
                            .with("aid", Money(aid)),
                    );
                }
            }
        }
        d.items.push(it);
    }
    d.next_steps = vec![Reason::new(
        reasons::STEP_PROVIDER,
        Outcome::Info,
        sources::SEED_001,
    )];
    Ok(d.finish())
}
