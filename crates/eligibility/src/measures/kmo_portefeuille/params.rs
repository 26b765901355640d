//! Kmo-portefeuille: rates, yearly ceiling, minimums, cost rules and the 2026 advice reform.

use crate::dates::Date;
use crate::params::{date, dec, money, num, pct, Param, ParamValue, Parameter};
use crate::sources::{DECISIONS, KMO_HISTORY, SEED_001, SEED_002, VLAIO_KMO_2026};
use rust_decimal::Decimal;

const START: crate::dates::Date = date(2016, 4, 1);

/// `kmo.rate.small`.
pub const RATE_SMALL: Param<Decimal> = Param::new("kmo.rate.small");
/// `kmo.rate.medium`.
pub const RATE_MEDIUM: Param<Decimal> = Param::new("kmo.rate.medium");
/// `kmo.rate.raised.small`.
pub const RATE_RAISED_SMALL: Param<Decimal> = Param::new("kmo.rate.raised.small");
/// `kmo.rate.raised.medium`.
pub const RATE_RAISED_MEDIUM: Param<Decimal> = Param::new("kmo.rate.raised.medium");
/// `kmo.raised_cyber`.
pub const RAISED_CYBER: Param<bool> = Param::new("kmo.raised_cyber");
/// `kmo.ceiling.small`.
pub const CEILING_SMALL: Param<Decimal> = Param::new("kmo.ceiling.small");
/// `kmo.ceiling.medium`.
pub const CEILING_MEDIUM: Param<Decimal> = Param::new("kmo.ceiling.medium");
/// `kmo.min.training`.
pub const MIN_TRAINING: Param<Decimal> = Param::new("kmo.min.training");
/// `kmo.min.advice`.
pub const MIN_ADVICE: Param<Decimal> = Param::new("kmo.min.advice");
/// `kmo.catering.per_person_day`.
pub const CATERING_PER_PERSON_DAY: Param<Decimal> = Param::new("kmo.catering.per_person_day");
/// `kmo.apply_within_days`.
pub const APPLY_WITHIN_DAYS: Param<Decimal> = Param::new("kmo.apply_within_days");
/// `kmo.finish_years_after`.
pub const FINISH_YEARS_AFTER: Param<Decimal> = Param::new("kmo.finish_years_after");
/// `kmo.advice_only_cyber`.
pub const ADVICE_ONLY_CYBER: Param<bool> = Param::new("kmo.advice_only_cyber");
/// `kmo.primary_sector.last_nace_division`: NACE divisions up to this one are the primary
/// sector, whose main activity the calculator does not assume acceptable (ruling 13).
pub const PRIMARY_SECTOR_LAST_NACE_DIVISION: Param<Decimal> =
    Param::new("kmo.primary_sector.last_nace_division");

