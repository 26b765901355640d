//! "Wat kan wanneer": the dated events that follow from the rules (issue 12): when a new
//! cyber trajectory can start, when the kmo-portefeuille's yearly ceiling renews, the last
//! day to apply for and to finish each kmo plan item with a start date, the last day a
//! company is young enough for the starter aid, the days earlier de-minimis grants leave the
//! three-year window, and every rule change the parameter tables know after the date.
//!
//! Every date comes from the scenario and the parameters in force; none is written here.

use crate::dates::Date;
use crate::de_minimis::params::WINDOW_YEARS;
use crate::de_minimis::ORDER as DE_MINIMIS_MEASURES;
use crate::kmo_portefeuille::next_calendar_year;
use crate::measures::cyber_trajectory::params::REPEAT_YEARS;
use crate::measures::innovative_starter::params::MAX_AGE_YEARS;
use crate::measures::kmo_portefeuille::params as kmo;
use crate::money::Money;
use crate::params::{self, Param, Parameter};
use crate::report::{
    DeMinimisReport, EuSize, EventKind, MeasureId, MeasureReport, Status, TimelineEvent,
};
use crate::scenario::Scenario;
use crate::Options;
use rust_decimal::Decimal;

/// A whole number of years or days from a parameter.
fn whole(param: Param<Decimal>, date: Date) -> Option<i64> {
    param
        .on(date)
        .ok()
        .and_then(|v| i64::try_from(v.trunc().mantissa()).ok())
}

fn event(
    date: Date,
    measure: MeasureId,
    kind: EventKind,
    amount: Option<Decimal>,
) -> TimelineEvent {
    TimelineEvent {
        date,
        measure,
        kind,
        amount: amount.map(Money),
        item: None,
        label: None,
    }
}

/// The timeline of a scenario on `date`, for the asked measures, in date order.
pub(crate) fn build(
    s: &Scenario,
    date: Date,
    measures: &[(MeasureReport, Vec<String>)],
    de_minimis: &DeMinimisReport,
    options: &Options,
) -> Vec<TimelineEvent> {
    let report = |id: MeasureId| measures.iter().map(|(m, _)| m).find(|m| m.id == id);
    let mut events = Vec::new();

    // Cyber: the anniversary of the last trajectory, when it still lies ahead (ruling 1).
    if let (Some(Some(last)), Some(years)) =
        (s.company.last_cyber_trajectory, whole(REPEAT_YEARS, date))
    {
        if let Some(reopens) = i32::try_from(years).ok().and_then(|y| last.add_years(y)) {
            if reopens > date {
                events.push(event(
                    reopens,
                    MeasureId::CybersecurityVerbetertraject,
                    EventKind::CyberNewTrajectory,
                    None,
                ));
            }
        }
    }

    if let Some(kmo) = report(MeasureId::KmoPortefeuille) {
        kmo_events(s, date, kmo, &mut events);
    }

    // Starter aid: the last day the company is young enough, when it still lies ahead.
    if let (Some(founded), Some(iss)) = (
        s.company.founded,
        report(MeasureId::InnovatieveStarterssteun),
    ) {
        let limit = whole(MAX_AGE_YEARS, date)
            .and_then(|y| i32::try_from(y).ok())
            .and_then(|y| founded.add_years(y));
        if let Some(limit) = limit {
            if limit >= date && iss.status != Status::NotEligible {
                events.push(event(
                    limit,
                    MeasureId::InnovatieveStarterssteun,
                    EventKind::StarterAgeLimit,
                    None,
                ));
            }
        }
    }

    de_minimis_events(s, date, de_minimis, options, &mut events);
    events.extend(rule_changes(params::tables(), date));

    events.retain(|e| options.asks(e.measure));
    sort_short(&mut events, |a, b| {
        a.date
            .cmp(&b.date)
            .then(a.measure.cmp(&b.measure))
            .then(a.kind.code().cmp(b.kind.code()))
            .then(a.item.cmp(&b.item))
            .is_lt()
    });
    events.dedup();
    events
}

