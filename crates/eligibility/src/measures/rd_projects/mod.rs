//! Ontwikkelingsproject and onderzoeksproject (grants): legal personality and Flemish
//! operations; rate = base + size bonus + collaboration bonus, capped; minimum aid (below:
//! not eligible) and maximum aid (above: cut). The impact condition is checked only by VLAIO.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::measures::draft::{check_region, outcome_of, Draft, ItemDraft};
use crate::measures::Registered;
use crate::money::{round_cents, Money, Percent};
use crate::report::{
    EuSize, Kind, MeasureId, MeasureReport, Outcome, PlanKind, Reason, ReasonCode,
};
use crate::scenario::Scenario;
use crate::size::SizeAssessment;
use crate::sources;
use rust_decimal::Decimal;

use params::InForce;

/// The ontwikkelingsproject: a grant.
pub const DEVELOPMENT: MeasureId = MeasureId::new("ontwikkelingsproject", Kind::Grant);
/// The onderzoeksproject: a grant.
pub const RESEARCH: MeasureId = MeasureId::new("onderzoeksproject", Kind::Grant);

/// The ontwikkelingsproject in the registry: its id, its rules and the typical answers (ruling
/// 13) it reads.
pub(crate) const DEVELOPMENT_MEASURE: Registered = Registered {
    id: DEVELOPMENT,
    evaluate: evaluate_development,
    assumes: &[
        crate::reasons::ASSUMED_PUBLIC_OWNERSHIP,
        crate::reasons::ASSUMED_HOLDINGS,
    ],
};

/// The onderzoeksproject in the registry: its id, its rules and the typical answers (ruling
/// 13) it reads.
pub(crate) const RESEARCH_MEASURE: Registered = Registered {
    id: RESEARCH,
    evaluate: evaluate_research,
    assumes: &[
        crate::reasons::ASSUMED_PUBLIC_OWNERSHIP,
        crate::reasons::ASSUMED_HOLDINGS,
    ],
};

fn company_checks(d: &mut Draft, s: &Scenario, source: &'static str) {
    let c = &s.company;
    let mut r = Reason::new(
        reasons::LEGAL_FORM,
        outcome_of(c.legal_form.map(|f| f.has_legal_personality())),
        source,
    );
    if let Some(f) = c.legal_form {
        r = r.with("legal_form", f.code());
    }
    d.check(r, Some("company.legal_form"));
    check_region(d, reasons::REGION, c, source);
}

/// Size bonus reason and value (most favourable when the class is open).
fn size_bonus(
    it: &mut ItemDraft,
    missing: &mut Vec<String>,
    size: &SizeAssessment,
    cm: &InForce,
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
            reasons::SIZE_BONUS,
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
    cm: &InForce,
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
        Reason::new(reasons::ITEM_MINIMUM, outcome_of(Some(raw >= min)), source)
            .with("aid", Money(raw))
            .with("minimum", Money(min)),
    );
    let aid = raw.min(max);
    if raw > max {
        it.reasons.push(
            Reason::new(reasons::ITEM_MAXIMUM, Outcome::Info, source)
                .with("aid_before", Money(raw))
                .with("maximum", Money(max)),
        );
    }
    it.aid = aid;
    it.reasons
        .push(Reason::new(reasons::ITEM_AID, Outcome::Info, source).with("aid", Money(aid)));
}

fn next_steps(d: &mut Draft, cm: &InForce) {
    let mut r = Reason::new(reasons::STEP_IMPACT, Outcome::Info, sources::RD_IMPACT)
        .with("leverage", cm.leverage.normalize());
    if cm.productivity > Decimal::ZERO {
        r = r.with("productivity", Percent(cm.productivity));
    }
    d.next_steps = vec![
        r,
        Reason::new(reasons::STEP_APPLY, Outcome::Info, sources::VLAIO_DEV),
    ];
}

/// An item's size and collaboration bonuses, added to a base rate under a cap.
struct Bonuses {
    size: Decimal,
    collab: Decimal,
    cap: Decimal,
    /// The collaboration bonus when collaboration is not known yet.
    collab_adds: Option<Decimal>,
}

impl Bonuses {
    fn new(
        it: &mut ItemDraft,
        missing: &mut Vec<String>,
        size: &SizeAssessment,
        collab: Option<bool>,
        base: &str,
        cm: &InForce,
        cap: Decimal,
    ) -> Bonuses {
        let sb = size_bonus(it, missing, size, cm);
        let cb = collab_bonus(missing, collab, &format!("{base}.collaboration"), cm);
        Bonuses {
            size: sb,
            collab: cb,
            cap,
            collab_adds: collab.is_none().then_some(cm.bonus_collab),
        }
    }

