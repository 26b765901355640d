//! Kmo-portefeuille (grant, de-minimis): training and advice by registered providers.
//!
//! Company: EU SME, Flemish establishment, acceptable legal form (or vrij beroep), acceptable
//! main activity. Items: eligible cost (training extras, catering capped), minimum, theme
//! (advice only on cybersecurity from 1 Feb 2026), rate by size and theme. The yearly
//! ceiling (less aid already received this year) is allocated in scenario order, trainings
//! before advice.

pub mod params;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::measures::draft::{
    check_main_activity, check_region, check_size, outcome_of, Draft, ItemDraft,
};
use crate::money::{apply_rate, Money, Percent};
use crate::report::{EuSize, MeasureId, Outcome, PlanKind, Reason, ReasonCode};
use crate::scenario::{LegalForm, Scenario, Theme};
use crate::size::SizeAssessment;
use crate::sources;
use rust_decimal::Decimal;

struct Params {
    rate_small: Decimal,
    rate_medium: Decimal,
    raised_small: Decimal,
    raised_medium: Decimal,
    raised_cyber: bool,
    ceiling_small: Decimal,
    ceiling_medium: Decimal,
    min_training: Decimal,
    min_advice: Decimal,
    catering: Decimal,
    apply_days: Decimal,
    finish_years: Decimal,
    advice_only_cyber: bool,
}

fn load(date: Date) -> Result<Params, &'static str> {
    Ok(Params {
        rate_small: crate::params::decimal("kmo.rate.small", date)?,
        rate_medium: crate::params::decimal("kmo.rate.medium", date)?,
        raised_small: crate::params::decimal("kmo.rate.raised.small", date)?,
        raised_medium: crate::params::decimal("kmo.rate.raised.medium", date)?,
        raised_cyber: crate::params::flag("kmo.raised_cyber", date)?,
        ceiling_small: crate::params::decimal("kmo.ceiling.small", date)?,
        ceiling_medium: crate::params::decimal("kmo.ceiling.medium", date)?,
        min_training: crate::params::decimal("kmo.min.training", date)?,
        min_advice: crate::params::decimal("kmo.min.advice", date)?,
        catering: crate::params::decimal("kmo.catering.per_person_day", date)?,
        apply_days: crate::params::decimal("kmo.apply_within_days", date)?,
        finish_years: crate::params::decimal("kmo.finish_years_after", date)?,
        advice_only_cyber: crate::params::flag("kmo.advice_only_cyber", date)?,
    })
}

fn overflow(path: String) -> InputError {
    InputError::new(path, ErrorCode::Overflow, "amount too large")
}

