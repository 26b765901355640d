//! Kmo-portefeuille (grant, de-minimis): training and advice by registered providers.
//!
//! Company: EU SME, Flemish establishment, acceptable legal form (or vrij beroep), acceptable
//! main activity. Items: eligible cost (training extras, catering capped), minimum, theme
//! (advice only on cybersecurity from 1 Feb 2026), rate by size and theme. The yearly
//! ceiling (less aid already received this year) is allocated in scenario order, trainings
//! before advice.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::measures::draft::{
    check_main_activity, check_region, check_size, outcome_of, Draft, ItemDraft,
};
use crate::measures::Registered;
use crate::money::{apply_rate, Money, Percent};
use crate::report::{
    EuSize, Kind, KmoCeilingReport, MeasureId, MeasureReport, Outcome, PlanKind, Reason,
};
use crate::scenario::{LegalForm, Scenario, Theme};
use crate::size::SizeAssessment;
use crate::sources;
use rust_decimal::Decimal;

/// The kmo-portefeuille: a grant, de-minimis aid.
pub const ID: MeasureId = MeasureId::new("kmo-portefeuille", Kind::Grant).de_minimis();

/// The kmo-portefeuille in the registry: its id, its rules and the typical answers (ruling
/// 13) it reads.
pub(crate) const MEASURE: Registered = Registered {
    id: ID,
    evaluate,
    assumes: &[
        crate::reasons::ASSUMED_PUBLIC_OWNERSHIP,
        crate::reasons::ASSUMED_HOLDINGS,
        crate::reasons::ASSUMED_KMO_RECEIVED,
        crate::reasons::ASSUMED_DE_MINIMIS,
        crate::reasons::ASSUMED_MAIN_ACTIVITY,
        crate::reasons::ASSUMED_LIBERAL_PROFESSION,
    ],
};

/// The class the rate and ceiling are computed for: the fixed class, else the most
/// favourable possible.
fn calc_class(size: &SizeAssessment) -> EuSize {
    match size.rate_class() {
        Some(k) => k,
        None if size.eu_best.is_small() => EuSize::Small,
        None => EuSize::Medium,
    }
}

/// The aid already received this year, and the room left under `ceiling` (never
/// negative).
fn yearly_room(s: &Scenario, ceiling: Decimal) -> (Option<Decimal>, Decimal) {
    let received = s.company.kmo_portefeuille_received_this_year.map(|m| m.0);
    let room = (ceiling - received.unwrap_or(Decimal::ZERO)).max(Decimal::ZERO);
    (received, room)
}