/// Sorts a short list in place by `less` (stable). An insertion sort: the timeline and the
/// open questions hold a handful of entries, and it keeps the wasm small.
pub(crate) fn sort_short<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Kmo-portefeuille: next year's ceiling when this year's is used up or cuts the plan, and
/// per plan item with a start date the last day to apply and the last day to finish.
fn kmo_events(s: &Scenario, date: Date, kmo: &MeasureReport, events: &mut Vec<TimelineEvent>) {
    let used_up = kmo
        .reasons
        .iter()
        .any(|r| r.code == crate::measures::kmo_portefeuille::reasons::CEILING_USED_UP);
    let cut = kmo.items.iter().any(|i| {
        i.status != Status::NotEligible
            && i.aid_before_ceiling
                .is_some_and(|before| i.aid.0 < before.0)
    });
    if used_up || cut {
        if let Some(next) = next_calendar_year(date) {
            let ceiling = if size_is_medium(kmo) {
                kmo::CEILING_MEDIUM
            } else {
                kmo::CEILING_SMALL
            };
            let ceiling = ceiling.on(next).ok();
            events.push(event(
                next,
                MeasureId::KmoPortefeuille,
                EventKind::KmoNewCeiling,
                ceiling,
            ));
        }
    }
    let apply_days = whole(kmo::APPLY_WITHIN_DAYS, date);
    let finish_years = whole(kmo::FINISH_YEARS_AFTER, date).and_then(|y| i32::try_from(y).ok());
    let trainings = s
        .plans
        .trainings
        .iter()
        .flatten()
        .map(|t| (t.starts_on, &t.label));
    let advice = s
        .plans
        .advice
        .iter()
        .flatten()
        .map(|a| (a.starts_on, &a.label));
    let lists = [
        ("plans.trainings", trainings.collect::<Vec<_>>()),
        ("plans.advice", advice.collect()),
    ];
    for (list, items) in lists {
        for (i, (starts_on, label)) in items.into_iter().enumerate() {
            let Some(start) = starts_on else { continue };
            let item = format!("{list}[{i}]");
            let fits = kmo.items.iter().any(|it| {
                it.plan.code() == &list["plans.".len()..]
                    && it.index == i
                    && it.status != Status::NotEligible
            });
            if !fits {
                continue;
            }
            let mut push = |when: Option<Date>, kind| {
                if let Some(when) = when {
                    events.push(TimelineEvent {
                        item: Some(item.clone()),
                        label: label.clone(),
                        ..event(when, MeasureId::KmoPortefeuille, kind, None)
                    });
                }
            };
            push(
                apply_days.and_then(|d| start.add_days(d)),
                EventKind::KmoApplyBy,
            );
            push(
                finish_years
                    .and_then(|y| start.year().checked_add(y))
                    .and_then(|y| Date::new(y, 12, 31)),
                EventKind::KmoFinishBy,
            );
        }
    }
}

/// Whether the kmo-portefeuille was computed for a medium-sized company (its size reason).
fn size_is_medium(kmo: &MeasureReport) -> bool {
    kmo.reasons
        .iter()
        .find(|r| r.code == crate::measures::kmo_portefeuille::reasons::SIZE)
        .and_then(|r| r.values.get("class"))
        == Some(EuSize::Medium.code())
}

/// De-minimis: the first day each counted grant is outside the rolling window, with the room
/// it gives back (grants leaving on the same day added up). The events name the first asked
/// de-minimis measure (the kmo-portefeuille, else the cyber trajectory).
fn de_minimis_events(
    s: &Scenario,
    date: Date,
    de_minimis: &DeMinimisReport,
    options: &Options,
    events: &mut Vec<TimelineEvent>,
) {
    let Some(measure) = DE_MINIMIS_MEASURES.into_iter().find(|m| options.asks(*m)) else {
        return;
    };
    let Some(years) = whole(WINDOW_YEARS, date).and_then(|y| i32::try_from(y).ok()) else {
        return;
    };
    let mut back: Vec<(Date, Decimal)> = Vec::new();
    for g in s.company.de_minimis_received.iter().flatten() {
        let (Some(on), Some(amount)) = (g.granted_on, g.amount) else {
            continue;
        };
        if on < de_minimis.window_start || on > date {
            continue;
        }
        // Counted while `on` ≥ day − years: the first day without it is on + years + 1 day.
        let Some(leaves) = on.add_years(years).and_then(|d| d.add_days(1)) else {
            continue;
        };
        match back.iter_mut().find(|(d, _)| *d == leaves) {
            Some((_, sum)) => *sum = sum.saturating_add(amount.0),
            None => back.push((leaves, amount.0)),
        }
    }
    for (leaves, amount) in back {
        events.push(event(
            leaves,
            measure,
            EventKind::DeMinimisRoomBack,
            Some(amount),
        ));
    }
}