    /// The capped rate on `base_rate`.
    fn rate(&self, base_rate: Decimal) -> Decimal {
        (base_rate + self.size + self.collab).min(self.cap)
    }

    /// The reason that explains the rate on `base_rate`.
    fn reason(&self, code: ReasonCode, base_rate: Decimal, source: &'static str) -> Reason {
        let outcome = if self.collab_adds.is_none() {
            Outcome::Info
        } else {
            Outcome::Unknown
        };
        Reason::new(code, outcome, source)
            .with("base", Percent(base_rate))
            .with("size_bonus", Percent(self.size))
            .with("collaboration_bonus", Percent(self.collab))
            .with("rate_cap", Percent(self.cap))
            .with_opt("collaboration_adds", self.collab_adds.map(Percent))
            .with("rate", Percent(self.rate(base_rate)))
    }
}

/// Records that an item's costs are missing.
fn costs_missing(
    it: &mut ItemDraft,
    missing: &mut Vec<String>,
    field: String,
    source: &'static str,
) {
    it.reasons.push(
        Reason::new(reasons::ITEM_COST_MISSING, Outcome::Unknown, source)
            .with("field", field.clone()),
    );
    missing.push(field);
}

/// Evaluates the development project.
pub(crate) fn evaluate_development(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
) -> Result<(MeasureReport, Vec<String>), InputError> {
    let (mut d, cm) = match Draft::with_params(DEVELOPMENT, date, InForce::load) {
        Ok(v) => v,
        Err(report) => return Ok(report),
    };
    let pk = &cm.development;
    company_checks(&mut d, s, sources::VLAIO_DEV);
    if let Some(p) = &s.plans.development_project {
        let base = "plans.development_project";
        let mut it = ItemDraft::new(PlanKind::DevelopmentProject, 0, None);
        let b = Bonuses::new(
            &mut it,
            &mut d.missing,
            size,
            p.collaboration,
            base,
            &cm,
            pk.rate_cap,
        );
        let rate = b.rate(cm.dev_rate_base);
        it.reasons
            .push(b.reason(reasons::DEV_ITEM_RATE, cm.dev_rate_base, sources::VLAIO_DEV));
        it.rate = Some(rate);
        match p.accepted_costs {
            None => costs_missing(
                &mut it,
                &mut d.missing,
                format!("{base}.accepted_costs"),
                sources::VLAIO_DEV,
            ),
            Some(costs) => {
                it.eligible_cost = Some(costs.0);
                let raw = crate::money::apply_rate(costs.0, rate).ok_or_else(|| {
                    InputError::new(
                        format!("{base}.accepted_costs"),
                        ErrorCode::Overflow,
                        "amount too large",
                    )
                })?;
                aid_limits(&mut it, raw, pk.aid_min, pk.aid_max, sources::VLAIO_DEV);
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
    let (mut d, cm) = match Draft::with_params(RESEARCH, date, InForce::load) {
        Ok(v) => v,
        Err(report) => return Ok(report),
    };
    let pk = &cm.research;
    company_checks(&mut d, s, sources::VL_RESEARCH);
    if let Some(p) = &s.plans.research_project {
        let base = "plans.research_project";
        let mut it = ItemDraft::new(PlanKind::ResearchProject, 0, None);
        let b = Bonuses::new(
            &mut it,
            &mut d.missing,
            size,
            p.collaboration,
            base,
            &cm,
            pk.rate_cap,
        );
        let (base_research, base_dev) = (cm.res_rate_research, cm.res_rate_development);
        let rr = b.rate(base_research);
        let rd = b.rate(base_dev);
        it.reasons.push(b.reason(
            reasons::RES_ITEM_RESEARCH_RATE,
            base_research,
            sources::VL_RESEARCH,
        ));
        it.reasons.push(b.reason(
            reasons::RES_ITEM_DEVELOPMENT_RATE,
            base_dev,
            sources::VL_RESEARCH,
        ));
        if p.research_costs.is_none() && p.development_costs.is_none() {
            costs_missing(
                &mut it,
                &mut d.missing,
                format!("{base}.research_costs"),
                sources::VL_RESEARCH,
            );
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
            aid_limits(&mut it, raw, pk.aid_min, pk.aid_max, sources::VL_RESEARCH);
        }
        d.items.push(it);
    }
    next_steps(&mut d, &cm);
    Ok(d.finish())
}
