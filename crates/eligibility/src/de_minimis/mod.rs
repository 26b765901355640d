//! De-minimis: €300,000 per single undertaking over a rolling three years (Reg. 2023/2831;
//! €200,000 under Reg. 1407/2013 before 2024). The scenario's de-minimis measures are added
//! in the order kmo-portefeuille, then cybersecurity-verbetertraject; a measure whose aid
//! would take the total over the ceiling is not eligible and its aid is not added.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::money::Money;
use crate::report::{DeMinimisReport, MeasureId, MeasureReport, Outcome, Reason, Status};
use crate::scenario::Company;
use rust_decimal::Decimal;

/// Order in which the scenario's de-minimis measures are added.
pub const ORDER: [MeasureId; 2] = [
    MeasureId::KmoPortefeuille,
    MeasureId::CybersecurityVerbetertraject,
];

fn overflow() -> InputError {
    InputError::new(
        "company.de_minimis_received",
        ErrorCode::Overflow,
        "amounts too large",
    )
}

/// Applies the de-minimis ceiling to `measures` (changing statuses and amounts) and returns
/// the de-minimis report. `missing` receives paths per measure index when a measure becomes
/// uncertain because of missing de-minimis answers.
pub(crate) fn apply(
    company: &Company,
    date: Date,
    measures: &mut [(MeasureReport, Vec<String>)],
) -> Result<DeMinimisReport, InputError> {
    let mut reasons = Vec::with_capacity(8);
    let ceiling = params::CEILING.on(date).ok();
    let years = crate::params::whole(params::WINDOW_YEARS.on_or_first(date)).unwrap_or_default();
    let window_start = date.add_years(-years).unwrap_or(date);
    let src = params::CEILING.source(date);
    let mut r = Reason::new(
        reasons::CEILING,
        if ceiling.is_some() {
            Outcome::Info
        } else {
            Outcome::Unknown
        },
        src,
    )
    .with("years", years)
    .with("window_start", window_start);
    if let Some(c) = ceiling {
        r = r.with("ceiling", Money(c));
    }
    reasons.push(r);

    // Used aid: certain minimum and possible maximum (None = unbounded).
    let mut used_min = Decimal::ZERO;
    let mut used_max = Some(Decimal::ZERO);
    let mut open_paths: Vec<String> = Vec::new();
    match &company.de_minimis_received {
        None => {
            used_max = None;
            open_paths.push("company.de_minimis_received".into());
            reasons.push(
                Reason::new(reasons::GRANT_INCOMPLETE, Outcome::Unknown, src)
                    .with("field", "company.de_minimis_received"),
            );
        }
        Some(list) => {
            for (i, g) in list.iter().enumerate() {
                let base = format!("company.de_minimis_received[{i}]");
                match (g.granted_on, g.amount) {
                    (Some(on), Some(a)) if on >= window_start => {
                        used_min = used_min.checked_add(a.0).ok_or_else(overflow)?;
                        used_max = used_max.and_then(|m| m.checked_add(a.0));
                        reasons.push(
                            Reason::new(reasons::GRANT_COUNTED, Outcome::Info, src)
                                .with("granted_on", on)
                                .with("amount", a),
                        );
                    }
                    (Some(on), Some(a)) => reasons.push(
                        Reason::new(reasons::GRANT_OUTSIDE, Outcome::Info, src)
                            .with("granted_on", on)
                            .with("amount", a)
                            .with("window_start", window_start),
                    ),
                    (on, amount) => {
                        let field = if amount.is_none() {
                            format!("{base}.amount")
                        } else {
                            format!("{base}.granted_on")
                        };
                        match amount {
                            Some(a) => {
                                used_max = used_max.and_then(|m| m.checked_add(a.0));
                            }
                            None => used_max = None,
                        }
                        let mut r = Reason::new(reasons::GRANT_INCOMPLETE, Outcome::Unknown, src)
                            .with("field", &field);
                        if let Some(on) = on {
                            r = r.with("granted_on", on);
                        }
                        if let Some(a) = amount {
                            r = r.with("amount", a);
                        }
                        reasons.push(r);
                        open_paths.push(field);
                    }
                }
            }
        }
    }

    let mut planned = Decimal::ZERO;
    for id in ORDER {
        let Some((m, missing)) = measures.iter_mut().find(|(m, _)| m.id == id) else {
            continue;
        };
        let amount = m.amount.0;
        if m.status == Status::NotEligible || amount.is_zero() {
            m.reasons
                .push(Reason::new(reasons::APPLIES, Outcome::Info, src));
            continue;
        }
        let Some(ceil) = ceiling else {
            m.reasons.push(
                Reason::new(reasons::MEASURE_FITS, Outcome::Unknown, src)
                    .with("aid", Money(amount)),
            );
            m.status = Status::Uncertain;
            continue;
        };
        let low = used_min
            .checked_add(planned)
            .and_then(|v| v.checked_add(amount))
            .ok_or_else(overflow)?;
        let high = used_max
            .and_then(|u| u.checked_add(planned))
            .and_then(|v| v.checked_add(amount));
        let planned_before = planned;
        let values = move |r: Reason| {
            r.with("aid", Money(amount))
                .with("used", Money(used_min))
                .with("planned_before", Money(planned_before))
                .with("ceiling", Money(ceil))
        };
        if low > ceil {
            m.reasons.push(values(Reason::new(
                reasons::MEASURE_EXCEEDS,
                Outcome::Fail,
                src,
            )));
            m.status = Status::NotEligible;
            m.amount = Money::ZERO;
            m.next_steps.clear();
            for it in m.items.iter_mut() {
                it.status = Status::NotEligible;
                it.aid = Money::ZERO;
            }
            reasons.push(
                values(Reason::new(reasons::MEASURE_EXCEEDS, Outcome::Fail, src))
                    .with("measure", id.code()),
            );
            missing.clear();
        } else if high.is_some_and(|h| h <= ceil) {
            m.reasons.push(values(Reason::new(
                reasons::MEASURE_FITS,
                Outcome::Pass,
                src,
            )));
            planned = planned.checked_add(amount).ok_or_else(overflow)?;
            reasons.push(
                values(Reason::new(reasons::MEASURE_FITS, Outcome::Pass, src))
                    .with("measure", id.code()),
            );
        } else {
            m.reasons.push(values(Reason::new(
                reasons::MEASURE_FITS,
                Outcome::Unknown,
                src,
            )));
            planned = planned.checked_add(amount).ok_or_else(overflow)?;
            if m.status == Status::Eligible {
                m.status = Status::Uncertain;
                for it in m.items.iter_mut() {
                    if it.status == Status::Eligible {
                        it.status = Status::Uncertain;
                    }
                }
            }
            missing.extend(open_paths.iter().cloned());
            reasons.push(
                values(Reason::new(reasons::MEASURE_FITS, Outcome::Unknown, src))
                    .with("measure", id.code()),
            );
        }
    }
    let ceiling_v = ceiling.unwrap_or(Decimal::ZERO);
    let headroom = ceiling_v
        .checked_sub(used_min)
        .and_then(|v| v.checked_sub(planned))
        .unwrap_or(Decimal::ZERO)
        .max(Decimal::ZERO);
    Ok(DeMinimisReport {
        used: Money(used_min),
        planned: Money(planned),
        ceiling: Money(ceiling_v),
        headroom: Money(headroom),
        window_start,
        reasons,
    })
}
