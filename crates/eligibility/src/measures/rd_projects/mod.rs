//! Ontwikkelingsproject and onderzoeksproject (grants): legal personality and Flemish
//! operations; rate = base + size bonus + collaboration bonus, capped; minimum aid (below:
//! not eligible) and maximum aid (above: cut). The impact condition is checked only by VLAIO.

pub mod params;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::measures::draft::{check_region, outcome_of, Draft, ItemDraft};
use crate::money::{round_cents, Money, Percent};
use crate::report::{EuSize, MeasureId, MeasureReport, Outcome, PlanKind, Reason, ReasonCode};
use crate::scenario::Scenario;
use crate::size::SizeAssessment;
use crate::sources;
use rust_decimal::Decimal;

struct Common {
    bonus_small: Decimal,
    bonus_medium: Decimal,
    bonus_collab: Decimal,
    leverage: Decimal,
    productivity: Decimal,
}

fn load_common(date: Date) -> Result<Common, &'static str> {
    Ok(Common {
        bonus_small: crate::params::decimal("rd.bonus.small", date)?,
        bonus_medium: crate::params::decimal("rd.bonus.medium", date)?,
        bonus_collab: crate::params::decimal("rd.bonus.collaboration", date)?,
        leverage: crate::params::decimal("rd.impact.leverage", date)?,
        productivity: crate::params::decimal("rd.impact.productivity", date)?,
    })
}

fn company_checks(d: &mut Draft, s: &Scenario, source: &'static str) {
    let c = &s.company;
    let mut r = Reason::new(
        ReasonCode::RdLegalForm,
        outcome_of(c.legal_form.map(|f| f.has_legal_personality())),
        source,
    );
    if let Some(f) = c.legal_form {
        r = r.with("legal_form", f.code());
    }
    d.check(r, Some("company.legal_form"));
    check_region(d, ReasonCode::RdRegion, c, source);
}

/// Size bonus reason and value (most favourable when the class is open).
fn size_bonus(
    it: &mut ItemDraft,
    missing: &mut Vec<String>,
    size: &SizeAssessment,
    cm: &Common,
) -> Decimal {
    let class = size.rate_class();
    let calc = class.unwrap_or(if size.eu_best.is_small() {
        EuSize::Small
    } else if size.eu_best.is_sme() {
        EuSize::Medium
    } else {
        EuSize::Large
    });
    let bonus = match calc {
        EuSize::Micro | EuSize::Small => cm.bonus_small,
        EuSize::Medium => cm.bonus_medium,
        _ => Decimal::ZERO,
    };
    if class.is_none() {
        missing.extend(size.missing.iter().cloned());
    }
    it.reasons.push(
        Reason::new(
            ReasonCode::RdSizeBonus,
            if class.is_some() {
                Outcome::Info
            } else {
                Outcome::Unknown
            },
            sources::VLAIO_DEV,
        )
        .with("class", class.map(|c| c.code()).unwrap_or("unknown"))
        .with("bonus", Percent(bonus)),
    );
    bonus
}

fn collab_bonus(
    missing: &mut Vec<String>,
    collab: Option<bool>,
    path: &str,
    cm: &Common,
) -> Decimal {
    if collab.is_none() {
        missing.push(path.to_string());
    }
    if collab == Some(true) {
        cm.bonus_collab
    } else {
        Decimal::ZERO
    }
}

fn aid_limits(it: &mut ItemDraft, raw: Decimal, min: Decimal, max: Decimal, source: &'static str) {
    it.aid_before_ceiling = Some(raw);
    it.reasons.push(
        Reason::new(
            ReasonCode::RdItemMinimum,
            outcome_of(Some(raw >= min)),
            source,
        )
        .with("aid", Money(raw))
        .with("minimum", Money(min)),
    );
    let aid = raw.min(max);
    if raw > max {
        it.reasons.push(
            Reason::new(ReasonCode::RdItemMaximum, Outcome::Info, source)
                .with("aid_before", Money(raw))
                .with("maximum", Money(max)),
        );
    }
    it.aid = aid;
    it.reasons
        .push(Reason::new(ReasonCode::RdItemAid, Outcome::Info, source).with("aid", Money(aid)));
}

fn next_steps(d: &mut Draft, cm: &Common) {
    let mut r = Reason::new(ReasonCode::RdStepImpact, Outcome::Info, sources::RD_IMPACT)
        .with("leverage", cm.leverage.normalize());
    if cm.productivity > Decimal::ZERO {
        r = r.with("productivity", Percent(cm.productivity));
    }
    d.next_steps = vec![
        r,
        Reason::new(ReasonCode::RdStepApply, Outcome::Info, sources::VLAIO_DEV),
    ];
}

