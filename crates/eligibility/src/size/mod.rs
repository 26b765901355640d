//! Company size: the EU SME class (Recommendation 2003/361/EC, with partner and linked
//! enterprises, exempt investors, public ownership and the two-consecutive-years rule) and
//! the fiscal small-company test (Companies Code art. 1:24).
//!
//! Missing answers widen the result to a range (`best`..`worst`), so a measure that only
//! needs "is it an SME?" can still decide when the exact class is unknown.

pub mod params;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::money::{Money, Quantity};
use crate::report::{EuSize, FiscalSize, Outcome, Reason, ReasonCode};
use crate::scenario::{Company, LegalForm};
use crate::sources;
use rust_decimal::Decimal;

/// Figures of one year; `None` = not answered.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    /// Staff (AWU / FTE).
    pub staff: Option<Decimal>,
    /// Turnover.
    pub turnover: Option<Decimal>,
    /// Balance-sheet total.
    pub balance: Option<Decimal>,
}

/// The size assessment used by the measures.
#[derive(Debug, Clone, PartialEq)]
pub struct SizeAssessment {
    /// Most favourable EU class the answers allow.
    pub eu_best: EuSize,
    /// Least favourable EU class the answers allow.
    pub eu_worst: EuSize,
    /// The EU class for the report (`Unknown` unless best = worst).
    pub eu: EuSize,
    /// Fiscal size.
    pub fiscal: FiscalSize,
    /// How it was determined.
    pub reasons: Vec<Reason>,
    /// Field paths whose absence keeps the size open.
    pub missing: Vec<String>,
}

impl SizeAssessment {
    /// `Some(true)` when certainly an SME, `Some(false)` when certainly not, else `None`.
    pub fn is_sme(&self) -> Option<bool> {
        tri(self.eu_best.is_sme(), self.eu_worst.is_sme())
    }
    /// `Some(true)` when certainly micro or small, `Some(false)` when certainly not.
    pub fn is_small(&self) -> Option<bool> {
        tri(self.eu_best.is_small(), self.eu_worst.is_small())
    }
    /// The class for rates: `Some(Small|Medium|Large)` when the answers fix it (micro = small).
    pub fn rate_class(&self) -> Option<EuSize> {
        let norm = |s: EuSize| if s == EuSize::Micro { EuSize::Small } else { s };
        let (b, w) = (norm(self.eu_best), norm(self.eu_worst));
        (b == w).then_some(b)
    }
}

fn tri(best: bool, worst: bool) -> Option<bool> {
    match (best, worst) {
        (true, true) => Some(true),
        (false, false) => Some(false),
        _ => None,
    }
}

fn fmt_opt_money(d: Option<Decimal>) -> String {
    d.map(|v| Money(v).to_string())
        .unwrap_or_else(|| "?".into())
}
fn fmt_opt_qty(d: Option<Decimal>) -> String {
    d.map(|v| Quantity(v).to_string())
        .unwrap_or_else(|| "?".into())
}

fn overflow(path: &str) -> InputError {
    InputError::new(path, ErrorCode::Overflow, "figures too large to add up")
}

fn add(a: Option<Decimal>, b: Option<Decimal>, path: &str) -> Result<Option<Decimal>, InputError> {
    match (a, b) {
        (Some(x), Some(y)) => x.checked_add(y).map(Some).ok_or_else(|| overflow(path)),
        _ => Ok(None),
    }
}

fn share_of(v: Option<Decimal>, pct: Decimal, path: &str) -> Result<Option<Decimal>, InputError> {
    match v {
        Some(x) => x
            .checked_mul(pct)
            .and_then(|p| p.checked_div(Decimal::ONE_HUNDRED))
            .map(|p| Some(p.round_dp(2)))
            .ok_or_else(|| overflow(path)),
        None => Ok(None),
    }
}