/// The measures a parameter belongs to, by the prefix of its id.
fn measures_of(id: &str) -> &'static [MeasureId] {
    use MeasureId as M;
    match id.split('.').next().unwrap_or("") {
        "kmo" => &[M::KmoPortefeuille],
        "ia" | "fiscal" => &[M::Investeringsaftrek],
        "cyber" => &[M::CybersecurityVerbetertraject],
        "iss" => &[M::InnovatieveStarterssteun],
        "dev" => &[M::Ontwikkelingsproject],
        "res" => &[M::Onderzoeksproject],
        "rd" => &[M::Ontwikkelingsproject, M::Onderzoeksproject],
        "cs_icon" => &[M::CsIcon],
        "dm" => &DE_MINIMIS_MEASURES,
        "eu" => &[
            M::KmoPortefeuille,
            M::CybersecurityVerbetertraject,
            M::InnovatieveStarterssteun,
            M::Ontwikkelingsproject,
            M::Onderzoeksproject,
        ],
        _ => &[],
    }
}

/// A rule change per measure and day for every parameter period that starts after `date`.
pub fn rule_changes(
    tables: impl IntoIterator<Item = &'static [Parameter]>,
    date: Date,
) -> Vec<TimelineEvent> {
    let mut events: Vec<TimelineEvent> = tables
        .into_iter()
        .flat_map(|t| t.iter())
        .filter(|p| p.valid_from > date)
        .flat_map(|p| {
            measures_of(p.id)
                .iter()
                .map(|m| event(p.valid_from, *m, EventKind::RuleChange, None))
        })
        .collect();
    sort_short(&mut events, |a, b| {
        a.date.cmp(&b.date).then(a.measure.cmp(&b.measure)).is_lt()
    });
    events.dedup();
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{ParamValue, Parameter};
    use crate::sources::SEED_002;

    const fn day(y: i32, m: u8, d: u8) -> Date {
        Date::ymd(y, m, d)
    }

    /// A table with a future kmo rate: the timeline announces the change on its first day,
    /// once, for the kmo-portefeuille only; periods already in force announce nothing.
    #[test]
    fn a_future_parameter_value_is_a_rule_change_on_its_first_day() {
        static TABLE: &[Parameter] = &[
            Parameter {
                id: "kmo.rate.small",
                value: ParamValue::Percent(Decimal::from_parts(30, 0, 0, false, 0)),
                valid_from: day(2019, 12, 1),
                valid_until: Some(day(2027, 6, 30)),
                source: SEED_002,
                note: "",
            },
            Parameter {
                id: "kmo.rate.small",
                value: ParamValue::Percent(Decimal::from_parts(35, 0, 0, false, 0)),
                valid_from: day(2027, 7, 1),
                valid_until: None,
                source: SEED_002,
                note: "",
            },
            Parameter {
                id: "kmo.rate.medium",
                value: ParamValue::Percent(Decimal::from_parts(25, 0, 0, false, 0)),
                valid_from: day(2027, 7, 1),
                valid_until: None,
                source: SEED_002,
                note: "",
            },
        ];
        let events = rule_changes([TABLE], day(2026, 11, 28));
        assert_eq!(
            events,
            vec![event(
                day(2027, 7, 1),
                MeasureId::KmoPortefeuille,
                EventKind::RuleChange,
                None
            )]
        );
        assert!(rule_changes([TABLE], day(2027, 7, 1)).is_empty());
    }

    /// Today's tables know no change after the rules' review date.
    #[test]
    fn no_rule_change_is_known_today() {
        assert!(rule_changes(params::tables(), day(2026, 11, 28)).is_empty());
    }
}
