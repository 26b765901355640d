//! Arbitrary bytes -> `parse_scenario` -> `evaluate` (and the report back to JSON).
//! The engine promises to be total: any input gives a report or an `InputError`, never a
//! panic, an overflow or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = eligibility::Date::new(2026, 11, 22).expect("valid date");
    let Ok(scenario) = eligibility::parse_scenario(&text) else {
        return;
    };
    if let Ok(report) = eligibility::evaluate(&scenario, today) {
        // Serialising must not panic either, and the report must read back.
        let json = serde_json::to_string(&report).expect("report serialises");
        let _: eligibility::Report = serde_json::from_str(&json).expect("report reads back");
    }
});