/// Evaluates the kmo-portefeuille.
pub(crate) fn evaluate(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
) -> Result<(crate::report::MeasureReport, Vec<String>), InputError> {
    let c = &s.company;
    let mut d = Draft::new(MeasureId::KmoPortefeuille);
    let p = match load(date) {
        Ok(p) => p,
        Err(id) => return Ok(d.finish_not_modelled(id, date)),
    };

    // Company-level conditions, in check order.
    check_size(&mut d, ReasonCode::KmoSize, size, false, sources::SEED_002);
    let legal = match c.legal_form {
        Some(LegalForm::Vzw | LegalForm::Maatschap | LegalForm::FeitelijkeVereniging) => {
            Some(false)
        }
        Some(_) => Some(true),
        None if c.liberal_profession == Some(true) => Some(true),
        None => None,
    };
    let mut r = Reason::new(
        ReasonCode::KmoLegalForm,
        outcome_of(legal),
        sources::VLAIO_KMO_RECHTSVORMEN,
    );
    if let Some(f) = c.legal_form {
        r = r.with("legal_form", f.code());
    }
    if c.liberal_profession == Some(true) {
        r = r.with("liberal_profession", "true");
    }
    d.check(r, Some("company.legal_form"));
    check_region(&mut d, ReasonCode::KmoRegion, c, sources::SEED_002);
    check_main_activity(&mut d, ReasonCode::KmoMainActivity, c, sources::SEED_002);

    // Class for the rate and ceiling: the fixed class, else the most favourable possible.
    let class = size.rate_class();
    let calc_class = match class {
        Some(k) => k,
        None if size.eu_best.is_small() => EuSize::Small,
        None => EuSize::Medium,
    };
    let ceiling = if calc_class == EuSize::Medium {
        p.ceiling_medium
    } else {
        p.ceiling_small
    };
    let received = c.kmo_portefeuille_received_this_year.map(|m| m.0);
    let mut remaining = (ceiling - received.unwrap_or(Decimal::ZERO)).max(Decimal::ZERO);
    let mut r = Reason::new(
        ReasonCode::KmoCeiling,
        if received.is_some() {
            Outcome::Info
        } else {
            Outcome::Unknown
        },
        crate::params::source_of("kmo.ceiling.small", date),
    )
    .with("ceiling", Money(ceiling))
    .with("year", date.year())
    .with("remaining", Money(remaining));
    if let Some(v) = received {
        r = r.with("received", Money(v));
    }
    d.check(r, Some("company.kmo_portefeuille_received_this_year"));

    let rate_for = |theme: Option<Theme>| -> (Decimal, bool) {
        let raised = match theme {
            Some(Theme::DigitaliseringCybersecurity) => p.raised_cyber,
            Some(Theme::DuurzaamheidEnergieEfficientie) => true,
            _ => false,
        };
        let rate = match (calc_class, raised) {
            (EuSize::Medium, true) => p.raised_medium,
            (EuSize::Medium, false) => p.rate_medium,
            (_, true) => p.raised_small,
            (_, false) => p.rate_small,
        };
        (rate, raised)
    };
    let rate_source = if p.raised_cyber {
        sources::SEED_001
    } else {
        crate::params::source_of("kmo.rate.small", date)
    };

    let trainings = s.plans.trainings.as_deref().unwrap_or(&[]);
    let advice = s.plans.advice.as_deref().unwrap_or(&[]);
    let mut items = Vec::new();

    for (i, t) in trainings.iter().enumerate() {
        let base = format!("plans.trainings[{i}]");
        let mut it = ItemDraft::new(PlanKind::Trainings, i, t.label.clone());
        theme_checks(&mut it, &mut d.missing, t.theme, &base, false, &p, date);
        // Eligible cost.
        let cost = t.cost.map(|m| m.0);
        if cost.is_none() {
            cost_missing(&mut it, &mut d.missing, &base);
        }
        let catering = t.catering.map(|m| m.0).unwrap_or(Decimal::ZERO);
        let mut catering_counted = Decimal::ZERO;
        if catering > Decimal::ZERO {
            match (t.participants, t.days) {
                (Some(n), Some(days)) => {
                    let cap = p
                        .catering
                        .checked_mul(Decimal::from(n))
                        .and_then(|v| v.checked_mul(Decimal::from(days)))
                        .ok_or_else(|| overflow(format!("{base}.participants")))?;
                    catering_counted = catering.min(cap);
                    it.reasons.push(
                        Reason::new(
                            ReasonCode::KmoItemCateringCap,
                            Outcome::Info,
                            sources::SEED_002,
                        )
                        .with("catering", Money(catering))
                        .with("per_person_day", Money(p.catering))
                        .with("participants", n)
                        .with("days", days)
                        .with("cap", Money(cap))
                        .with("counted", Money(catering_counted)),
                    );
                }
                _ => {
                    let field = if t.participants.is_none() {
                        format!("{base}.participants")
                    } else {
                        format!("{base}.days")
                    };
                    it.reasons.push(
                        Reason::new(
                            ReasonCode::KmoItemCateringCap,
                            Outcome::Unknown,
                            sources::SEED_002,
                        )
                        .with("catering", Money(catering))
                        .with("per_person_day", Money(p.catering))
                        .with("field", &field)
                        .with("counted", Money(Decimal::ZERO)),
                    );
                    d.missing.push(field);
                }
            }
        }
        let material = t.course_material.map(|m| m.0).unwrap_or(Decimal::ZERO);
        let travel = t.teacher_travel.map(|m| m.0).unwrap_or(Decimal::ZERO);
        if let Some(cost) = cost {
            let eligible = cost
                .checked_add(catering_counted)
                .and_then(|v| v.checked_add(material))
                .and_then(|v| v.checked_add(travel))
                .ok_or_else(|| overflow(format!("{base}.cost")))?;
            it.reasons.push(
                Reason::new(
                    ReasonCode::KmoItemTrainingCost,
                    Outcome::Info,
                    sources::SEED_002,
                )
                .with("cost", Money(cost))
                .with("catering", Money(catering_counted))
                .with("course_material", Money(material))
                .with("teacher_travel", Money(travel))
                .with("eligible_cost", Money(eligible)),
            );
            it.eligible_cost = Some(eligible);
            minimum_check(&mut it, eligible, p.min_training, "training");
        }
        rate_and_aid(&mut it, t.theme, &rate_for, class, rate_source, &base)?;
        items.push(it);
    }

    for (i, a) in advice.iter().enumerate() {
        let base = format!("plans.advice[{i}]");
        let mut it = ItemDraft::new(PlanKind::Advice, i, a.label.clone());
        theme_checks(&mut it, &mut d.missing, a.theme, &base, true, &p, date);
        match a.cost.map(|m| m.0) {
            None => cost_missing(&mut it, &mut d.missing, &base),
            Some(cost) => {
                it.reasons.push(
                    Reason::new(
                        ReasonCode::KmoItemAdviceCost,
                        Outcome::Info,
                        sources::SEED_002,
                    )
                    .with("eligible_cost", Money(cost)),
                );
                it.eligible_cost = Some(cost);
                minimum_check(&mut it, cost, p.min_advice, "advice");
            }
        }
        rate_and_aid(&mut it, a.theme, &rate_for, class, rate_source, &base)?;
        items.push(it);
    }

    // Yearly ceiling, allocated in order (trainings first, then advice).
    let ceiling_src = crate::params::source_of("kmo.ceiling.small", date);
    for it in items.iter_mut() {
        let before = it.aid_before_ceiling.unwrap_or(Decimal::ZERO);
        let payable = it.own_status() != crate::report::Status::NotEligible;
        let aid = if payable {
            before.min(remaining)
        } else {
            Decimal::ZERO
        };
        if payable {
            remaining -= aid;
        }
        it.aid = aid;
        if it.aid_before_ceiling.is_some() {
            it.reasons.push(
                Reason::new(ReasonCode::KmoItemAid, Outcome::Info, ceiling_src)
                    .with("aid_before_ceiling", Money(before))
                    .with("aid", Money(aid))
                    .with("remaining", Money(remaining)),
            );
        }
    }
    d.items = items;

    // Next steps.
    let deadline_year =
        i64::from(date.year()) + i64::try_from(p.finish_years.mantissa()).unwrap_or(1);
    let deadline = i32::try_from(deadline_year)
        .ok()
        .and_then(|y| Date::new(y, 12, 31))
        .map(|d| d.to_string())
        .unwrap_or_else(|| "?".into());
    d.next_steps = vec![
        Reason::new(ReasonCode::KmoStepApply, Outcome::Info, sources::SEED_002)
            .with("days", p.apply_days.normalize()),
        Reason::new(ReasonCode::KmoStepFinish, Outcome::Info, sources::SEED_002)
            .with("request_date", date)
            .with("deadline", deadline),
        Reason::new(
            ReasonCode::KmoStepProvider,
            Outcome::Info,
            sources::SEED_002,
        ),
        Reason::new(ReasonCode::KmoStepVat, Outcome::Info, sources::SEED_002),
    ];
    Ok(d.finish())
}

