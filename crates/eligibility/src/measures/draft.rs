//! Shared building blocks of the measure modules: a draft measure report and the status
//! rules of the scenario format ("How a status is chosen").

use crate::dates::Date;
use crate::money::{Money, Percent};
use crate::report::{
    ItemReport, MeasureId, MeasureReport, Outcome, PlanKind, Reason, ReasonCode, Status,
};
use rust_decimal::Decimal;

/// Combines outcomes: any fail → fail; else any unknown → unknown; else pass.
pub(crate) fn combine(reasons: &[Reason]) -> Outcome {
    if reasons.iter().any(|r| r.outcome == Outcome::Fail) {
        Outcome::Fail
    } else if reasons.iter().any(|r| r.outcome == Outcome::Unknown) {
        Outcome::Unknown
    } else {
        Outcome::Pass
    }
}

/// A tri-state check: `Some(true)` pass, `Some(false)` fail, `None` unknown.
pub(crate) fn outcome_of(v: Option<bool>) -> Outcome {
    match v {
        Some(true) => Outcome::Pass,
        Some(false) => Outcome::Fail,
        None => Outcome::Unknown,
    }
}

/// A plan item under construction.
pub(crate) struct ItemDraft {
    pub plan: PlanKind,
    pub index: usize,
    pub label: Option<String>,
    pub eligible_cost: Option<Decimal>,
    pub rate: Option<Decimal>,
    pub aid_before_ceiling: Option<Decimal>,
    /// Aid after caps; only paid when the item ends up eligible or uncertain.
    pub aid: Decimal,
    pub reasons: Vec<Reason>,
}

impl ItemDraft {
    pub fn new(plan: PlanKind, index: usize, label: Option<String>) -> ItemDraft {
        ItemDraft {
            plan,
            index,
            label,
            eligible_cost: None,
            rate: None,
            aid_before_ceiling: None,
            aid: Decimal::ZERO,
            reasons: Vec::with_capacity(8),
        }
    }
    /// The item's own status (before company-level conditions).
    pub fn own_status(&self) -> Status {
        match combine(&self.reasons) {
            Outcome::Fail => Status::NotEligible,
            Outcome::Unknown => Status::Uncertain,
            _ => Status::Eligible,
        }
    }
}

/// A measure under construction.
pub(crate) struct Draft {
    pub id: MeasureId,
    pub reasons: Vec<Reason>,
    pub items: Vec<ItemDraft>,
    pub next_steps: Vec<Reason>,
    pub missing: Vec<String>,
}

impl Draft {
    pub fn new(id: MeasureId) -> Draft {
        Draft {
            id,
            reasons: Vec::with_capacity(8),
            items: Vec::new(),
            next_steps: Vec::new(),
            missing: Vec::new(),
        }
    }

    /// A new draft with the measure's parameters in force on `date`, or, when one has no
    /// value there, the finished "not modelled" report (returned once per measure, so its
    /// size does not matter).
    #[allow(clippy::result_large_err)]
    pub fn with_params<P>(
        id: MeasureId,
        date: Date,
        load: fn(Date) -> Result<P, &'static str>,
    ) -> Result<(Draft, P), (MeasureReport, Vec<String>)> {
        let d = Draft::new(id);
        match load(date) {
            Ok(p) => Ok((d, p)),
            Err(param) => Err(d.finish_not_modelled(param, date)),
        }
    }

    /// Adds a company-level reason; records `path` as missing when the outcome is unknown.
    pub fn check(&mut self, reason: Reason, missing_path: Option<&str>) {
        if reason.outcome == Outcome::Unknown {
            if let Some(p) = missing_path {
                self.missing.push(p.to_string());
            }
        }
        self.reasons.push(reason);
    }

    /// Marks the measure as not modelled on `date` (a parameter has no period there).
    pub fn not_modelled(&mut self, parameter: &str, date: Date, source: &'static str) {
        self.reasons.push(
            Reason::new(crate::reasons::RULES_NOT_MODELLED, Outcome::Unknown, source)
                .with("parameter", parameter)
                .with("date", date),
        );
    }

    /// Finishes a measure whose parameter `id` has no value in force on `date`: the report
    /// says the rules of that date are not modelled, citing the parameter's source.
    pub fn finish_not_modelled(mut self, id: &str, date: Date) -> (MeasureReport, Vec<String>) {
        self.not_modelled(id, date, crate::params::source_of(id, date));
        self.finish()
    }

