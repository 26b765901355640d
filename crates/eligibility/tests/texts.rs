//! The language files are complete and match the engine: every key of one language is in
//! the others, every reason code has a text, a text uses the same placeholders in every
//! language, and every placeholder of a reason text is a field the engine writes for that
//! reason (checked on every golden scenario). The context panel's words live in their own
//! files (`texts/<lang>.context.ftl`) and are checked with the others.

use eligibility::catalog::{placeholders, Catalog};
use eligibility::text::Lang;
use eligibility::{evaluate, parse_scenario, Date, Reason, ReasonCode, Report, ValueKind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn catalogs() -> Vec<&'static Catalog> {
    Lang::ALL
        .iter()
        .map(|&l| Catalog::builtin(l).expect("every language is compiled in for tests"))
        .collect()
}

/// The context panel's texts of every language.
fn context_catalogs() -> Vec<&'static Catalog> {
    Lang::ALL
        .iter()
        .map(|&l| Catalog::builtin_context(l).expect("every language is compiled in for tests"))
        .collect()
}

#[test]
fn the_context_panel_has_its_own_files_and_only_its_own_keys_are_in_them() {
    let mut problems = Vec::new();
    for (report, context) in catalogs().into_iter().zip(context_catalogs()) {
        let code = report.lang().code();
        assert_eq!(context.lang(), report.lang());
        problems.extend(
            context
                .keys()
                .filter(|k| *k != "lang" && !k.starts_with("context."))
                .map(|k| format!("{code}.context.ftl: `{k}` is not a context-panel text")),
        );
        problems.extend(
            report
                .keys()
                .filter(|k| k.starts_with("context."))
                .map(|k| format!("{code}: `{k}` belongs in {code}.context.ftl")),
        );
    }
    assert!(context_catalogs()[0].keys().count() > 100);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_text_exists_in_every_language_with_the_same_placeholders() {
    let mut problems = Vec::new();
    problems.extend(complete_with_the_same_placeholders(&catalogs()));
    problems.extend(complete_with_the_same_placeholders(&context_catalogs()));
    for a in catalogs() {
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
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What is missing or differs between the catalogs `all` (one per language, nl first).
fn complete_with_the_same_placeholders(all: &[&Catalog]) -> Vec<String> {
    let mut problems = Vec::new();
    for a in all {
        for b in all {
            for key in a.keys().filter(|k| b.get(k).is_none()) {
                problems.push(format!(
                    "`{key}` is in {} but missing in {}",
                    a.lang().code(),
                    b.lang().code()
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
    problems
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
    // counts, a holding without share, projects without an answer on collaboration.
    let mut texts: Vec<String> = vec![
        r#"{"version": 1, "company": {"holdings": [{"name": "H", "direction": "upstream"}]},
            "plans": {"trainings": [{"cost": "900", "catering": "40"}],
                      "development_project": {"accepted_costs": "200000"},
                      "research_project": {"research_costs": "100000"}}}"#
            .to_string(),
    ];
    for path in files {
        let name = path.to_string_lossy();
        if name.ends_with(".json") && !name.ends_with(".expected.json") {
            texts.push(std::fs::read_to_string(&path).unwrap());
        }
    }
    parse_scenario(&texts[0]).expect("the extra scenario is valid");
    for text in texts {
        let Ok(report) = parse_scenario(&text).and_then(|s| evaluate(&s, today)) else {
            continue;
        };
        for r in reasons(&report) {
            for (k, _) in r.values.iter() {
                let (_, kind) = r.values.typed(k).unwrap();
                assert_ne!(
                    kind,
                    ValueKind::Unknown,
                    "{}: value {k} has no type",
                    r.code.code()
                );
            }
            fields
                .entry(r.code)
                .or_default()
                .extend(r.values.iter().map(|(k, _)| k.to_string()));
        }
    }
    let mut problems = Vec::new();
    for c in catalogs() {
        for key in c.keys().filter(|k| k.starts_with("reason.")) {
            // The code is the longest reason code the key starts with.
            let Some(code) = ReasonCode::ALL
                .iter()
                .filter(|code| key["reason.".len()..].starts_with(code.code()))
                .max_by_key(|code| code.code().len())
            else {
                problems.push(format!("{}: `{key}` names no reason code", c.lang().code()));
                continue;
            };
            let Some(known) = fields.get(code) else {
                continue;
            };
            for p in placeholders(c.get(key).unwrap()) {
                if !known.contains(p) {
                    problems.push(format!(
                        "{}: {key} uses {{ ${p} }}, a field the engine never writes (it writes {known:?})",
                        c.lang().code()
                    ));
                }
            }
        }
        for id in eligibility::rules().iter().map(|p| p.id) {
            if c.parameter_note(id).is_none() {
                problems.push(format!(
                    "{}: no public note for parameter {id}",
                    c.lang().code()
                ));
            }
        }
        for s in eligibility::sources() {
            if c.get(&format!("source.{}", s.id)).is_none() {
                problems.push(format!("{}: no title for source {}", c.lang().code(), s.id));
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

#[test]
fn the_context_panel_finds_every_text_and_fills_every_placeholder_in_every_language() {
    use eligibility::context::{for_visitor, PlanSummary};
    let all_plans = PlanSummary {
        trainings: true,
        advice: true,
        investments: true,
        cyber_trajectory: true,
        development_project: true,
        research_project: true,
        innovative_starter: true,
    };
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        // One NACE code per sector the panel knows, and one it does not cover.
        for nace in [
            "62.010", "64.190", "25.620", "36.000", "86.100", "41.000", "01.000",
        ] {
            for plans in [PlanSummary::default(), all_plans] {
                let panel = for_visitor(Some(nace), &plans, lang);
                assert_eq!(panel.sector.is_some(), nace != "01.000", "{nace}");
                // Every string of the panel: a missing text shows its key (`context.…`),
                // a placeholder the code does not fill stays `{ $name }`.
                let shown = format!("{panel:?}");
                for bad in ["context.", "{ $"] {
                    if let Some(i) = shown.find(bad) {
                        let end = (i + 60).min(shown.len());
                        let around = shown.get(i..end).unwrap_or(bad);
                        problems.push(format!("{}, NACE {nace}: {around}", lang.code()));
                    }
                }
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
