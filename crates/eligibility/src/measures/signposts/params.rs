//! Call-based programmes: CS-ICON call status and consortium rule.

use crate::params::{date, num, ParamValue, Parameter};
use crate::sources::VLAIO_ICON;

/// The signpost parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: "cs_icon.call_open", value: ParamValue::Flag(true), valid_from: date(2022, 1, 1), valid_until: Some(date(2024, 1, 31)), source: VLAIO_ICON, note: "CS-ICON 2022 call (dates of opening approximated to the call year)." },
    Parameter { id: "cs_icon.call_open", value: ParamValue::Flag(false), valid_from: date(2024, 2, 1), valid_until: None, source: VLAIO_ICON, note: "\"De AI-ICON 2022 en CS-ICON 2022 oproepen werden ondertussen afgesloten (sinds 1 februari 2024).\" No later call known." },
    Parameter { id: "cs_icon.min_companies", value: num(3), valid_from: date(2022, 1, 1), valid_until: None, source: VLAIO_ICON, note: "A Flemish research organisation and at least three mutually independent Flemish companies (seed 001)." },
];