/// The kmo-portefeuille parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: RATE_SMALL.id(), value: pct(40), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "BVR 26 Feb 2016 regime: small 40 % (third-party history)." },
    Parameter { id: RATE_SMALL.id(), value: pct(30), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "\"Kleine ondernemingen krijgen 30% subsidie\" (since 1 Dec 2019)." },
    Parameter { id: RATE_MEDIUM.id(), value: pct(30), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "BVR 26 Feb 2016 regime: medium 30 % (third-party history)." },
    Parameter { id: RATE_MEDIUM.id(), value: pct(20), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "\"Middelgrote ondernemingen krijgen 20% subsidie\" (since 1 Dec 2019)." },
    Parameter { id: RATE_RAISED_SMALL.id(), value: pct(40), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "No raised rate known before 1 Dec 2019: the standard small rate (40 %) applies to every theme." },
    Parameter { id: RATE_RAISED_MEDIUM.id(), value: pct(30), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "No raised rate known before 1 Dec 2019: the standard medium rate (30 %) applies to every theme." },
    Parameter { id: RATE_RAISED_SMALL.id(), value: pct(45), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "Raised rate for the themes energie-efficiëntie and cybersecurity. Start date of the energy-efficiency rate not found; modelled from 1 Dec 2019. Cybersecurity only for requests after 13 Sep 2021 (kmo.raised_cyber)." },
    Parameter { id: RATE_RAISED_MEDIUM.id(), value: pct(35), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "Raised rate 35 % for medium-sized enterprises; see kmo.rate.raised.small." },
    Parameter { id: RAISED_CYBER.id(), value: ParamValue::Flag(false), valid_from: START, valid_until: Some(date(2021, 9, 13)), source: SEED_001, note: "Before the cybersecurity raise: theme cybersecurity at the standard rate." },
    Parameter { id: RAISED_CYBER.id(), value: ParamValue::Flag(true), valid_from: date(2021, 9, 14), valid_until: None, source: SEED_001, note: "\"elke steunaanvraag die na 13 september 2021 ingediend wordt … cybersecurity krijgt een verhoogd steunpercentage van 45% … 35%\"." },
    Parameter { id: CEILING_SMALL.id(), value: money(10_000), valid_from: START, valid_until: Some(date(2019, 12, 31)), source: KMO_HISTORY, note: "Cap €10,000 per year for small enterprises before 2020 (third-party history)." },
    Parameter { id: CEILING_SMALL.id(), value: money(7_500), valid_from: date(2020, 1, 1), valid_until: None, source: SEED_002, note: "\"tot een maximum van € 7.500 op jaarbasis\", per calendar year, all themes together (since 1 Jan 2020)." },
    Parameter { id: CEILING_MEDIUM.id(), value: money(15_000), valid_from: START, valid_until: Some(date(2019, 12, 31)), source: KMO_HISTORY, note: "Cap €15,000 per year for medium-sized enterprises before 2020 (third-party history)." },
    Parameter { id: CEILING_MEDIUM.id(), value: money(7_500), valid_from: date(2020, 1, 1), valid_until: None, source: SEED_002, note: "\"eveneens tot een maximum van € 7.500 op jaarbasis\" (since 1 Jan 2020)." },
    Parameter { id: MIN_TRAINING.id(), value: money(100), valid_from: START, valid_until: None, source: SEED_002, note: "\"Het aanvaardbare projectbedrag voor opleiding dient minimum € 100 te bedragen\", excluding VAT. Read on the 2024 page; assumed unchanged since 2016." },
    Parameter { id: MIN_ADVICE.id(), value: money(500), valid_from: START, valid_until: None, source: SEED_002, note: "\"Het aanvaardbare projectbedrag voor advies dient minimum € 500 te bedragen\". Assumed unchanged since 2016." },
    Parameter { id: CATERING_PER_PERSON_DAY.id(), value: ParamValue::Money(dec(25, 0)), valid_from: START, valid_until: None, source: SEED_002, note: "\"Catering bij opleiding tot € 25 per persoon per dag\"." },
    Parameter { id: APPLY_WITHIN_DAYS.id(), value: num(14), valid_from: START, valid_until: None, source: SEED_002, note: "\"Dit moet gebeuren binnen de 14 kalenderdagen na aanvang van de prestaties.\"" },
    Parameter { id: FINISH_YEARS_AFTER.id(), value: num(1), valid_from: START, valid_until: None, source: SEED_002, note: "\"Een project moet worden afgewerkt vóór afloop van het daaropvolgende jaar\": 31 Dec of the year after the request." },
    Parameter { id: PRIMARY_SECTOR_LAST_NACE_DIVISION.id(), value: num(3), valid_from: START, valid_until: None, source: DECISIONS, note: "NACE divisions 01-03 (agriculture, forestry, fishing): the primary sector is excluded (\"de primaire sector is uitgesloten\", Boerenbond, third party; VLAIO's list itself was not found). For such a code the calculator does not assume an acceptable main activity (ruling 13)." },
    Parameter { id: ADVICE_ONLY_CYBER.id(), value: ParamValue::Flag(false), valid_from: START, valid_until: Some(date(2026, 1, 31)), source: SEED_002, note: "Until 31 Jan 2026 advice on every theme (seed 002: \"advies over digitalisering of gebruik van artificiële intelligentie\")." },
    Parameter { id: ADVICE_ONLY_CYBER.id(), value: ParamValue::Flag(true), valid_from: date(2026, 2, 1), valid_until: None, source: VLAIO_KMO_2026, note: "From 1 Feb 2026 advice only on cybersecurity; training unchanged. Contradicts seed 002 (5 Jun 2024), which predates the reform; the decision follows the reform." },
];

/// The kmo-portefeuille parameters in force on one date.
pub(crate) struct InForce {
    pub rate_small: Decimal,
    pub rate_medium: Decimal,
    pub raised_small: Decimal,
    pub raised_medium: Decimal,
    pub raised_cyber: bool,
    pub ceiling_small: Decimal,
    pub ceiling_medium: Decimal,
    pub min_training: Decimal,
    pub min_advice: Decimal,
    pub catering: Decimal,
    pub apply_days: Decimal,
    pub finish_years: Decimal,
    pub advice_only_cyber: bool,
    /// The first day of the `advice_only_cyber` period in force (for the reason that
    /// names it).
    pub advice_only_cyber_since: Option<Date>,
}

impl InForce {
    /// The values in force on `date`; `Err(id)` names a parameter without a period there.
    pub(crate) fn on(date: Date) -> Result<InForce, &'static str> {
        Ok(InForce {
            rate_small: RATE_SMALL.on(date)?,
            rate_medium: RATE_MEDIUM.on(date)?,
            raised_small: RATE_RAISED_SMALL.on(date)?,
            raised_medium: RATE_RAISED_MEDIUM.on(date)?,
            raised_cyber: RAISED_CYBER.on(date)?,
            ceiling_small: CEILING_SMALL.on(date)?,
            ceiling_medium: CEILING_MEDIUM.on(date)?,
            min_training: MIN_TRAINING.on(date)?,
            min_advice: MIN_ADVICE.on(date)?,
            catering: CATERING_PER_PERSON_DAY.on(date)?,
            apply_days: APPLY_WITHIN_DAYS.on(date)?,
            finish_years: FINISH_YEARS_AFTER.on(date)?,
            advice_only_cyber: ADVICE_ONLY_CYBER.on(date)?,
            advice_only_cyber_since: ADVICE_ONLY_CYBER.since(date),
        })
    }
}