/// EU class of one year's figures as a (best, worst) range.
fn eu_class(f: &Figures, date: Date) -> Result<(EuSize, EuSize), &'static str> {
    let levels = [
        (EuSize::Micro, "eu.micro"),
        (EuSize::Small, "eu.small"),
        (EuSize::Medium, "eu.medium"),
    ];
    let mut best = None;
    let mut worst = None;
    for (class, prefix) in levels {
        let (staff_id, turnover_id, balance_id) = match prefix {
            "eu.micro" => ("eu.micro.staff", "eu.micro.turnover", "eu.micro.balance"),
            "eu.small" => ("eu.small.staff", "eu.small.turnover", "eu.small.balance"),
            _ => ("eu.medium.staff", "eu.medium.turnover", "eu.medium.balance"),
        };
        let staff_lim = crate::params::decimal(staff_id, date)?;
        let t_lim = crate::params::decimal(turnover_id, date)?;
        let b_lim = crate::params::decimal(balance_id, date)?;
        // Each test is Some(true/false) or None when unknown.
        let staff_ok = f.staff.map(|s| s < staff_lim);
        let t_ok = f.turnover.map(|t| t <= t_lim);
        let b_ok = f.balance.map(|b| b <= b_lim);
        let money_ok = match (t_ok, b_ok) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (Some(false), Some(false)) => Some(false),
            _ => None,
        };
        let fits = match (staff_ok, money_ok) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (Some(true), Some(true)) => Some(true),
            _ => None,
        };
        // best: first class that may fit; worst: first class that surely fits.
        if best.is_none() && fits != Some(false) {
            best = Some(class);
        }
        if worst.is_none() && fits == Some(true) {
            worst = Some(class);
        }
    }
    Ok((
        best.unwrap_or(EuSize::Large),
        worst.unwrap_or(EuSize::Large),
    ))
}

/// Number of fiscal criteria exceeded: (surely exceeded, unknown).
fn fiscal_exceeded(f: &Figures, date: Date) -> Result<(u8, u8), &'static str> {
    let staff = crate::params::decimal("fiscal.staff", date)?;
    let turnover = crate::params::decimal("fiscal.turnover", date)?;
    let balance = crate::params::decimal("fiscal.balance", date)?;
    let mut exceeded = 0;
    let mut unknown = 0;
    for (v, lim) in [
        (f.staff, staff),
        (f.turnover, turnover),
        (f.balance, balance),
    ] {
        match v {
            Some(x) if x > lim => exceeded += 1,
            Some(_) => {}
            None => unknown += 1,
        }
    }
    Ok((exceeded, unknown))
}

fn fiscal_class(f: &Figures, date: Date) -> Result<(FiscalSize, u8), &'static str> {
    let max = crate::params::decimal("fiscal.max_exceeded", date)?;
    let (exceeded, unknown) = fiscal_exceeded(f, date)?;
    let max = u8::try_from(max.mantissa()).unwrap_or(1);
    let class = if exceeded > max {
        FiscalSize::NotSmall
    } else if exceeded + unknown <= max {
        FiscalSize::Small
    } else {
        FiscalSize::Unknown
    };
    Ok((class, exceeded))
}

fn code_range(best: EuSize, worst: EuSize) -> String {
    if best == worst {
        best.code().to_string()
    } else {
        format!("{}-{}", best.code(), worst.code())
    }
}

