//! Investeringsaftrek: the regime for investments from 1 Jan 2025.

use crate::params::{date, pct, Parameter};
use crate::sources::{IA_2025, SEED_000};

/// The investeringsaftrek parameters. Before 2025 the older regime is not modelled.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: "ia.rate.basic", value: pct(10), valid_from: date(2025, 1, 1), valid_until: None, source: SEED_000, note: "\"basisaftrek … van 10% als je een eenmanszaak of kleine onderneming bent\". Investments acquired from 1 Jan 2025; fixed, no longer indexed." },
    Parameter { id: "ia.rate.digital", value: pct(20), valid_from: date(2025, 1, 1), valid_until: None, source: IA_2025, note: "Doubled basic deduction for the four digital categories; small companies and natural persons only (fiscusonweb shows 20 % for large companies too; every other source and seed 000 say small only)." },
];
