//! Innovatieve starterssteun: fixed amount and age limit.

use crate::dates::Date;
use crate::params::{date, money, num, Param, Parameter};
use crate::sources::VLAIO_ISS;
use rust_decimal::Decimal;

/// `iss.amount`.
pub const AMOUNT: Param<Decimal> = Param::new("iss.amount");
/// `iss.instalment`.
pub const INSTALMENT: Param<Decimal> = Param::new("iss.instalment");
/// `iss.max_age_years`.
pub const MAX_AGE_YEARS: Param<Decimal> = Param::new("iss.max_age_years");

/// The innovative starter parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter {
        id: AMOUNT.id(),
        value: money(50_000),
        valid_from: date(2021, 1, 1),
        valid_until: None,
        source: VLAIO_ISS,
        note: "\"een financiële subsidie van € 50.000\", paid as two instalments.",
    },
    Parameter {
        id: INSTALMENT.id(),
        value: money(25_000),
        valid_from: date(2021, 1, 1),
        valid_until: None,
        source: VLAIO_ISS,
        note: "Two instalments of €25,000 (at decision or incorporation, and at closure).",
    },
    Parameter {
        id: MAX_AGE_YEARS.id(),
        value: num(3),
        valid_from: date(2021, 1, 1),
        valid_until: Some(date(2021, 12, 31)),
        source: VLAIO_ISS,
        note: "First call (2021): \"jonger dan 3 jaar\".",
    },
    Parameter {
        id: MAX_AGE_YEARS.id(),
        value: num(2),
        valid_from: date(2022, 1, 1),
        valid_until: None,
        source: VLAIO_ISS,
        note: "From the 2022 call and in seeds 000/001: \"jonger dan twee jaar\".",
    },
];

/// The innovative starter parameters in force on one date.
pub(crate) struct InForce {
    pub amount: Decimal,
    pub instalment: Decimal,
    pub max_age_years: Decimal,
}

impl InForce {
    /// The values in force on `date`; `Err(id)` names a parameter without a period there.
    pub(crate) fn load(date: Date) -> Result<InForce, &'static str> {
        Ok(InForce {
            amount: AMOUNT.on(date)?,
            instalment: INSTALMENT.on(date)?,
            max_age_years: MAX_AGE_YEARS.on(date)?,
        })
    }
}
