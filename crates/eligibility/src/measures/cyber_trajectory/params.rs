//! Cybersecurity verbetertrajecten: rates, cost range and the once-per-4-years rule.

use crate::params::{date, money, num, pct, Parameter};
use crate::sources::{SEED_001, VLAIO_CS_WIE};

const FROM: crate::dates::Date = date(2023, 3, 1);

/// The cybersecurity trajectory parameters (terms of 1 Mar 2023 and seed 001; the 2021
/// launch terms are not modelled).
pub static PARAMS: &[Parameter] = &[
    Parameter { id: "cyber.rate.sme", value: pct(50), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"VLAIO subsidieert 50% … als het gaat om een kmo of een maatwerkbedrijf\". 45 % under the 2021 launch terms (not modelled)." },
    Parameter { id: "cyber.rate.nis2", value: pct(35), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"Voor niet-kmo's die wel onder de NIS2-richtlijn vallen bedraagt de tussenkomst van VLAIO 35%\". Start date unverified (seed 001 is undated); modelled with the 2023 terms." },
    Parameter { id: "cyber.cost.min", value: money(8_500), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"De kostprijs van de verbetertrajecten varieert van € 8.500 tot maximum € 35.000.\" The VLAIO page of 1 Mar 2023 said €9,200; the decision uses the seed value." },
    Parameter { id: "cyber.cost.max", value: money(35_000), valid_from: FROM, valid_until: None, source: SEED_001, note: "\"tot maximum € 35.000\"." },
    Parameter { id: "cyber.repeat_years", value: num(4), valid_from: FROM, valid_until: None, source: VLAIO_CS_WIE, note: "Support only once per 4 years." },
];
