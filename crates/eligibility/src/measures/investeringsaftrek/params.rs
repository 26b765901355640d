//! Investeringsaftrek: the regime for investments from 1 Jan 2025.

use crate::params::{date, pct, Param, Parameter};
use crate::sources::{IA_2025, SEED_000};
use rust_decimal::Decimal;

/// `ia.rate.basic`.
pub const RATE_BASIC: Param<Decimal> = Param::new("ia.rate.basic");
/// `ia.rate.digital`.
pub const RATE_DIGITAL: Param<Decimal> = Param::new("ia.rate.digital");

/// The investeringsaftrek parameters. Before 2025 the older regime is not modelled.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: RATE_BASIC.id(), value: pct(10), valid_from: date(2025, 1, 1), valid_until: None, source: SEED_000, note: "\"basisaftrek … van 10% als je een eenmanszaak of kleine onderneming bent\". Investments acquired from 1 Jan 2025; fixed, no longer indexed." },
    Parameter { id: RATE_DIGITAL.id(), value: pct(20), valid_from: date(2025, 1, 1), valid_until: None, source: IA_2025, note: "Doubled basic deduction for the four digital categories; small companies and natural persons only (fiscusonweb shows 20 % for large companies too; every other source and seed 000 say small only)." },
];