/// The yearly ceiling block of the report: the ceiling, what was received, the room, and
/// what the plan takes of it (`planned`: the measure's final amount). `None` when the
/// rules of `date` are not modelled (the measure then has no ceiling reason).
pub(crate) fn ceiling_block(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
    measure: &MeasureReport,
) -> Option<KmoCeilingReport> {
    if !measure.reasons.iter().any(|r| r.code == reasons::CEILING) {
        return None;
    }
    let ceiling = match calc_class(size) {
        EuSize::Medium => params::CEILING_MEDIUM.on(date),
        _ => params::CEILING_SMALL.on(date),
    }
    .ok()?;
    let (received, room) = yearly_room(s, ceiling);
    let planned = measure.amount.0.min(room);
    Some(KmoCeilingReport {
        year: date.year(),
        ceiling: Money(ceiling),
        received: received.map(Money),
        room: Money(room),
        planned: Money(planned),
        remaining: Money(room - planned),
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
) -> Result<(MeasureReport, Vec<String>), InputError> {
    let c = &s.company;
    let mut d = Draft::new(ID);
    let p = match params::InForce::on(date) {
        Ok(p) => p,
        Err(id) => return Ok(d.finish_not_modelled(id, date)),
    };

    // Company-level conditions, in check order.
    check_size(&mut d, reasons::SIZE, size, false, sources::SEED_002);
    // A vzw never; a maatschap or feitelijke vereniging only as a liberal profession, and
    // then VLAIO checks the form of the association case by case (ruling 3).
    let liberal = c.liberal_profession == Some(true);
    let association = matches!(
        c.legal_form,
        Some(LegalForm::Maatschap | LegalForm::FeitelijkeVereniging)
    );
    if association && liberal {
        let mut r = Reason::new(
            reasons::LEGAL_FORM_LIBERAL,
            Outcome::Unknown,
            sources::VLAIO_KMO_RECHTSVORMEN,
        );
        if let Some(f) = c.legal_form {
            r = r.with("legal_form", f.code());
        }
        d.check(r, None);
    } else {
        let legal = match c.legal_form {
            Some(LegalForm::Vzw | LegalForm::Maatschap | LegalForm::FeitelijkeVereniging) => {
                Some(false)
            }
            Some(_) => Some(true),
            None if liberal => Some(true),
            None => None,
        };
        let mut r = Reason::new(
            reasons::LEGAL_FORM,
            outcome_of(legal),
            sources::VLAIO_KMO_RECHTSVORMEN,
        );
        if let Some(f) = c.legal_form {
            r = r.with("legal_form", f.code());
        }
        if liberal {
            r = r.with("liberal_profession", "true");
        }
        d.check(r, Some("company.legal_form"));
    }
    check_region(&mut d, reasons::REGION, c, sources::SEED_002);
    check_main_activity(&mut d, reasons::MAIN_ACTIVITY, c, sources::SEED_002);

    // Class for the rate and ceiling: the fixed class, else the most favourable possible.
    let class = size.rate_class();
    let calc_class = calc_class(size);
    let ceiling = match calc_class {
        EuSize::Medium => p.ceiling_medium,
        _ => p.ceiling_small,
    };
    let (received, mut remaining) = yearly_room(s, ceiling);
    let mut r = Reason::new(
        reasons::CEILING,
        if received.is_some() {
            Outcome::Info
        } else {
            Outcome::Unknown
        },
        params::CEILING_SMALL.source(date),
    )
    .with("ceiling", Money(ceiling))
    .with("year", crate::report::Year(date.year()))
    .with("remaining", Money(remaining));
    if let Some(v) = received {
        r = r.with("received", Money(v));
    }
    d.check(r, Some("company.kmo_portefeuille_received_this_year"));
    // No room left this year: not eligible now; a new ceiling applies from 1 January.
    if received.is_some_and(|v| v >= ceiling) {
        let mut r = Reason::new(
            reasons::CEILING_USED_UP,
            Outcome::Fail,
            params::CEILING_SMALL.source(date),
        )
        .with("ceiling", Money(ceiling))
        .with("year", crate::report::Year(date.year()));
        if let Some(next) = next_calendar_year(date) {
            r = r.with("from", next);
        }
        d.check(r, None);
    }

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
    // Each rate cites the source that states it: the raised cybersecurity rate the page
    // that announced it, every other rate the kmo-portefeuille page (looked up once, not
    // per item).
    let medium = calc_class == EuSize::Medium;
    let rate_sources = (
        params::RAISED_CYBER.source(date),
        if medium {
            params::RATE_RAISED_MEDIUM.source(date)
        } else {
            params::RATE_RAISED_SMALL.source(date)
        },
        if medium {
            params::RATE_MEDIUM.source(date)
        } else {
            params::RATE_SMALL.source(date)
        },
    );
    let rate_source = |theme: Option<Theme>, raised: bool| -> &'static str {
        match (theme, raised) {
            (Some(Theme::DigitaliseringCybersecurity), true) => rate_sources.0,
            (_, true) => rate_sources.1,
            (_, false) => rate_sources.2,
        }
    };

    let trainings = s.plans.trainings.as_deref().unwrap_or(&[]);
    let advice = s.plans.advice.as_deref().unwrap_or(&[]);
    let mut items = Vec::with_capacity(trainings.len() + advice.len());

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
                        Reason::new(reasons::ITEM_CATERING_CAP, Outcome::Info, sources::SEED_002)
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
                            reasons::ITEM_CATERING_CAP,
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
                    reasons::ITEM_TRAINING_COST,
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
        rate_and_aid(&mut it, t.theme, &rate_for, class, &rate_source, &base)?;
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
                    Reason::new(reasons::ITEM_ADVICE_COST, Outcome::Info, sources::SEED_002)
                        .with("eligible_cost", Money(cost)),
                );
                it.eligible_cost = Some(cost);
                minimum_check(&mut it, cost, p.min_advice, "advice");
            }
        }
        rate_and_aid(&mut it, a.theme, &rate_for, class, &rate_source, &base)?;
        items.push(it);
    }

    // Yearly ceiling, allocated in order (trainings first, then advice).
    let ceiling_src = params::CEILING_SMALL.source(date);
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
                Reason::new(reasons::ITEM_AID, Outcome::Info, ceiling_src)
                    .with("aid_before_ceiling", Money(before))
                    .with("aid", Money(aid))
                    .with("remaining", Money(remaining)),
            );
        }
    }
    d.items = items;

    // Next steps.
    let deadline = crate::params::whole(p.finish_years)
        .and_then(|years| date.year().checked_add(years))
        .and_then(|y| Date::new(y, 12, 31));
    d.next_steps = vec![
        Reason::new(reasons::STEP_APPLY, Outcome::Info, sources::SEED_002)
            .with("days", p.apply_days.normalize()),
        Reason::new(reasons::STEP_FINISH, Outcome::Info, sources::SEED_002)
            .with("request_date", date)
            .with_opt("deadline", deadline),
        Reason::new(reasons::STEP_PROVIDER, Outcome::Info, sources::SEED_002),
        Reason::new(reasons::STEP_VAT, Outcome::Info, sources::SEED_002),
    ];
    Ok(d.finish())
}

