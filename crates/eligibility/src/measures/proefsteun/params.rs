//! Proefsteun: its rate.

use crate::params::{date, pct, Param, Parameter};
use crate::sources::DECISIONS;
use rust_decimal::Decimal;

/// `proef.rate`.
pub const RATE: Param<Decimal> = Param::new("proef.rate");

/// The proefsteun's parameters.
pub static PARAMS: &[Parameter] = &[Parameter {
    id: "proef.rate",
    value: pct(10),
    valid_from: date(2020, 1, 1),
    valid_until: None,
    source: DECISIONS,
    note: "Throw-away.",
}];
