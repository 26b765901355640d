//! De-minimis ceilings and the rolling window.

use crate::params::{date, money, num, Parameter};
use crate::sources::{DM_2013, DM_2023};

/// The de-minimis parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: "dm.ceiling", value: money(200_000), valid_from: date(2014, 1, 1), valid_until: Some(date(2023, 12, 31)), source: DM_2013, note: "Reg. 1407/2013: €200,000 over the current and two previous fiscal years (modelled as a rolling 3-year window)." },
    Parameter { id: "dm.ceiling", value: money(300_000), valid_from: date(2024, 1, 1), valid_until: None, source: DM_2023, note: "Reg. 2023/2831 (applies 1 Jan 2024 – 31 Dec 2030): €300,000 per single undertaking over any period of three years." },
    Parameter { id: "dm.window_years", value: num(3), valid_from: date(2014, 1, 1), valid_until: None, source: DM_2023, note: "Aid granted on or after the date minus three years counts." },
];
