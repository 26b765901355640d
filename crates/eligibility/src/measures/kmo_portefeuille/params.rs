//! Kmo-portefeuille: rates, yearly ceiling, minimums, cost rules and the 2026 advice reform.

use crate::params::{date, dec, money, num, pct, ParamValue, Parameter};
use crate::sources::{KMO_HISTORY, SEED_001, SEED_002, VLAIO_KMO_2026};

const START: crate::dates::Date = date(2016, 4, 1);

/// The kmo-portefeuille parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: "kmo.rate.small", value: pct(40), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "BVR 26 Feb 2016 regime: small 40 % (third-party history)." },
    Parameter { id: "kmo.rate.small", value: pct(30), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "\"Kleine ondernemingen krijgen 30% subsidie\" (since 1 Dec 2019)." },
    Parameter { id: "kmo.rate.medium", value: pct(30), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "BVR 26 Feb 2016 regime: medium 30 % (third-party history)." },
    Parameter { id: "kmo.rate.medium", value: pct(20), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "\"Middelgrote ondernemingen krijgen 20% subsidie\" (since 1 Dec 2019)." },
    Parameter { id: "kmo.rate.raised.small", value: pct(40), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "No raised rate known before 1 Dec 2019: the standard small rate (40 %) applies to every theme." },
    Parameter { id: "kmo.rate.raised.medium", value: pct(30), valid_from: START, valid_until: Some(date(2019, 11, 30)), source: KMO_HISTORY, note: "No raised rate known before 1 Dec 2019: the standard medium rate (30 %) applies to every theme." },
    Parameter { id: "kmo.rate.raised.small", value: pct(45), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "Raised rate for the themes energie-efficiëntie and cybersecurity. Start date of the energy-efficiency rate not found; modelled from 1 Dec 2019. Cybersecurity only for requests after 13 Sep 2021 (kmo.raised_cyber)." },
    Parameter { id: "kmo.rate.raised.medium", value: pct(35), valid_from: date(2019, 12, 1), valid_until: None, source: SEED_002, note: "Raised rate 35 % for medium-sized enterprises; see kmo.rate.raised.small." },
    Parameter { id: "kmo.raised_cyber", value: ParamValue::Flag(false), valid_from: START, valid_until: Some(date(2021, 9, 13)), source: SEED_001, note: "Before the cybersecurity raise: theme cybersecurity at the standard rate." },
    Parameter { id: "kmo.raised_cyber", value: ParamValue::Flag(true), valid_from: date(2021, 9, 14), valid_until: None, source: SEED_001, note: "\"elke steunaanvraag die na 13 september 2021 ingediend wordt … cybersecurity krijgt een verhoogd steunpercentage van 45% … 35%\"." },
    Parameter { id: "kmo.ceiling.small", value: money(10_000), valid_from: START, valid_until: Some(date(2019, 12, 31)), source: KMO_HISTORY, note: "Cap €10,000 per year for small enterprises before 2020 (third-party history)." },
    Parameter { id: "kmo.ceiling.small", value: money(7_500), valid_from: date(2020, 1, 1), valid_until: None, source: SEED_002, note: "\"tot een maximum van € 7.500 op jaarbasis\", per calendar year, all themes together (since 1 Jan 2020)." },
    Parameter { id: "kmo.ceiling.medium", value: money(15_000), valid_from: START, valid_until: Some(date(2019, 12, 31)), source: KMO_HISTORY, note: "Cap €15,000 per year for medium-sized enterprises before 2020 (third-party history)." },
    Parameter { id: "kmo.ceiling.medium", value: money(7_500), valid_from: date(2020, 1, 1), valid_until: None, source: SEED_002, note: "\"eveneens tot een maximum van € 7.500 op jaarbasis\" (since 1 Jan 2020)." },
    Parameter { id: "kmo.min.training", value: money(100), valid_from: START, valid_until: None, source: SEED_002, note: "\"Het aanvaardbare projectbedrag voor opleiding dient minimum € 100 te bedragen\", excluding VAT. Read on the 2024 page; assumed unchanged since 2016." },
    Parameter { id: "kmo.min.advice", value: money(500), valid_from: START, valid_until: None, source: SEED_002, note: "\"Het aanvaardbare projectbedrag voor advies dient minimum € 500 te bedragen\". Assumed unchanged since 2016." },
    Parameter { id: "kmo.catering.per_person_day", value: ParamValue::Money(dec(25, 0)), valid_from: START, valid_until: None, source: SEED_002, note: "\"Catering bij opleiding tot € 25 per persoon per dag\"." },
    Parameter { id: "kmo.apply_within_days", value: num(14), valid_from: START, valid_until: None, source: SEED_002, note: "\"Dit moet gebeuren binnen de 14 kalenderdagen na aanvang van de prestaties.\"" },
    Parameter { id: "kmo.finish_years_after", value: num(1), valid_from: START, valid_until: None, source: SEED_002, note: "\"Een project moet worden afgewerkt vóór afloop van het daaropvolgende jaar\": 31 Dec of the year after the request." },
    Parameter { id: "kmo.advice_only_cyber", value: ParamValue::Flag(false), valid_from: START, valid_until: Some(date(2026, 1, 31)), source: SEED_002, note: "Until 31 Jan 2026 advice on every theme (seed 002: \"advies over digitalisering of gebruik van artificiële intelligentie\")." },
    Parameter { id: "kmo.advice_only_cyber", value: ParamValue::Flag(true), valid_from: date(2026, 2, 1), valid_until: None, source: VLAIO_KMO_2026, note: "From 1 Feb 2026 advice only on cybersecurity; training unchanged. Contradicts seed 002 (5 Jun 2024), which predates the reform; the decision follows the reform." },
];