    /// Company-level outcome.
    pub fn company_outcome(&self) -> Outcome {
        combine(&self.reasons)
    }

    /// Finishes the report: item and measure statuses, amount.
    pub fn finish(self) -> (MeasureReport, Vec<String>) {
        let company = self.company_outcome();
        let planned = !self.items.is_empty();
        let items: Vec<ItemReport> = self
            .items
            .into_iter()
            .map(|it| {
                let own = it.own_status();
                let status = match (company, own) {
                    (Outcome::Fail, _) | (_, Status::NotEligible) => Status::NotEligible,
                    (Outcome::Unknown, _) | (_, Status::Uncertain) => Status::Uncertain,
                    _ => Status::Eligible,
                };
                let aid = if status == Status::NotEligible {
                    Decimal::ZERO
                } else {
                    it.aid
                };
                ItemReport {
                    plan: it.plan,
                    index: it.index,
                    label: it.label,
                    status,
                    eligible_cost: it.eligible_cost.map(Money),
                    rate: it.rate.map(Percent),
                    aid_before_ceiling: it.aid_before_ceiling.map(Money),
                    aid: Money(aid),
                    reasons: it.reasons,
                }
            })
            .collect();
        let status = if company == Outcome::Fail {
            Status::NotEligible
        } else if planned {
            if items.iter().any(|i| i.status == Status::Eligible) {
                Status::Eligible
            } else if items.iter().all(|i| i.status == Status::NotEligible) {
                Status::NotEligible
            } else {
                Status::Uncertain
            }
        } else if company == Outcome::Unknown {
            Status::Uncertain
        } else {
            Status::Eligible
        };
        let amount = if status == Status::NotEligible {
            Decimal::ZERO
        } else {
            items
                .iter()
                .filter(|i| i.status != Status::NotEligible)
                .fold(Decimal::ZERO, |acc, i| acc.saturating_add(i.aid.0))
        };
        let missing = if status == Status::Uncertain {
            let mut m = self.missing;
            m.sort();
            m.dedup();
            m
        } else {
            Vec::new()
        };
        let report = MeasureReport {
            id: self.id,
            status,
            kind: self.id.kind(),
            amount: Money(amount),
            planned,
            asked: true,
            de_minimis: self.id.is_de_minimis(),
            reasons: self.reasons,
            items,
            next_steps: if status == Status::NotEligible {
                Vec::new()
            } else {
                self.next_steps
            },
        };
        (report, missing)
    }
}

/// Region check: Flanders passes, another region fails, absent is unknown.
pub(crate) fn check_region(
    d: &mut Draft,
    code: ReasonCode,
    company: &crate::scenario::Company,
    source: &'static str,
) {
    use crate::scenario::Region;
    let r = Reason::new(
        code,
        outcome_of(company.region.map(|r| r == Region::Flanders)),
        source,
    );
    let r = match company.region {
        Some(reg) => r.with("region", reg.code()),
        None => r,
    };
    d.check(r, Some("company.region"));
}

/// Main-activity check: `true` passes, `false` fails, absent/null is unknown.
pub(crate) fn check_main_activity(
    d: &mut Draft,
    code: ReasonCode,
    company: &crate::scenario::Company,
    source: &'static str,
) {
    let mut r = Reason::new(code, outcome_of(company.main_activity_acceptable), source);
    if let Some(nace) = &company.nace {
        r = r.with("nace", nace);
    }
    d.check(r, Some("company.main_activity_acceptable"));
}

/// Size check against the size assessment (`small_only`: micro or small required).
pub(crate) fn check_size(
    d: &mut Draft,
    code: ReasonCode,
    size: &crate::size::SizeAssessment,
    small_only: bool,
    source: &'static str,
) {
    let v = if small_only {
        size.is_small()
    } else {
        size.is_sme()
    };
    let r = Reason::new(code, outcome_of(v), source)
        .with("class", size.eu.code())
        .with("required", if small_only { "micro_small" } else { "sme" });
    if r.outcome == Outcome::Unknown {
        d.missing.extend(size.missing.iter().cloned());
    }
    d.reasons.push(r);
}
