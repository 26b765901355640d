//! Cybersecurity verbetertrajecten: rates, cost range and the once-per-4-years rule.

use crate::dates::Date;
use crate::params::{date, money, num, pct, Param, Parameter};
use crate::sources::{SEED_001, VLAIO_CS_WIE};
use rust_decimal::Decimal;

const FROM: crate::dates::Date = date(2023, 3, 1);

/// `cyber.rate.sme`.
pub const RATE_SME: Param<Decimal> = Param::new("cyber.rate.sme");
/// `cyber.rate.nis2`.
pub const RATE_NIS2: Param<Decimal> = Param::new("cyber.rate.nis2");
/// `cyber.cost.min`.
pub const COST_MIN: Param<Decimal> = Param::new("cyber.cost.min");
/// `cyber.cost.max`.
pub const COST_MAX: Param<Decimal> = Param::new("cyber.cost.max");
/// `cyber.repeat_years`.
pub const REPEAT_YEARS: Param<Decimal> = Param::new("cyber.repeat_years");
/// `cyber.public.max_share`: public bodies must hold less than this share (ruling 2).
pub const PUBLIC_MAX_SHARE: Param<Decimal> = Param::new("cyber.public.max_share");

/// The cybersecurity trajectory parameters (terms of 1 Mar 2023 and seed 001; the 2021
/// launch terms are not modelled).
pub static PARAMS: &[Parameter] = &[
    Parameter { id: RATE_SME.id(), value: pct(50), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"VLAIO subsidieert 50% … als het gaat om een kmo of een maatwerkbedrijf\". 45 % under the 2021 launch terms (not modelled)." },
    Parameter { id: RATE_NIS2.id(), value: pct(35), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"Voor niet-kmo's die wel onder de NIS2-richtlijn vallen bedraagt de tussenkomst van VLAIO 35%\". Start date unverified (seed 001 is undated); modelled with the 2023 terms." },
    Parameter { id: COST_MIN.id(), value: money(8_500), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"De kostprijs van de verbetertrajecten varieert van € 8.500 tot maximum € 35.000.\" The VLAIO page of 1 Mar 2023 said €9,200; the decision uses the seed value." },
    Parameter { id: COST_MAX.id(), value: money(35_000), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"tot maximum € 35.000\"." },
    Parameter { id: PUBLIC_MAX_SHARE.id(), value: pct(25), valid_from: FROM, valid_until: None, source: VLAIO_CS_WIE, note: "\"De participatie van een administratieve overheid is minder dan 25 procent\" (VLAIO's conditions): at 25 % or more the company is not eligible, whatever its NIS2 status (ruling 2 of 2026-11-28)." },
    Parameter { id: REPEAT_YEARS.id(), value: num(4), valid_from: FROM, valid_until: None, source: VLAIO_CS_WIE, note: "Support only once per 4 years." },
];

/// The cybersecurity trajectory parameters in force on one date.
pub(crate) struct InForce {
    pub rate_sme: Decimal,
    pub rate_nis2: Decimal,
    pub cost_min: Decimal,
    pub cost_max: Decimal,
    pub repeat_years: Decimal,
    pub public_max_share: Decimal,
}

impl InForce {
    /// The values in force on `date`; `Err(id)` names a parameter without a period there.
    pub(crate) fn load(date: Date) -> Result<InForce, &'static str> {
        Ok(InForce {
            rate_sme: RATE_SME.on(date)?,
            rate_nis2: RATE_NIS2.on(date)?,
            cost_min: COST_MIN.on(date)?,
            cost_max: COST_MAX.on(date)?,
            repeat_years: REPEAT_YEARS.on(date)?,
            public_max_share: PUBLIC_MAX_SHARE.on(date)?,
        })
    }
}
