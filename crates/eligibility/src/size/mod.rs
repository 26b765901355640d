//! Company size: the EU SME class (Recommendation 2003/361/EC, with partner and linked
//! enterprises, exempt investors, public ownership and the two-consecutive-years rule) and
//! the fiscal small-company test (Companies Code art. 1:24).
//!
//! Missing answers widen the result to a range (`best`..`worst`), so a measure that only
//! needs "is it an SME?" can still decide when the exact class is unknown.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::error::{ErrorCode, InputError};
use crate::money::{Money, Quantity};
use crate::report::{EuSize, FiscalSize, Outcome, Reason};
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
    use params::*;
    let levels = [
        (
            EuSize::Micro,
            [EU_MICRO_STAFF, EU_MICRO_TURNOVER, EU_MICRO_BALANCE],
        ),
        (
            EuSize::Small,
            [EU_SMALL_STAFF, EU_SMALL_TURNOVER, EU_SMALL_BALANCE],
        ),
        (
            EuSize::Medium,
            [EU_MEDIUM_STAFF, EU_MEDIUM_TURNOVER, EU_MEDIUM_BALANCE],
        ),
    ];
    let mut best = None;
    let mut worst = None;
    for (class, [staff, turnover, balance]) in levels {
        let staff_lim = staff.on(date)?;
        let t_lim = turnover.on(date)?;
        let b_lim = balance.on(date)?;
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
    let staff = params::FISCAL_STAFF.on(date)?;
    let turnover = params::FISCAL_TURNOVER.on(date)?;
    let balance = params::FISCAL_BALANCE.on(date)?;
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
    let max = params::FISCAL_MAX_EXCEEDED.on(date)?;
    let (exceeded, unknown) = fiscal_exceeded(f, date)?;
    let max = crate::params::whole(max)
        .and_then(|m| u8::try_from(m).ok())
        .ok_or(params::FISCAL_MAX_EXCEEDED.id())?;
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
    let mut reasons = Vec::with_capacity(16);
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
        Reason::new(reasons::OWN_FIGURES, Outcome::Info, src_eu)
            .with_opt("staff", own.staff.map(Quantity))
            .with_opt("turnover", own.turnover.map(Money))
            .with_opt("balance", own.balance.map(Money)),
    );
    if let Some(founded) = company.founded {
        if founded.add_years(1).is_some_and(|d| d > date) {
            reasons.push(
                Reason::new(
                    reasons::ESTIMATES,
                    Outcome::Info,
                    sources::VLAIO_KMO_DEFINITIE,
                )
                .with("founded", founded),
            );
        }
    }

    // Aggregation of holdings: EU (partners in proportion, linked 100 %) and fiscal
    // (linked 100 % only). Added to both the latest and the previous year.
    let partner_min = params::EU_PARTNER_MIN_SHARE.on_or_first(date);
    let linked_above = params::EU_LINKED_ABOVE_SHARE.on_or_first(date);
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
                Reason::new(reasons::HOLDING_INCOMPLETE, Outcome::Unknown, src_eu)
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
                        Reason::new(reasons::HOLDING_INCOMPLETE, Outcome::Unknown, src_eu)
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
                        reasons::HOLDING_EXEMPT_INVESTOR
                    } else {
                        reasons::HOLDING_NOT_ADDED
                    };
                    let threshold = (!exempt).then_some(Quantity(partner_min));
                    reasons.push(
                        Reason::new(code, Outcome::Info, src_eu)
                            .with("name", &name)
                            .with("share", Quantity(share))
                            .with_opt("threshold", threshold),
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
                        Reason::new(reasons::HOLDING_LINKED, Outcome::Info, src_eu)
                            .with("name", &name)
                            .with("share", Quantity(share))
                            .with("control", control)
                            .with_opt("staff", hf.staff.map(Quantity))
                            .with_opt("turnover", hf.turnover.map(Money))
                            .with_opt("balance", hf.balance.map(Money)),
                    );
                } else {
                    let s = share_of(hf.staff, share, &base)?;
                    let t = share_of(hf.turnover, share, &base)?;
                    let b = share_of(hf.balance, share, &base)?;
                    eu_add.staff = add(eu_add.staff, s, &base)?;
                    eu_add.turnover = add(eu_add.turnover, t, &base)?;
                    eu_add.balance = add(eu_add.balance, b, &base)?;
                    reasons.push(
                        Reason::new(reasons::HOLDING_PARTNER, Outcome::Info, src_eu)
                            .with("name", &name)
                            .with("share", Quantity(share))
                            .with_opt("staff", s.map(Quantity))
                            .with_opt("turnover", t.map(Money))
                            .with_opt("balance", b.map(Money)),
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
            Reason::new(reasons::EU_FIGURES, Outcome::Info, src_eu)
                .with_opt("staff", eu_latest.staff.map(Quantity))
                .with_opt("turnover", eu_latest.turnover.map(Money))
                .with_opt("balance", eu_latest.balance.map(Money)),
        );
    }

    // EU class.
    let (mut best, mut worst) = match eu_class(&eu_latest, date) {
        Ok(r) => r,
        Err(_) => (EuSize::Micro, EuSize::Large),
    };
    reasons.push(
        Reason::new(
            reasons::EU_CLASS,
            if best == worst {
                Outcome::Info
            } else {
                Outcome::Unknown
            },
            src_eu,
        )
        .with("year", "latest")
        .with("class", code_range(best, worst).as_str()),
    );
    if let Some(prev) = eu_prev {
        let (pb, pw) = eu_class(&prev, date).unwrap_or((EuSize::Micro, EuSize::Large));
        reasons.push(
            Reason::new(
                reasons::EU_CLASS,
                if pb == pw {
                    Outcome::Info
                } else {
                    Outcome::Unknown
                },
                src_eu,
            )
            .with("year", "previous")
            .with("class", code_range(pb, pw).as_str()),
        );
        if company.holdings.as_ref().is_some_and(|h| !h.is_empty()) {
            // The holdings have one set of figures: they count in both years (ruling 6).
            reasons.push(Reason::new(
                reasons::PREVIOUS_WITH_HOLDINGS,
                Outcome::Info,
                sources::DECISIONS,
            ));
        }
        if best == worst && pb == pw {
            if pb != best {
                reasons.push(
                    Reason::new(
                        reasons::EU_TWO_YEARS,
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
    let public_max = params::EU_PUBLIC_MAX_SHARE.on_or_first(date);
    match company.public_ownership_pct {
        Some(p) if p.0 >= public_max => {
            reasons.push(
                Reason::new(reasons::PUBLIC_OWNERSHIP, Outcome::Fail, src_eu)
                    .with("pct", p)
                    .with("threshold", Quantity(public_max)),
            );
            best = EuSize::Large;
            worst = EuSize::Large;
        }
        Some(p) => reasons.push(
            Reason::new(reasons::PUBLIC_OWNERSHIP, Outcome::Pass, src_eu)
                .with("pct", p)
                .with("threshold", Quantity(public_max)),
        ),
        None => {
            missing.push("company.public_ownership_pct".into());
            reasons.push(
                Reason::new(reasons::PUBLIC_OWNERSHIP, Outcome::Unknown, src_eu)
                    .with("threshold", Quantity(public_max)),
            );
            worst = EuSize::Large;
        }
    }
    let eu = if best == worst { best } else { EuSize::Unknown };
    if eu == EuSize::Unknown {
        reasons.push(
            Reason::new(reasons::EU_UNKNOWN, Outcome::Unknown, src_eu)
                .with("best", best.code())
                .with("worst", worst.code()),
        );
    }

    // Fiscal size.
    let src_fiscal = params::FISCAL_TURNOVER.source(date);
    // An eenmanszaak gets the same test on its figures (ruling 9); the investment
    // deduction lets it qualify as a natural person whatever the outcome.
    if company.legal_form == Some(LegalForm::Eenmanszaak) {
        reasons.push(Reason::new(
            reasons::FISCAL_NATURAL_PERSON,
            Outcome::Info,
            sources::SEED_000,
        ));
    }
    // The previous year is tested against the thresholds in force a year earlier (ruling 7).
    let previous_date = date.add_years(-1).unwrap_or(date);
    let fiscal = {
        match (
            params::FISCAL_STAFF.on(date),
            params::FISCAL_TURNOVER.on(date),
            params::FISCAL_BALANCE.on(date),
        ) {
            (Ok(s), Ok(t), Ok(b)) => {
                reasons.push(
                    Reason::new(reasons::FISCAL_THRESHOLDS, Outcome::Info, src_fiscal)
                        .with("year", "latest")
                        .with("staff", Quantity(s))
                        .with("turnover", Money(t))
                        .with("balance", Money(b)),
                );
                if company.holdings.as_ref().is_some_and(|h| !h.is_empty()) {
                    reasons.push(Reason::new(
                        reasons::FISCAL_LINKED_ONLY,
                        Outcome::Info,
                        src_fiscal,
                    ));
                }
                let (latest, exceeded) =
                    fiscal_class(&fiscal_latest, date).unwrap_or((FiscalSize::Unknown, 0));
                reasons.push(
                    Reason::new(reasons::FISCAL_CLASS, Outcome::Info, src_fiscal)
                        .with("year", "latest")
                        .with("exceeded", exceeded)
                        .with("class", latest.code()),
                );
                let mut fiscal = latest;
                if let Some(prev) = fiscal_prev {
                    let (p, pe) =
                        fiscal_class(&prev, previous_date).unwrap_or((FiscalSize::Unknown, 0));
                    if let (Ok(s), Ok(t), Ok(b)) = (
                        params::FISCAL_STAFF.on(previous_date),
                        params::FISCAL_TURNOVER.on(previous_date),
                        params::FISCAL_BALANCE.on(previous_date),
                    ) {
                        reasons.push(
                            Reason::new(
                                reasons::FISCAL_THRESHOLDS,
                                Outcome::Info,
                                params::FISCAL_TURNOVER.source(previous_date),
                            )
                            .with("year", "previous")
                            .with("staff", Quantity(s))
                            .with("turnover", Money(t))
                            .with("balance", Money(b)),
                        );
                    }
                    reasons.push(
                        Reason::new(reasons::FISCAL_CLASS, Outcome::Info, src_fiscal)
                            .with("year", "previous")
                            .with("exceeded", pe)
                            .with("class", p.code()),
                    );
                    if p != latest {
                        fiscal = if latest != FiscalSize::Unknown && p != FiscalSize::Unknown {
                            reasons.push(
                                Reason::new(reasons::FISCAL_TWO_YEARS, Outcome::Info, src_fiscal)
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
                        reasons::FISCAL_UNKNOWN,
                        Outcome::Unknown,
                        src_fiscal,
                    ));
                }
                fiscal
            }
            _ => {
                reasons.push(
                    Reason::new(reasons::FISCAL_UNKNOWN, Outcome::Unknown, src_fiscal)
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
