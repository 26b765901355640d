//! The report's kmo-portefeuille ceiling block agrees with the measure on every golden
//! scenario: the ceiling and room of its reasons, and the plan's amount within the room.

use eligibility::{evaluate, parse_scenario, Date, MeasureId};
use std::path::Path;

#[test]
fn the_ceiling_block_matches_the_kmo_portefeuille_measure() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    let today = Date::parse("2026-11-22").unwrap();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !name.ends_with(".json") || name.ends_with(".expected.json") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let Ok(report) = parse_scenario(&text).and_then(|s| evaluate(&s, today)) else {
            continue;
        };
        let kmo = report.measure(MeasureId::KmoPortefeuille).unwrap();
        let reason = kmo
            .reasons
            .iter()
            .find(|r| r.code == eligibility::kmo_portefeuille::reasons::CEILING);
        match (&report.kmo_portefeuille_ceiling, reason) {
            (Some(block), Some(r)) => {
                assert_eq!(
                    r.values.get("ceiling"),
                    Some(block.ceiling.to_string().as_str()),
                    "{name}"
                );
                assert_eq!(
                    r.values.get("remaining"),
                    Some(block.room.to_string().as_str()),
                    "{name}"
                );
                assert_eq!(block.planned, kmo.amount, "{name}");
                assert_eq!(
                    block.remaining.value(),
                    block.room.value() - block.planned.value(),
                    "{name}"
                );
                assert_eq!(
                    block.received.map(|m| m.to_string()).as_deref(),
                    r.values.get("received"),
                    "{name}"
                );
                checked += 1;
            }
            (None, None) => {}
            (block, reason) => panic!("{name}: block {block:?} but reason {reason:?}"),
        }
    }
    assert!(checked > 20, "{checked}");
}
