//! The language files are complete and match the engine: every key of one language is in
//! the others, every reason code has a text, a text uses the same placeholders in every
//! language, and every placeholder of a reason text is a field the engine writes for that
//! reason (checked on every golden scenario).

use eligibility::catalog::{placeholders, Catalog};
use eligibility::text::Lang;
use eligibility::{evaluate, parse_scenario, Date, Reason, ReasonCode, Report};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn catalogs() -> Vec<&'static Catalog> {
    Lang::ALL
        .iter()
        .map(|&l| Catalog::builtin(l).expect("every language is compiled in for tests"))
        .collect()
}

#[test]
fn every_text_exists_in_every_language_with_the_same_placeholders() {
    let all = catalogs();
    let mut problems = Vec::new();
    for a in &all {
        for b in &all {
            for key in a.keys().filter(|k| b.get(k).is_none()) {
                problems.push(format!(
                    "`{key}` is in {} but missing in {}",
                    a.lang().code(),
                    b.lang().code()
                ));
            }
        }
        for code in ReasonCode::ALL {
            if a.get_parts(&["reason.", code.code()]).is_none() {
                problems.push(format!(
                    "{}: no text for reason {}",
                    a.lang().code(),
                    code.code()
                ));
            }
        }
    }
    let nl = all[0];
    for key in nl.keys().filter(|k| *k != "lang") {
        let want: BTreeSet<&str> = placeholders(nl.get(key).unwrap()).into_iter().collect();
        for other in &all[1..] {
            let Some(text) = other.get(key) else { continue };
            let got: BTreeSet<&str> = placeholders(text).into_iter().collect();
            if got != want {
                problems.push(format!(
                    "`{key}`: placeholders {got:?} in {} but {want:?} in nl",
                    other.lang().code()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn reasons(report: &Report) -> impl Iterator<Item = &Reason> {
    report
        .size
        .reasons
        .iter()
        .chain(&report.de_minimis.reasons)
        .chain(report.measures.iter().flat_map(|m| {
            m.reasons
                .iter()
                .chain(&m.next_steps)
                .chain(m.items.iter().flat_map(|i| &i.reasons))
        }))
}

#[test]
fn every_placeholder_of_a_reason_text_is_a_field_of_that_reason() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    let today = Date::parse("2026-11-22").unwrap();
    let mut fields: BTreeMap<ReasonCode, BTreeSet<String>> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/full-scenario.json"));
    // Paths the golden scenarios do not reach: a training without theme or catering
    // counts, a holding without share.
    let mut texts: Vec<String> = vec![
        r#"{"version": 1, "company": {"holdings": [{"name": "H", "direction": "upstream"}]},
            "plans": {"trainings": [{"cost": "900", "catering": "40"}]}}"#
            .to_string(),
    ];
    for path in files {
        let name = path.to_string_lossy();
        if name.ends_with(".json") && !name.ends_with(".expected.json") {
            texts.push(std::fs::read_to_string(&path).unwrap());
        }
    }
    for text in texts {
        let Ok(report) = parse_scenario(&text).and_then(|s| evaluate(&s, today)) else {
            continue;
        };
        for r in reasons(&report) {
            fields
                .entry(r.code)
                .or_default()
                .extend(r.values.iter().map(|(k, _)| k.to_string()));
        }
    }
    let mut problems = Vec::new();
    for c in catalogs() {
        for (code, known) in &fields {
            for variant in ["", ".fail", ".unknown"] {
                let Some(text) = c.get_parts(&["reason.", code.code(), variant]) else {
                    continue;
                };
                for p in placeholders(text) {
                    if !known.contains(p) {
                        problems.push(format!(
                            "{}: reason.{}{variant} uses {{ ${p} }}, a field the engine never writes (it writes {known:?})",
                            c.lang().code(),
                            code.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        fields.len() > 80,
        "golden scenarios cover {} reason codes",
        fields.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
