//! Innovatieve starterssteun: fixed amount and age limit.

use crate::params::{date, money, num, Parameter};
use crate::sources::VLAIO_ISS;

/// The innovative starter parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter {
        id: "iss.amount",
        value: money(50_000),
        valid_from: date(2021, 1, 1),
        valid_until: None,
        source: VLAIO_ISS,
        note: "\"een financiële subsidie van € 50.000\", paid as two instalments.",
    },
    Parameter {
        id: "iss.instalment",
        value: money(25_000),
        valid_from: date(2021, 1, 1),
        valid_until: None,
        source: VLAIO_ISS,
        note: "Two instalments of €25,000 (at decision or incorporation, and at closure).",
    },
    Parameter {
        id: "iss.max_age_years",
        value: num(3),
        valid_from: date(2021, 1, 1),
        valid_until: Some(date(2021, 12, 31)),
        source: VLAIO_ISS,
        note: "First call (2021): \"jonger dan 3 jaar\".",
    },
    Parameter {
        id: "iss.max_age_years",
        value: num(2),
        valid_from: date(2022, 1, 1),
        valid_until: None,
        source: VLAIO_ISS,
        note: "From the 2022 call and in seeds 000/001: \"jonger dan twee jaar\".",
    },
];