/// Evaluates the development project.
pub(crate) fn evaluate_development(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
) -> Result<(MeasureReport, Vec<String>), InputError> {
    let mut d = Draft::new(MeasureId::Ontwikkelingsproject);
    let loaded = (|| -> Result<_, &'static str> {
        Ok((
            load_common(date)?,
            crate::params::decimal("dev.rate.base", date)?,
            crate::params::decimal("dev.rate.cap", date)?,
            crate::params::decimal("dev.aid.min", date)?,
            crate::params::decimal("dev.aid.max", date)?,
        ))
    })();
    let (cm, base_rate, cap, min, max) = match loaded {
        Ok(v) => v,
        Err(id) => return Ok(d.finish_not_modelled(id, date)),
    };
    company_checks(&mut d, s, sources::VLAIO_DEV);
    if let Some(p) = &s.plans.development_project {
        let base = "plans.development_project";
        let mut it = ItemDraft::new(PlanKind::DevelopmentProject, 0, None);
        let sb = size_bonus(&mut it, &mut d.missing, size, &cm);
        let cb = collab_bonus(
            &mut d.missing,
            p.collaboration,
            &format!("{base}.collaboration"),
            &cm,
        );
        let rate = (base_rate + sb + cb).min(cap);
        it.reasons.push(
            Reason::new(
                ReasonCode::DevItemRate,
                if p.collaboration.is_some() {
                    Outcome::Info
                } else {
                    Outcome::Unknown
                },
                sources::VLAIO_DEV,
            )
            .with("base", Percent(base_rate))
            .with("size_bonus", Percent(sb))
            .with("collaboration_bonus", Percent(cb))
            .with("rate_cap", Percent(cap))
            .with("rate", Percent(rate)),
        );
        it.rate = Some(rate);
        match p.accepted_costs {
            None => {
                it.reasons.push(
                    Reason::new(
                        ReasonCode::RdItemCostMissing,
                        Outcome::Unknown,
                        sources::VLAIO_DEV,
                    )
                    .with("field", format!("{base}.accepted_costs")),
                );
                d.missing.push(format!("{base}.accepted_costs"));
            }
            Some(costs) => {
                it.eligible_cost = Some(costs.0);
                let raw = crate::money::apply_rate(costs.0, rate).ok_or_else(|| {
                    InputError::new(
                        format!("{base}.accepted_costs"),
                        ErrorCode::Overflow,
                        "amount too large",
                    )
                })?;
                aid_limits(&mut it, raw, min, max, sources::VLAIO_DEV);
            }
        }
        d.items.push(it);
    }
    next_steps(&mut d, &cm);
    Ok(d.finish())
}

/// Evaluates the research project.
pub(crate) fn evaluate_research(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
) -> Result<(MeasureReport, Vec<String>), InputError> {
    let mut d = Draft::new(MeasureId::Onderzoeksproject);
    let loaded = (|| -> Result<_, &'static str> {
        Ok((
            load_common(date)?,
            crate::params::decimal("res.rate.research", date)?,
            crate::params::decimal("res.rate.development", date)?,
            crate::params::decimal("res.rate.cap", date)?,
            crate::params::decimal("res.aid.min", date)?,
            crate::params::decimal("res.aid.max", date)?,
        ))
    })();
    let (cm, base_research, base_dev, cap, min, max) = match loaded {
        Ok(v) => v,
        Err(id) => return Ok(d.finish_not_modelled(id, date)),
    };
    company_checks(&mut d, s, sources::VL_RESEARCH);
    if let Some(p) = &s.plans.research_project {
        let base = "plans.research_project";
        let mut it = ItemDraft::new(PlanKind::ResearchProject, 0, None);
        let sb = size_bonus(&mut it, &mut d.missing, size, &cm);
        let cb = collab_bonus(
            &mut d.missing,
            p.collaboration,
            &format!("{base}.collaboration"),
            &cm,
        );
        let known = if p.collaboration.is_some() {
            Outcome::Info
        } else {
            Outcome::Unknown
        };
        let rr = (base_research + sb + cb).min(cap);
        let rd = (base_dev + sb + cb).min(cap);
        it.reasons.push(
            Reason::new(ReasonCode::ResItemResearchRate, known, sources::VL_RESEARCH)
                .with("base", Percent(base_research))
                .with("size_bonus", Percent(sb))
                .with("collaboration_bonus", Percent(cb))
                .with("rate_cap", Percent(cap))
                .with("rate", Percent(rr)),
        );
        it.reasons.push(
            Reason::new(
                ReasonCode::ResItemDevelopmentRate,
                known,
                sources::VL_RESEARCH,
            )
            .with("base", Percent(base_dev))
            .with("size_bonus", Percent(sb))
            .with("collaboration_bonus", Percent(cb))
            .with("rate_cap", Percent(cap))
            .with("rate", Percent(rd)),
        );
        if p.research_costs.is_none() && p.development_costs.is_none() {
            it.reasons.push(
                Reason::new(
                    ReasonCode::RdItemCostMissing,
                    Outcome::Unknown,
                    sources::VL_RESEARCH,
                )
                .with("field", format!("{base}.research_costs")),
            );
            d.missing.push(format!("{base}.research_costs"));
        } else {
            let rc = p.research_costs.map(|m| m.0).unwrap_or(Decimal::ZERO);
            let dc = p.development_costs.map(|m| m.0).unwrap_or(Decimal::ZERO);
            let overflow = || InputError::new(base, ErrorCode::Overflow, "amount too large");
            let total = rc.checked_add(dc).ok_or_else(overflow)?;
            let a = rc.checked_mul(rr).ok_or_else(overflow)?;
            let b = dc.checked_mul(rd).ok_or_else(overflow)?;
            let raw = round_cents(
                a.checked_add(b)
                    .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
                    .ok_or_else(overflow)?,
            );
            it.eligible_cost = Some(total);
            if !total.is_zero() {
                it.rate = Some(round_cents(
                    raw.checked_mul(Decimal::ONE_HUNDRED)
                        .and_then(|v| v.checked_div(total))
                        .unwrap_or(Decimal::ZERO),
                ));
            }
            aid_limits(&mut it, raw, min, max, sources::VL_RESEARCH);
        }
        d.items.push(it);
    }
    next_steps(&mut d, &cm);
    Ok(d.finish())
}
