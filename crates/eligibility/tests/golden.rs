//! Golden scenarios: every `tests/scenarios/NAME.json` is evaluated and compared with
//! `NAME.expected.json` (size, per-measure id/status/kind/amount, de-minimis, optional
//! reason codes and missing answers; `assumptions`, `open_questions` and `timeline` exactly
//! when the expected file has them; `options.measures` of the expected file is passed to
//! the evaluation, and a measure's `asked` is compared when given). Every
//! `tests/scenarios/invalid/NAME.json` must be
//! refused with the path and code of `NAME.expected.json`. All failures are reported with
//! their file names.

use eligibility::text::{reason_text, Lang};
use eligibility::{evaluate_with, parse_scenario, Date, MeasureId, Options, Reason, Report};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios")
}

fn today() -> Date {
    Date::parse("2026-11-22").expect("valid date")
}

fn all_reasons<'a>(report: &'a Report, scope: &str) -> Vec<&'a Reason> {
    match scope {
        "size" => report.size.reasons.iter().collect(),
        "de_minimis" => report.de_minimis.reasons.iter().collect(),
        id => report
            .measures
            .iter()
            .filter(|m| m.id.code() == id)
            .flat_map(|m| {
                m.reasons
                    .iter()
                    .chain(m.next_steps.iter())
                    .chain(m.items.iter().flat_map(|i| i.reasons.iter()))
            })
            .collect(),
    }
}

/// The four totals equal the sums of the asked measures' amounts by status and kind.
fn check_totals(name: &str, report: &eligibility::Report) -> Vec<String> {
    use eligibility::{Kind, Status};
    let sum = |status, kind| -> rust_decimal::Decimal {
        report
            .measures
            .iter()
            .filter(|m| m.asked && m.status == status && m.kind == kind)
            .map(|m| m.amount.value())
            .sum()
    };
    let t = &report.totals;
    [
        ("grants", t.grants, Status::Eligible, Kind::Grant),
        (
            "tax_deductions",
            t.tax_deductions,
            Status::Eligible,
            Kind::TaxDeduction,
        ),
        (
            "uncertain_grants",
            t.uncertain_grants,
            Status::Uncertain,
            Kind::Grant,
        ),
        (
            "uncertain_tax_deductions",
            t.uncertain_tax_deductions,
            Status::Uncertain,
            Kind::TaxDeduction,
        ),
    ]
    .into_iter()
    .filter(|(_, total, status, kind)| total.value() != sum(*status, *kind))
    .map(|(field, total, ..)| {
        format!("{name}: totals.{field} is {total}, not the sum of its measures")
    })
    .collect()
}