/// Assesses the company's size on `date`. Errors only on arithmetic overflow.
pub fn assess(company: &Company, date: Date) -> Result<SizeAssessment, InputError> {
    let mut reasons = Vec::new();
    let mut missing = Vec::new();
    let src_eu = sources::EU_SME;

    let own = Figures {
        staff: company.staff_awu.map(|q| q.0),
        turnover: company.turnover.map(|m| m.0),
        balance: company.balance_sheet_total.map(|m| m.0),
    };
    let previous = company.previous_year.as_ref().map(|p| Figures {
        staff: p.staff_awu.map(|q| q.0),
        turnover: p.turnover.map(|m| m.0),
        balance: p.balance_sheet_total.map(|m| m.0),
    });
    for (v, path) in [
        (own.staff.is_none(), "company.staff_awu"),
        (
            own.turnover.is_none() && own.balance.is_none(),
            "company.turnover",
        ),
    ] {
        if v {
            missing.push(path.to_string());
        }
    }
    reasons.push(
        Reason::new(ReasonCode::SizeOwnFigures, Outcome::Info, src_eu)
            .with("staff", fmt_opt_qty(own.staff))
            .with("turnover", fmt_opt_money(own.turnover))
            .with("balance", fmt_opt_money(own.balance)),
    );
    if let Some(founded) = company.founded {
        if founded.add_years(1).is_some_and(|d| d > date) {
            reasons.push(
                Reason::new(
                    ReasonCode::SizeEstimates,
                    Outcome::Info,
                    sources::VLAIO_KMO_DEFINITIE,
                )
                .with("founded", founded),
            );
        }
    }

    // Aggregation of holdings: EU (partners in proportion, linked 100 %) and fiscal
    // (linked 100 % only). Added to both the latest and the previous year.
    let partner_min =
        crate::params::decimal("eu.partner.min_share", date).unwrap_or(Decimal::from(25));
    let linked_above =
        crate::params::decimal("eu.linked.above_share", date).unwrap_or(Decimal::from(50));
    let mut eu_add = Figures {
        staff: Some(Decimal::ZERO),
        turnover: Some(Decimal::ZERO),
        balance: Some(Decimal::ZERO),
    };
    let mut fiscal_add = eu_add;
    let mut holdings_open = false;
    match &company.holdings {
        None => {
            holdings_open = true;
            missing.push("company.holdings".into());
            reasons.push(
                Reason::new(ReasonCode::SizeHoldingIncomplete, Outcome::Unknown, src_eu)
                    .with("field", "company.holdings"),
            );
        }
        Some(list) => {
            for (i, h) in list.iter().enumerate() {
                let base = format!("company.holdings[{i}]");
                let name = h.name.clone().unwrap_or_else(|| format!("#{}", i + 1));
                let control = h.control == Some(true);
                let share = h.share_pct.map(|p| p.0);
                let linked = control || share.is_some_and(|s| s > linked_above);
                if share.is_none() && !control {
                    holdings_open = true;
                    missing.push(format!("{base}.share_pct"));
                    reasons.push(
                        Reason::new(ReasonCode::SizeHoldingIncomplete, Outcome::Unknown, src_eu)
                            .with("name", &name)
                            .with("field", format!("{base}.share_pct")),
                    );
                    continue;
                }
                let share = share.unwrap_or(Decimal::ONE_HUNDRED);
                let hf = Figures {
                    staff: h.staff_awu.map(|q| q.0),
                    turnover: h.turnover.map(|m| m.0),
                    balance: h.balance_sheet_total.map(|m| m.0),
                };
                let exempt = h.exempt_investor == Some(true) && !linked;
                if !linked && (exempt || share < partner_min) {
                    let code = if exempt {
                        ReasonCode::SizeHoldingExemptInvestor
                    } else {
                        ReasonCode::SizeHoldingNotAdded
                    };
                    reasons.push(
                        Reason::new(code, Outcome::Info, src_eu)
                            .with("name", &name)
                            .with("share", Quantity(share)),
                    );
                    continue;
                }
                for (v, field) in [
                    (hf.staff, "staff_awu"),
                    (hf.turnover, "turnover"),
                    (hf.balance, "balance_sheet_total"),
                ] {
                    if v.is_none() {
                        holdings_open = true;
                        missing.push(format!("{base}.{field}"));
                    }
                }
                if linked {
                    eu_add.staff = add(eu_add.staff, hf.staff, &base)?;
                    eu_add.turnover = add(eu_add.turnover, hf.turnover, &base)?;
                    eu_add.balance = add(eu_add.balance, hf.balance, &base)?;
                    fiscal_add = eu_add_linked(fiscal_add, &hf, &base)?;
                    reasons.push(
                        Reason::new(ReasonCode::SizeHoldingLinked, Outcome::Info, src_eu)
                            .with("name", &name)
                            .with("share", Quantity(share))
                            .with("control", control)
                            .with("staff", fmt_opt_qty(hf.staff))
                            .with("turnover", fmt_opt_money(hf.turnover))
                            .with("balance", fmt_opt_money(hf.balance)),
                    );
                } else {
                    let s = share_of(hf.staff, share, &base)?;
                    let t = share_of(hf.turnover, share, &base)?;
                    let b = share_of(hf.balance, share, &base)?;
                    eu_add.staff = add(eu_add.staff, s, &base)?;
                    eu_add.turnover = add(eu_add.turnover, t, &base)?;
                    eu_add.balance = add(eu_add.balance, b, &base)?;
                    reasons.push(
                        Reason::new(ReasonCode::SizeHoldingPartner, Outcome::Info, src_eu)
                            .with("name", &name)
                            .with("share", Quantity(share))
                            .with("staff", fmt_opt_qty(s))
                            .with("turnover", fmt_opt_money(t))
                            .with("balance", fmt_opt_money(b)),
                    );
                }
            }
        }
    }

    let sum = |f: &Figures, a: &Figures| -> Result<Figures, InputError> {
        Ok(Figures {
            staff: add(f.staff, a.staff, "company.staff_awu")?,
            turnover: add(f.turnover, a.turnover, "company.turnover")?,
            balance: add(f.balance, a.balance, "company.balance_sheet_total")?,
        })
    };
    let eu_latest = sum(&own, &eu_add)?;
    let eu_prev = previous.as_ref().map(|p| sum(p, &eu_add)).transpose()?;
    let fiscal_latest = sum(&own, &fiscal_add)?;
    let fiscal_prev = previous.as_ref().map(|p| sum(p, &fiscal_add)).transpose()?;

    if company.holdings.as_ref().is_some_and(|h| !h.is_empty()) {
        reasons.push(
            Reason::new(ReasonCode::SizeEuFigures, Outcome::Info, src_eu)
                .with("staff", fmt_opt_qty(eu_latest.staff))
                .with("turnover", fmt_opt_money(eu_latest.turnover))
                .with("balance", fmt_opt_money(eu_latest.balance)),
        );
    }

    // EU class.
    let (mut best, mut worst) = match eu_class(&eu_latest, date) {
        Ok(r) => r,
        Err(_) => (EuSize::Micro, EuSize::Large),
    };
    reasons.push(
        Reason::new(
            ReasonCode::SizeEuClass,
            if best == worst {
                Outcome::Info
            } else {
                Outcome::Unknown
            },
            src_eu,
        )
        .with("year", "latest")
        .with("class", code_range(best, worst)),
    );
    if let Some(prev) = eu_prev {
        let (pb, pw) = eu_class(&prev, date).unwrap_or((EuSize::Micro, EuSize::Large));
        reasons.push(
            Reason::new(
                ReasonCode::SizeEuClass,
                if pb == pw {
                    Outcome::Info
                } else {
                    Outcome::Unknown
                },
                src_eu,
            )
            .with("year", "previous")
            .with("class", code_range(pb, pw)),
        );
        if best == worst && pb == pw {
            if pb != best {
                reasons.push(
                    Reason::new(
                        ReasonCode::SizeEuTwoYears,
                        Outcome::Info,
                        sources::VLAIO_KMO_DEFINITIE,
                    )
                    .with("latest", best.code())
                    .with("previous", pb.code())
                    .with("applied", pb.code()),
                );
                best = pb;
                worst = pw;
            }
        } else {
            best = best.min(pb);
            worst = worst.max(pw);
        }
    }
    if holdings_open {
        worst = EuSize::Large;
    }
    // Public ownership.
    let public_max =
        crate::params::decimal("eu.public.max_share", date).unwrap_or(Decimal::from(25));
    match company.public_ownership_pct {
        Some(p) if p.0 >= public_max => {
            reasons.push(
                Reason::new(ReasonCode::SizePublicOwnership, Outcome::Fail, src_eu)
                    .with("pct", p)
                    .with("threshold", Quantity(public_max)),
            );
            best = EuSize::Large;
            worst = EuSize::Large;
        }
        Some(p) => reasons.push(
            Reason::new(ReasonCode::SizePublicOwnership, Outcome::Pass, src_eu)
                .with("pct", p)
                .with("threshold", Quantity(public_max)),
        ),
        None => {
            missing.push("company.public_ownership_pct".into());
            reasons.push(
                Reason::new(ReasonCode::SizePublicOwnership, Outcome::Unknown, src_eu)
                    .with("threshold", Quantity(public_max)),
            );
            worst = EuSize::Large;
        }
    }
    let eu = if best == worst { best } else { EuSize::Unknown };
    if eu == EuSize::Unknown {
        reasons.push(
            Reason::new(ReasonCode::SizeEuUnknown, Outcome::Unknown, src_eu)
                .with("best", best.code())
                .with("worst", worst.code()),
        );
    }

    // Fiscal size.
    let src_fiscal = crate::params::source_of("fiscal.turnover", date);
    let fiscal = if company.legal_form == Some(LegalForm::Eenmanszaak) {
        reasons.push(Reason::new(
            ReasonCode::SizeFiscalNaturalPerson,
            Outcome::Pass,
            sources::SEED_000,
        ));
        FiscalSize::Small
    } else {
        match (
            crate::params::decimal("fiscal.staff", date),
            crate::params::decimal("fiscal.turnover", date),
            crate::params::decimal("fiscal.balance", date),
        ) {
            (Ok(s), Ok(t), Ok(b)) => {
                reasons.push(
                    Reason::new(ReasonCode::SizeFiscalThresholds, Outcome::Info, src_fiscal)
                        .with("staff", Quantity(s))
                        .with("turnover", Money(t))
                        .with("balance", Money(b)),
                );
                if company.holdings.as_ref().is_some_and(|h| !h.is_empty()) {
                    reasons.push(Reason::new(
                        ReasonCode::SizeFiscalLinkedOnly,
                        Outcome::Info,
                        src_fiscal,
                    ));
                }
                let (latest, exceeded) =
                    fiscal_class(&fiscal_latest, date).unwrap_or((FiscalSize::Unknown, 0));
                reasons.push(
                    Reason::new(ReasonCode::SizeFiscalClass, Outcome::Info, src_fiscal)
                        .with("year", "latest")
                        .with("exceeded", exceeded)
                        .with("class", latest.code()),
                );
                let mut fiscal = latest;
                if let Some(prev) = fiscal_prev {
                    let (p, pe) = fiscal_class(&prev, date).unwrap_or((FiscalSize::Unknown, 0));
                    reasons.push(
                        Reason::new(ReasonCode::SizeFiscalClass, Outcome::Info, src_fiscal)
                            .with("year", "previous")
                            .with("exceeded", pe)
                            .with("class", p.code()),
                    );
                    if p != latest {
                        fiscal = if latest != FiscalSize::Unknown && p != FiscalSize::Unknown {
                            reasons.push(
                                Reason::new(
                                    ReasonCode::SizeFiscalTwoYears,
                                    Outcome::Info,
                                    src_fiscal,
                                )
                                .with("latest", latest.code())
                                .with("previous", p.code())
                                .with("applied", p.code()),
                            );
                            p
                        } else {
                            FiscalSize::Unknown
                        };
                    }
                }
                let linked_open = company.holdings.is_none()
                    || company.holdings.as_ref().is_some_and(|list| {
                        list.iter().any(|h| {
                            let linked = h.control == Some(true)
                                || h.share_pct.is_some_and(|s| s.0 > linked_above);
                            let unknown_share = h.share_pct.is_none() && h.control != Some(true);
                            unknown_share
                                || (linked
                                    && (h.staff_awu.is_none()
                                        || h.turnover.is_none()
                                        || h.balance_sheet_total.is_none()))
                        })
                    });
                if linked_open && fiscal == FiscalSize::Small {
                    fiscal = FiscalSize::Unknown;
                }
                if fiscal == FiscalSize::Unknown {
                    reasons.push(Reason::new(
                        ReasonCode::SizeFiscalUnknown,
                        Outcome::Unknown,
                        src_fiscal,
                    ));
                }
                fiscal
            }
            _ => {
                reasons.push(
                    Reason::new(ReasonCode::SizeFiscalUnknown, Outcome::Unknown, src_fiscal)
                        .with("date", date),
                );
                FiscalSize::Unknown
            }
        }
    };
    missing.sort();
    missing.dedup();
    Ok(SizeAssessment {
        eu_best: best,
        eu_worst: worst,
        eu,
        fiscal,
        reasons,
        missing,
    })
}

fn eu_add_linked(acc: Figures, hf: &Figures, base: &str) -> Result<Figures, InputError> {
    Ok(Figures {
        staff: add(acc.staff, hf.staff, base)?,
        turnover: add(acc.turnover, hf.turnover, base)?,
        balance: add(acc.balance, hf.balance, base)?,
    })
}