fn theme_checks(
    it: &mut ItemDraft,
    missing: &mut Vec<String>,
    theme: Option<Theme>,
    base: &str,
    is_advice: bool,
    p: &params::InForce,
    date: Date,
) {
    match theme {
        // A training without a theme: every theme admits trainings, so it is counted at the
        // basic rate; only a raised theme would give more.
        None if !is_advice => {
            it.reasons.push(
                Reason::new(
                    reasons::ITEM_THEME_BASIC_RATE,
                    Outcome::Info,
                    sources::SEED_002,
                )
                .with("field", format!("{base}.theme")),
            );
        }
        None => {
            it.reasons.push(
                Reason::new(reasons::ITEM_THEME, Outcome::Unknown, sources::SEED_002)
                    .with("field", format!("{base}.theme")),
            );
            missing.push(format!("{base}.theme"));
        }
        Some(t) => {
            it.reasons.push(
                Reason::new(reasons::ITEM_THEME, Outcome::Pass, sources::SEED_002)
                    .with("theme", t.code()),
            );
            if t == Theme::BeroepsspecifiekeCompetenties {
                it.reasons.push(
                    Reason::new(
                        reasons::ITEM_THEME_LISTED,
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
            reasons::ITEM_ADVICE_THEME,
            outcome_of(ok),
            sources::VLAIO_KMO_2026,
        )
        .with_opt("since", p.advice_only_cyber_since)
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
            reasons::ITEM_MINIMUM,
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
    source: &dyn Fn(Option<Theme>, bool) -> &'static str,
    base: &str,
) -> Result<(), InputError> {
    let (rate, raised) = rate_for(theme);
    let source = source(theme, raised);
    let basic_rate = it
        .reasons
        .iter()
        .any(|r| r.code == reasons::ITEM_THEME_BASIC_RATE);
    let known = class.is_some() && (theme.is_some() || basic_rate);
    let mut r = Reason::new(
        reasons::ITEM_RATE,
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
            reasons::ITEM_COST_MISSING,
            Outcome::Unknown,
            sources::SEED_002,
        )
        .with("field", field.as_str()),
    );
    missing.push(field);
}

/// The first day of the calendar year after `date`, when a new yearly ceiling applies.
pub(crate) fn next_calendar_year(date: Date) -> Option<Date> {
    date.year().checked_add(1).and_then(|y| Date::new(y, 1, 1))
}
