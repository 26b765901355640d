//! Investeringsaftrek (tax deduction): basic 10 % and digital 20 % for investments acquired
//! from 1 Jan 2025, for an eenmanszaak or a fiscally small company (a vzw only when subject
//! to corporate tax). The amount is the deduction from taxable profit, not cash.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::measures::draft::{outcome_of, Draft, ItemDraft};
use crate::measures::Registered;
use crate::money::{apply_rate, Money, Percent};
use crate::report::{FiscalSize, Kind, MeasureId, MeasureReport, Outcome, PlanKind, Reason};
use crate::scenario::{LegalForm, Scenario};
use crate::size::SizeAssessment;
use crate::sources;

/// The investeringsaftrek: a deduction from taxable profit.
pub const ID: MeasureId = MeasureId::new("investeringsaftrek", Kind::TaxDeduction);

/// The investeringsaftrek in the registry: its id, its rules and the typical answers (ruling
/// 13) it reads.
pub(crate) const MEASURE: Registered = Registered {
    id: ID,
    evaluate,
    assumes: &[
        crate::reasons::ASSUMED_HOLDINGS,
        crate::reasons::ASSUMED_VZW_CORPORATE_TAX,
    ],
};

/// Evaluates the investment deduction.
pub(crate) fn evaluate(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
) -> Result<(MeasureReport, Vec<String>), InputError> {
    let c = &s.company;
    let mut d = Draft::new(ID);

    // Who.
    let fiscal_ok = match size.fiscal {
        FiscalSize::Small => Some(true),
        FiscalSize::NotSmall => Some(false),
        FiscalSize::Unknown => None,
    };
    let (who, natural) = match c.legal_form {
        Some(LegalForm::Eenmanszaak) => (Some(true), true),
        Some(LegalForm::FeitelijkeVereniging) => (Some(false), false),
        Some(LegalForm::Maatschap) => (None, false),
        Some(LegalForm::Vzw) => {
            let taxed = c.vzw_corporate_tax;
            let mut r = Reason::new(reasons::VZW, outcome_of(taxed), sources::SEED_000);
            if let Some(t) = taxed {
                r = r.with("vzw_corporate_tax", t);
            }
            d.check(r, Some("company.vzw_corporate_tax"));
            (fiscal_ok, false)
        }
        Some(_) => (fiscal_ok, false),
        None => (None, false),
    };
    let mut r = Reason::new(
        if natural {
            reasons::WHO_NATURAL_PERSON
        } else {
            reasons::WHO
        },
        outcome_of(who),
        crate::size::params::FISCAL_TURNOVER.source(date),
    )
    .with("fiscal", size.fiscal.code())
    .with("natural_person", natural);
    if let Some(f) = c.legal_form {
        r = r.with("legal_form", f.code());
    }
    if c.legal_form.is_none() {
        d.missing.push("company.legal_form".into());
    } else if who.is_none() && !natural {
        d.missing.extend(size.missing.iter().cloned());
    }
    d.reasons.push(r);
    if size.fiscal == FiscalSize::NotSmall && !natural {
        d.reasons.push(Reason::new(
            reasons::THEMATIC_OUTSIDE,
            Outcome::Info,
            sources::IA_2025,
        ));
    }

    let basic = params::RATE_BASIC.period(date);
    // The regime's first day, named by the reasons.
    let regime_from = params::RATE_BASIC.first_from();
    let investments = s.plans.investments.as_deref().unwrap_or(&[]);
    for (i, inv) in investments.iter().enumerate() {
        let base = format!("plans.investments[{i}]");
        let mut it = ItemDraft::new(PlanKind::Investments, i, inv.label.clone());
        let acquired = match inv.acquired_on {
            Some(a) => a,
            None => {
                it.reasons.push(
                    Reason::new(
                        reasons::ITEM_DATE_ASSUMED,
                        Outcome::Info,
                        sources::DECISIONS,
                    )
                    .with("date", date),
                );
                date
            }
        };
        let basic_rate = params::RATE_BASIC.on(acquired);
        let digital_rate = params::RATE_DIGITAL.on(acquired);
        let (basic_rate, digital_rate) = match (basic_rate, digital_rate) {
            (Ok(b), Ok(dg)) => {
                it.reasons.push(
                    Reason::new(reasons::ITEM_REGIME, Outcome::Pass, sources::IA_2025)
                        .with("acquired_on", acquired)
                        .with_opt("since", regime_from),
                );
                (b, dg)
            }
            _ => {
                it.reasons.push(
                    Reason::new(reasons::ITEM_REGIME, Outcome::Unknown, sources::IA_2025)
                        .with("acquired_on", acquired)
                        .with_opt("since", regime_from),
                );
                d.items.push(it);
                continue;
            }
        };
        let (rate, src) = match inv.digital_category {
            Some(_) => (digital_rate, params::RATE_DIGITAL.source(acquired)),
            None => (basic_rate, params::RATE_BASIC.source(acquired)),
        };
        let mut r = Reason::new(reasons::ITEM_RATE, Outcome::Info, src).with("rate", Percent(rate));
        if let Some(cat) = inv.digital_category {
            r = r.with("digital_category", cat.code());
        }
        it.reasons.push(r);
        it.rate = Some(rate);
        match inv.amount {
            None => {
                it.reasons.push(
                    Reason::new(
                        reasons::ITEM_AMOUNT_MISSING,
                        Outcome::Unknown,
                        sources::SEED_000,
                    )
                    .with("field", format!("{base}.amount")),
                );
                d.missing.push(format!("{base}.amount"));
            }
            Some(amount) => {
                let deduction = apply_rate(amount.0, rate).ok_or_else(|| {
                    InputError::new(
                        format!("{base}.amount"),
                        ErrorCode::Overflow,
                        "amount too large",
                    )
                })?;
                it.eligible_cost = Some(amount.0);
                it.aid_before_ceiling = Some(deduction);
                it.aid = deduction;
                it.reasons.push(
                    Reason::new(reasons::ITEM_DEDUCTION, Outcome::Info, src)
                        .with("amount", amount)
                        .with("rate", Percent(rate))
                        .with("deduction", Money(deduction)),
                );
            }
        }
        d.items.push(it);
    }
    if basic.is_none() && investments.is_empty() {
        d.not_modelled(params::RATE_BASIC.id(), date, sources::IA_2025);
    }
    d.next_steps = vec![
        Reason::new(reasons::STEP_NOT_CASH, Outcome::Info, sources::SEED_000),
        Reason::new(reasons::STEP_CONDITIONS, Outcome::Info, sources::IA_2025),
    ];
    Ok(d.finish())
}