fn check(name: &str, json: &str, expected: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    let scenario = match parse_scenario(json) {
        Ok(s) => s,
        Err(e) => return vec![format!("{name}: refused: {e}")],
    };
    let measures = expected["options"]["measures"].as_array().map(|ids| {
        ids.iter()
            .filter_map(|id| MeasureId::ALL.into_iter().find(|m| id == m.code()))
            .collect()
    });
    let report = match evaluate_with(&scenario, today(), &Options { measures }) {
        Ok(r) => r,
        Err(e) => return vec![format!("{name}: evaluate failed: {e}")],
    };
    let actual = serde_json::to_value(&report).expect("report serializes");
    errs.extend(check_totals(name, &report));
    for key in ["eu", "fiscal"] {
        if expected["size"][key] != actual["size"][key] {
            errs.push(format!(
                "{name}: size.{key} expected {} got {}",
                expected["size"][key], actual["size"][key]
            ));
        }
    }
    for em in expected["measures"].as_array().into_iter().flatten() {
        let id = &em["id"];
        let Some(am) = actual["measures"]
            .as_array()
            .and_then(|a| a.iter().find(|m| &m["id"] == id))
        else {
            errs.push(format!("{name}: measure {id} missing"));
            continue;
        };
        for key in ["status", "kind", "amount", "asked"] {
            if em.get(key).is_some() && em[key] != am[key] {
                errs.push(format!(
                    "{name}: {id}.{key} expected {} got {}",
                    em[key], am[key]
                ));
            }
        }
    }
    for key in ["used", "planned", "ceiling"] {
        if expected["de_minimis"][key] != actual["de_minimis"][key] {
            errs.push(format!(
                "{name}: de_minimis.{key} expected {} got {}",
                expected["de_minimis"][key], actual["de_minimis"][key]
            ));
        }
    }
    for er in expected["reasons"].as_array().into_iter().flatten() {
        let scope = er["measure"].as_str().unwrap_or("");
        let code = er["code"].as_str().unwrap_or("");
        let outcome = er["outcome"].as_str().unwrap_or("");
        let found = all_reasons(&report, scope)
            .iter()
            .any(|r| r.code.code() == code && r.outcome.code() == outcome);
        if !found {
            errs.push(format!("{name}: reason {scope}/{code}/{outcome} not found"));
        }
    }
    for key in [
        "missing",
        "assumptions",
        "open_questions",
        "timeline",
        "totals",
    ] {
        if let Some(want) = expected.get(key) {
            if want != &actual[key] {
                errs.push(format!("{name}: {key} expected {want} got {}", actual[key]));
            }
        }
    }
    // Every reason renders in every language without leftover placeholders.
    let every: Vec<&Reason> = report
        .size
        .reasons
        .iter()
        .chain(report.de_minimis.reasons.iter())
        .chain(report.measures.iter().flat_map(|m| {
            m.reasons
                .iter()
                .chain(m.next_steps.iter())
                .chain(m.items.iter().flat_map(|i| i.reasons.iter()))
        }))
        .collect();
    for r in every {
        for lang in Lang::ALL {
            let t = reason_text(r, lang);
            if t.contains('{') || t.contains('}') || t.contains('[') {
                errs.push(format!(
                    "{name}: {} renders badly in {lang:?}: {t}",
                    r.code.code()
                ));
            }
        }
    }
    // The report reads back.
    let back: Report = serde_json::from_value(actual).expect("report deserializes");
    if back != report {
        errs.push(format!("{name}: report does not round-trip"));
    }
    errs
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .expect("scenario directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p.to_string_lossy().ends_with(".expected.json")
        })
        .collect();
    v.sort();
    v
}

fn expected_for(path: &Path) -> Value {
    let exp = path.with_extension("expected.json");
    let text = fs::read_to_string(&exp)
        .unwrap_or_else(|_| panic!("{} has no {}", path.display(), exp.display()));
    serde_json::from_str(&text).expect("expected file is JSON")
}

#[test]
fn golden_scenarios() {
    let mut failures = Vec::new();
    let list = files(&scenarios_dir());
    assert!(list.len() >= 40, "too few golden scenarios: {}", list.len());
    for path in &list {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let json = fs::read_to_string(path).expect("readable");
        failures.extend(check(&name, &json, &expected_for(path)));
    }
    assert!(
        failures.is_empty(),
        "{} golden failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn invalid_scenarios_are_refused_with_their_path() {
    let mut failures = Vec::new();
    let list = files(&scenarios_dir().join("invalid"));
    assert!(list.len() >= 10, "too few invalid scenarios");
    for path in &list {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let json = fs::read_to_string(path).expect("readable");
        let exp = expected_for(path);
        match parse_scenario(&json) {
            Ok(_) => failures.push(format!("{name}: accepted")),
            Err(e) => {
                if exp["path"] != e.path.as_str() || exp["code"] != e.code.code() {
                    failures.push(format!(
                        "{name}: expected {} {} got {} {} ({})",
                        exp["path"],
                        exp["code"],
                        e.path,
                        e.code.code(),
                        e.detail
                    ));
                }
                for lang in Lang::ALL {
                    if !e.message(lang).contains(&e.path) {
                        failures.push(format!("{name}: message does not name the path"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