fn theme_checks(
    it: &mut ItemDraft,
    missing: &mut Vec<String>,
    theme: Option<Theme>,
    base: &str,
    is_advice: bool,
    p: &Params,
    date: Date,
) {
    match theme {
        None => {
            it.reasons.push(
                Reason::new(
                    ReasonCode::KmoItemTheme,
                    Outcome::Unknown,
                    sources::SEED_002,
                )
                .with("field", format!("{base}.theme")),
            );
            missing.push(format!("{base}.theme"));
        }
        Some(t) => {
            it.reasons.push(
                Reason::new(ReasonCode::KmoItemTheme, Outcome::Pass, sources::SEED_002)
                    .with("theme", t.code()),
            );
            if t == Theme::BeroepsspecifiekeCompetenties {
                it.reasons.push(
                    Reason::new(
                        ReasonCode::KmoItemThemeListed,
                        Outcome::Unknown,
                        sources::SEED_002,
                    )
                    .with("theme", t.code()),
                );
            }
        }
    }
    if is_advice && p.advice_only_cyber {
        let ok = theme.map(|t| t == Theme::DigitaliseringCybersecurity);
        let mut r = Reason::new(
            ReasonCode::KmoItemAdviceTheme,
            outcome_of(ok),
            sources::VLAIO_KMO_2026,
        )
        .with("since", "2026-02-01")
        .with("date", date);
        if let Some(t) = theme {
            r = r.with("theme", t.code());
        }
        it.reasons.push(r);
    }
}

fn minimum_check(it: &mut ItemDraft, eligible: Decimal, minimum: Decimal, service: &str) {
    it.reasons.push(
        Reason::new(
            ReasonCode::KmoItemMinimum,
            outcome_of(Some(eligible >= minimum)),
            sources::SEED_002,
        )
        .with("service", service)
        .with("eligible_cost", Money(eligible))
        .with("minimum", Money(minimum)),
    );
}

fn rate_and_aid(
    it: &mut ItemDraft,
    theme: Option<Theme>,
    rate_for: &dyn Fn(Option<Theme>) -> (Decimal, bool),
    class: Option<EuSize>,
    source: &'static str,
    base: &str,
) -> Result<(), InputError> {
    let (rate, raised) = rate_for(theme);
    let known = class.is_some() && theme.is_some();
    let mut r = Reason::new(
        ReasonCode::KmoItemRate,
        if known {
            Outcome::Info
        } else {
            Outcome::Unknown
        },
        source,
    )
    .with("rate", Percent(rate))
    .with("raised", raised)
    .with("class", class.map(|c| c.code()).unwrap_or("unknown"));
    if let Some(t) = theme {
        r = r.with("theme", t.code());
    }
    it.reasons.push(r);
    it.rate = Some(rate);
    if let Some(cost) = it.eligible_cost {
        let aid = apply_rate(cost, rate).ok_or_else(|| {
            InputError::new(
                format!("{base}.cost"),
                ErrorCode::Overflow,
                "amount too large",
            )
        })?;
        it.aid_before_ceiling = Some(aid);
    }
    Ok(())
}

/// An item without a cost: its aid is unknown, and the report asks for `{base}.cost`.
fn cost_missing(it: &mut ItemDraft, missing: &mut Vec<String>, base: &str) {
    let field = format!("{base}.cost");
    it.reasons.push(
        Reason::new(
            ReasonCode::KmoItemCostMissing,
            Outcome::Unknown,
            sources::SEED_002,
        )
        .with("field", field.as_str()),
    );
    missing.push(field);
}
