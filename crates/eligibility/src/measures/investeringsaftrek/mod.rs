//! Investeringsaftrek (tax deduction): basic 10 % and digital 20 % for investments acquired
//! from 1 Jan 2025, for an eenmanszaak or a fiscally small company (a vzw only when subject
//! to corporate tax). The amount is the deduction from taxable profit, not cash.

pub mod params;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::measures::draft::{outcome_of, Draft, ItemDraft};
use crate::money::{apply_rate, Money, Percent};
use crate::report::{FiscalSize, MeasureId, MeasureReport, Outcome, PlanKind, Reason, ReasonCode};
use crate::scenario::{LegalForm, Scenario};
use crate::size::SizeAssessment;
use crate::sources;

/// Evaluates the investment deduction.
pub(crate) fn evaluate(
    s: &Scenario,
    date: Date,
    size: &SizeAssessment,
) -> Result<(MeasureReport, Vec<String>), InputError> {
    let c = &s.company;
    let mut d = Draft::new(MeasureId::Investeringsaftrek);

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
            let mut r = Reason::new(ReasonCode::IaVzw, outcome_of(taxed), sources::SEED_000);
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
        ReasonCode::IaWho,
        outcome_of(who),
        crate::params::source_of("fiscal.turnover", date),
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
            ReasonCode::IaThematicOutside,
            Outcome::Info,
            sources::IA_2025,
        ));
    }

    let basic = crate::params::get("ia.rate.basic", date);
    let investments = s.plans.investments.as_deref().unwrap_or(&[]);
    for (i, inv) in investments.iter().enumerate() {
        let base = format!("plans.investments[{i}]");
        let mut it = ItemDraft::new(PlanKind::Investments, i, inv.label.clone());
        let acquired = match inv.acquired_on {
            Some(a) => a,
            None => {
                it.reasons.push(
                    Reason::new(
                        ReasonCode::IaItemDateAssumed,
                        Outcome::Info,
                        sources::DECISIONS,
                    )
                    .with("date", date),
                );
                date
            }
        };
        let basic_rate = crate::params::decimal("ia.rate.basic", acquired);
        let digital_rate = crate::params::decimal("ia.rate.digital", acquired);
        let (basic_rate, digital_rate) = match (basic_rate, digital_rate) {
            (Ok(b), Ok(dg)) => {
                it.reasons.push(
                    Reason::new(ReasonCode::IaItemRegime, Outcome::Pass, sources::IA_2025)
                        .with("acquired_on", acquired)
                        .with("since", "2025-01-01"),
                );
                (b, dg)
            }
            _ => {
                it.reasons.push(
                    Reason::new(ReasonCode::IaItemRegime, Outcome::Unknown, sources::IA_2025)
                        .with("acquired_on", acquired)
                        .with("since", "2025-01-01"),
                );
                d.items.push(it);
                continue;
            }
        };
        let (rate, src) = match inv.digital_category {
            Some(_) => (
                digital_rate,
                crate::params::source_of("ia.rate.digital", acquired),
            ),
            None => (
                basic_rate,
                crate::params::source_of("ia.rate.basic", acquired),
            ),
        };
        let mut r =
            Reason::new(ReasonCode::IaItemRate, Outcome::Info, src).with("rate", Percent(rate));
        if let Some(cat) = inv.digital_category {
            r = r.with("digital_category", cat.code());
        }
        it.reasons.push(r);
        it.rate = Some(rate);
        match inv.amount {
            None => {
                it.reasons.push(
                    Reason::new(
                        ReasonCode::IaItemAmountMissing,
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
                    Reason::new(ReasonCode::IaItemDeduction, Outcome::Info, src)
                        .with("amount", amount)
                        .with("rate", Percent(rate))
                        .with("deduction", Money(deduction)),
                );
            }
        }
        d.items.push(it);
    }
    if basic.is_none() && investments.is_empty() {
        d.not_modelled("ia.rate.basic", date, sources::IA_2025);
    }
    d.next_steps = vec![
        Reason::new(ReasonCode::IaStepNotCash, Outcome::Info, sources::SEED_000),
        Reason::new(
            ReasonCode::IaStepConditions,
            Outcome::Info,
            sources::IA_2025,
        ),
    ];
    Ok(d.finish())
}
