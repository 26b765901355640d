//! Runs the built `steunwijzer` binary on fixture scenarios and checks its output and
//! exit codes.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Every measure id, in report order (the engine's registry).
fn measure_ids() -> Vec<&'static str> {
    eligibility::MeasureId::ALL.map(|m| m.code()).to_vec()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steunwijzer"))
        .args(args)
        .output()
        .expect("runs steunwijzer")
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_steunwijzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs steunwijzer");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("writes stdin");
    child.wait_with_output().expect("waits")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 stderr")
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("JSON stdout: {e}\n{}", stdout(o)))
}

fn measure<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("measure {id}"))
}

/// A measure's amount: a string with exactly 2 decimals.
fn amount(measure: &Value) -> &str {
    let a = measure["amount"].as_str().expect("amount is a string");
    let (int, frac) = a.split_once('.').expect("2 decimals");
    assert!(
        int.bytes().all(|b| b.is_ascii_digit()) && frac.len() == 2,
        "{a}"
    );
    a
}

/// "3465.00" as the nl-BE text output writes it: "3.465,00 €".
fn nl_amount(text: &str) -> String {
    let (int, frac) = text.split_once('.').expect("2 decimals");
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{grouped},{frac} €")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn evaluate_prints_the_report_with_every_measure() {
    let o = run(&["evaluate", path_str(&fixture("spec-example.json"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report = json(&o);
    assert_eq!(report["version"], 1);
    assert_eq!(report["date"], "2026-11-22");
    let ids: Vec<&str> = report["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .map(|m| m["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, measure_ids());
    let kmo = measure(&report, "kmo-portefeuille");
    assert_eq!(kmo["status"], "eligible");
    assert_eq!(kmo["kind"], "grant");
    assert_ne!(amount(kmo), "0.00");
    assert_eq!(report["de_minimis"]["used"], "4000.00");
    assert_eq!(report["de_minimis"]["ceiling"], "300000.00");
    // Pretty-printed.
    assert!(stdout(&o).starts_with("{\n  \"version\": 1,"));
}

#[test]
fn stdin_gives_the_same_report_as_the_file() {
    let path = fixture("spec-example.json");
    let from_file = run(&["evaluate", path_str(&path)]);
    let text = std::fs::read(&path).expect("fixture");
    let from_stdin = run_with_stdin(&["evaluate", "-"], &text);
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
}

#[test]
fn date_option_applies_to_an_undated_scenario_only() {
    let undated = fixture("undated.json");
    let o = run(&["evaluate", "--date", "2026-03-02", path_str(&undated)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o)["date"], "2026-03-02");

    let dated = fixture("spec-example.json");
    let o = run(&["evaluate", "--date=2026-03-02", path_str(&dated)]);
    assert_eq!(json(&o)["date"], "2026-11-22");

    // Without --date: today's date from the clock.
    let o = run(&["evaluate", path_str(&undated)]);
    let date = json(&o)["date"].as_str().expect("date").to_string();
    assert_eq!(date.len(), 10, "{date}");

    let o = run(&["evaluate", "--date", "2026-02-30", path_str(&undated)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("2026-02-30"), "{}", stderr(&o));
}

#[test]
fn text_format_shows_a_table_with_local_amounts_and_reasons() {
    let path = fixture("spec-example.json");
    let report = json(&run(&["evaluate", path_str(&path)]));
    let kmo_amount = amount(measure(&report, "kmo-portefeuille")).to_string();
    let o = run(&["evaluate", "--format", "text", path_str(&path)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let nl = stdout(&o);
    assert!(nl.contains("Maatregel"), "{nl}");
    let kmo_line = nl
        .lines()
        .find(|l| l.starts_with("Kmo-portefeuille "))
        .expect("table row");
    assert!(kmo_line.ends_with(&nl_amount(&kmo_amount)), "{kmo_line}");
    assert!(nl.contains("300.000,00 €"), "de-minimis ceiling: {nl}");
    assert!(nl.contains("Redenen"), "{nl}");
    // Each reason line names its source as a numbered note, listed by public title at the
    // end; no internal source id or seed file name.
    assert!(nl.contains("] [1]\n") || nl.contains(". [1]\n"), "{nl}");
    assert!(nl.contains("\nBronnen\n  [1] "), "{nl}");
    assert!(
        nl.contains("https://www.vlaio.be/nl/subsidies-financiering/kmo-portefeuille"),
        "{nl}"
    );
    for internal in ["seed-0", "[vlaio-", ".txt", "kmo.rate", " ? "] {
        assert!(!nl.contains(internal), "{internal} in {nl}");
    }
    // Per-item lines: the training's label.
    assert!(nl.contains("AI voor kmo's"), "{nl}");

    let o = run(&[
        "evaluate",
        "--format",
        "text",
        "--lang",
        "en",
        path_str(&path),
    ]);
    let en = stdout(&o);
    assert!(en.contains("Measure"), "{en}");
    assert!(en.contains("€300,000.00"), "{en}");
    let o = run(&[
        "evaluate",
        "--format",
        "text",
        "--lang",
        "fr",
        path_str(&path),
    ]);
    let fr = stdout(&o);
    assert!(fr.contains("Mesure"), "{fr}");
    assert!(fr.contains("300 000,00 €"), "{fr}");
    assert_ne!(nl, en);
    assert_ne!(en, fr);
}

#[test]
fn bad_input_exits_2_with_the_field_path_on_stderr() {
    let o = run(&["evaluate", path_str(&fixture("bad-turnover.json"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains("company.turnover"), "{err}");
    assert!(err.contains("bad-turnover.json"), "{err}");

    let o = run(&["evaluate", path_str(&fixture("unknown-field.json"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("turnovr"), "{}", stderr(&o));
}

#[test]
fn error_message_follows_the_language() {
    let path = fixture("bad-turnover.json");
    let messages: Vec<String> = ["nl", "en", "fr"]
        .iter()
        .map(|lang| stderr(&run(&["evaluate", "--lang", lang, path_str(&path)])))
        .collect();
    assert_ne!(messages[0], messages[1]);
    assert_ne!(messages[1], messages[2]);
    for m in &messages {
        assert!(m.contains("company.turnover"), "{m}");
    }
}

#[test]
fn invalid_json_and_missing_file_exit_2() {
    let o = run_with_stdin(&["evaluate", "-"], b"{ not json");
    assert_eq!(o.status.code(), Some(2));
    assert!(!o.stderr.is_empty());

    let o = run_with_stdin(
        &["evaluate", "--lang", "en", "-"],
        b"{\"version\": 1, \"\xff\": 1}",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("UTF-8"), "{}", stderr(&o));

    let o = run(&["evaluate", path_str(&fixture("does-not-exist.json"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("does-not-exist.json"), "{}", stderr(&o));
}

#[test]
fn a_folder_is_a_batch_with_one_entry_per_json_file() {
    let o = run(&["evaluate", path_str(&fixture("batch"))]);
    // One file is bad: exit 2, but the others are still printed.
    assert_eq!(o.status.code(), Some(2));
    let items = json(&o);
    let items = items.as_array().expect("array");
    assert_eq!(items.len(), 3, "only *.json files, sorted");
    let files: Vec<&str> = items
        .iter()
        .map(|i| i["file"].as_str().expect("file"))
        .collect();
    assert!(files[0].ends_with("a-spec-example.json"), "{files:?}");
    assert!(files[1].ends_with("b-bad-turnover.json"), "{files:?}");
    assert!(files[2].ends_with("c-empty.json"), "{files:?}");
    let single = json(&run(&["evaluate", path_str(&fixture("spec-example.json"))]));
    assert_eq!(items[0]["report"], single);
    assert!(items[0].get("error").is_none());
    assert_eq!(items[1]["error"]["path"], "company.turnover");
    assert!(items[1]["error"]["code"].is_string());
    assert!(items[1]["error"]["message"].is_string());
    assert!(items[1].get("report").is_none());
    assert_eq!(
        items[2]["report"]["measures"].as_array().map(Vec::len),
        Some(eligibility::MeasureId::ALL.len())
    );
    assert!(stderr(&o).contains("company.turnover"), "{}", stderr(&o));
}

#[test]
fn several_files_are_a_batch_and_text_has_a_header_per_file() {
    let a = fixture("spec-example.json");
    let b = fixture("undated.json");
    let o = run(&[
        "evaluate",
        "--date",
        "2026-11-22",
        path_str(&a),
        path_str(&b),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let items = json(&o);
    assert_eq!(items.as_array().map(Vec::len), Some(2));
    assert_eq!(items[0]["report"], items[1]["report"]);

    let o = run(&["evaluate", "--format", "text", path_str(&fixture("batch"))]);
    assert_eq!(o.status.code(), Some(2));
    let text = stdout(&o);
    assert_eq!(text.matches("=== ").count(), 3, "{text}");
    assert!(text.contains("a-spec-example.json ==="), "{text}");
    assert!(text.contains("Maatregel"), "{text}");
    assert!(text.contains("Fout: "), "{text}");
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Whether `actual` contains `expected`: objects key by key, arrays item by item.
fn contains(actual: &Value, expected: &Value) -> bool {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => e
            .iter()
            .all(|(k, v)| a.get(k).is_some_and(|av| contains(av, v))),
        // Measures are matched by id, so that a measure added to the engine leaves the
        // expected reports as they are.
        (Value::Array(a), Value::Array(e)) if e.iter().all(|ev| ev.get("id").is_some()) => {
            e.iter().all(|ev| {
                a.iter()
                    .any(|av| av.get("id") == ev.get("id") && contains(av, ev))
            })
        }
        (Value::Array(a), Value::Array(e)) => {
            a.len() == e.len() && a.iter().zip(e).all(|(av, ev)| contains(av, ev))
        }
        _ => actual == expected,
    }
}

/// Scenario files of a golden folder with their `.expected.json` companions.
fn golden_pairs(dir: &Path) -> Vec<(PathBuf, Value)> {
    json_files(dir)
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with(".expected.json"))
        .filter_map(|p| {
            let expected = p.with_extension("expected.json");
            let text = std::fs::read_to_string(expected).ok()?;
            Some((p, serde_json::from_str(&text).expect("expected JSON")))
        })
        .collect()
}

/// The repository's golden scenarios through the CLI as one batch: each report matches the
/// essentials of its `.expected.json` (size, every measure's status/kind/amount, de-minimis);
/// each scenario in `invalid/` is refused with the expected path and code.
#[test]
fn golden_scenarios_through_the_cli_batch() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    let valid = golden_pairs(&dir);
    let invalid = golden_pairs(&dir.join("invalid"));
    if valid.is_empty() && invalid.is_empty() {
        return; // No golden files in this checkout.
    }
    let mut args = vec!["evaluate".to_string(), "--date".into(), "2026-11-22".into()];
    args.extend(
        valid
            .iter()
            .chain(&invalid)
            .map(|(p, _)| path_str(p).to_string()),
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run(&args);
    assert_eq!(
        o.status.code(),
        Some(if invalid.is_empty() { 0 } else { 2 }),
        "{}",
        stderr(&o)
    );
    let items = json(&o);
    let items = items.as_array().expect("batch array");
    assert_eq!(items.len(), valid.len() + invalid.len());
    for (item, (path, expected)) in items.iter().zip(&valid) {
        assert_eq!(item["file"], path_str(path));
        if expected.get("options").is_some() {
            continue; // Evaluated with options the batch does not pass (golden.rs checks it).
        }
        let report = &item["report"];
        for key in ["size", "measures", "de_minimis", "missing"] {
            if let Some(e) = expected.get(key) {
                assert!(
                    contains(&report[key], e),
                    "{}: {key}\nexpected {e}\nactual {}",
                    path.display(),
                    report[key]
                );
            }
        }
    }
    for (item, (path, expected)) in items[valid.len()..].iter().zip(&invalid) {
        assert!(
            item.get("report").is_none(),
            "{} was accepted",
            path.display()
        );
        assert_eq!(
            item["error"]["path"],
            expected["path"],
            "{}",
            path.display()
        );
        assert_eq!(
            item["error"]["code"],
            expected["code"],
            "{}",
            path.display()
        );
    }
}

#[test]
fn rules_lists_every_parameter_with_periods_and_sources() {
    let o = run(&["rules", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rules = json(&o);
    let parameters = rules["parameters"].as_array().expect("parameters");
    assert!(parameters.len() > 10, "{} parameters", parameters.len());
    let source_ids: Vec<&str> = rules["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["id"].as_str().expect("source id"))
        .collect();
    for p in parameters {
        let periods = p["periods"].as_array().expect("periods");
        assert!(!periods.is_empty(), "{p}");
        for period in periods {
            let source = period["source"].as_str().expect("source");
            assert!(source_ids.contains(&source), "{source} unknown");
        }
    }

    let o = run(&["rules"]);
    assert!(o.status.success());
    let text = stdout(&o);
    // Parameters by what they mean, not by internal id.
    let first_id = parameters[0]["id"].as_str().expect("id");
    assert!(!text.contains(first_id), "{text}");
    assert!(text.contains("kleine onderneming"), "{text}");
    assert!(text.contains("Bronnen"), "{text}");
    let en = stdout(&run(&["rules", "--lang", "en"]));
    assert!(en.contains("Sources"), "{en}");
}

#[test]
fn help_version_and_usage_errors() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("steunwijzer evaluate"));

    let o = run(&["--version"]);
    assert!(o.status.success());
    let v = stdout(&o);
    assert!(v.contains(env!("CARGO_PKG_VERSION")), "{v}");
    assert!(v.contains(eligibility::RULES_VERSION), "{v}");

    for bad in [
        &[][..],
        &["evaluate"][..],
        &["evaluate", "--lang", "de", "x.json"][..],
        &["evaluate", "--format", "xml", "x.json"][..],
        &["frobnicate"][..],
    ] {
        let o = run(bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        assert!(stderr(&o).contains("--help"), "{bad:?}");
    }
}

/// The timeline scenario of the golden set (cyber trajectory of 2023-03-01, evaluated on
/// 2026-11-28).
fn cyber_timeline_scenario() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenarios/timeline-cyber-new-trajectory-from-2027-03-01.json")
}

#[test]
fn measures_option_limits_totals_and_marks_the_others_not_asked() {
    let all = json(&run(&["evaluate", path_str(&fixture("spec-example.json"))]));
    let out = run(&[
        "evaluate",
        "--measures",
        "kmo-portefeuille,cybersecurity-verbetertraject",
        path_str(&fixture("spec-example.json")),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let some = json(&out);
    assert_eq!(
        some["measures"].as_array().map(Vec::len),
        Some(eligibility::MeasureId::ALL.len())
    );
    for id in measure_ids() {
        let asked = id == "kmo-portefeuille" || id == "cybersecurity-verbetertraject";
        assert_eq!(measure(&some, id)["asked"], asked, "{id}");
        assert_eq!(measure(&all, id)["asked"], true, "{id}");
        // A measure's own report does not change with the option.
        assert_eq!(measure(&some, id)["amount"], measure(&all, id)["amount"]);
    }
    let cents = |v: &Value| -> i64 {
        v.as_str()
            .unwrap_or("0")
            .replace('.', "")
            .parse()
            .unwrap_or(0)
    };
    let asked_grants: i64 = ["kmo-portefeuille", "cybersecurity-verbetertraject"]
        .iter()
        .filter(|id| measure(&some, id)["status"] == "eligible")
        .map(|id| cents(&measure(&some, id)["amount"]))
        .sum();
    assert_eq!(cents(&some["totals"]["grants"]), asked_grants);
    assert_eq!(some["totals"]["tax_deductions"], "0.00");

    let bad = run(&["evaluate", "--measures", "kmo", "x.json"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("kmo-portefeuille"));
}

#[test]
fn text_report_has_a_timeline_with_dates_in_the_readers_format() {
    let scenario = cyber_timeline_scenario();
    let nl = stdout(&run(&["evaluate", "--format", "text", path_str(&scenario)]));
    let section = nl
        .split("Wat kan wanneer")
        .nth(1)
        .expect("a timeline section");
    assert!(section.contains("01/03/2027"), "{section}");
    assert!(section.contains("nieuw gesubsidieerd cybersecurity-verbetertraject"));
    let en = stdout(&run(&[
        "evaluate",
        "--format",
        "text",
        "--lang",
        "en",
        path_str(&scenario),
    ]));
    assert!(en.contains("What can happen when"));
    assert!(en.contains("1 Mar 2027"), "{en}");
}
