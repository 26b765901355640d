//! `steunwijzer evaluate --format csv`: a client list (CSV or XLSX) or scenario files in,
//! one row per client out, with totals equal to the JSON reports of the same scenarios.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_steunwijzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs steunwijzer");
    let input = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        let mut input = input;
        input.write_all(bytes).expect("writes stdin");
    }
    child.wait_with_output().expect("waits")
}

/// A fresh folder under the target directory for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("csv-format-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// The CSV output's rows (BOM dropped, `;` separated, quotes removed).
fn rows(o: &Output) -> Vec<Vec<String>> {
    let text = String::from_utf8(o.stdout.clone()).expect("UTF-8");
    let text = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.expect("CSV").iter().map(str::to_string).collect())
        .collect()
}

const LIST: &str = "klant;datum;rechtsvorm;gewest;omzet;balanstotaal;personeel_vte;verbonden_ondernemingen;hoofdactiviteit_aanvaard;overheidsaandeel_pct;opleiding_thema;opleiding_kosten;opleiding_deelnemers;opleiding_dagen;investering_bedrag;investering_datum\r\n\
Alfa;28/11/2026;bv;Vlaanderen;1.800.000;500.000;10;nee;ja;0;digitalisering;2.400;3;2;20.000;01/10/2026\r\n\
Beta;28/11/2026;nv;Vlaanderen;veel;;;;;;;;;;;\r\n\
Gamma;28/11/2026;bv;Vlaanderen;350.000,50;220.000;4;nee;ja;0;innovatie;1.000;1;1;;\r\n";

/// The JSON report of the scenario a row of the table links to (same engine, same date).
fn report_of(scenario: &Value) -> Value {
    let dir = scratch("one");
    let file = dir.join("s.json");
    std::fs::write(&file, scenario.to_string()).expect("writes");
    let out = run(&["evaluate", file.to_str().expect("path")], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

fn amount(text: &str) -> f64 {
    text.replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("amount {text}"))
}

#[test]
fn a_client_list_gives_a_row_per_client_a_bad_row_and_totals() {
    let dir = scratch("list");
    let file = dir.join("klanten.csv");
    std::fs::write(&file, LIST).expect("writes");
    let out = run(
        &["evaluate", "--format", "csv", file.to_str().expect("path")],
        None,
    );
    assert_eq!(out.status.code(), Some(2), "a refused row exits 2");
    let err = String::from_utf8(out.stderr.clone()).expect("UTF-8");
    assert!(
        err.contains("rij 3 (Beta): omzet: ‘veel’ is geen getal"),
        "{err}"
    );
    let rows = rows(&out);
    assert_eq!(rows.len(), 5, "header, three clients, totals");
    assert_eq!(rows[0][0], "Rij");
    assert_eq!(rows[0][2], "Kmo-portefeuille");
    assert_eq!(rows[1][..2], ["2", "Alfa"]);
    assert_eq!(rows[2][2], "Niet berekend");
    let error_column = rows[0].iter().position(|h| h == "Fout in kolom");
    assert_eq!(error_column.map(|c| rows[2][c].as_str()), Some("omzet"));
    assert_eq!(rows[4][1], "Totaal");

    // Alfa's figures are the engine's for the same scenario written as JSON.
    let alfa = serde_json::json!({
        "version": 1, "date": "2026-11-28",
        "company": {"legal_form": "bv", "region": "flanders", "turnover": "1800000",
                    "balance_sheet_total": "500000", "staff_awu": "10", "holdings": [],
                    "main_activity_acceptable": true, "public_ownership_pct": "0"},
        "plans": {"trainings": [{"theme": "digitalisering", "cost": "2400", "participants": 3, "days": 2}],
                  "investments": [{"amount": "20000", "acquired_on": "2026-10-01"}]}
    });
    let report = report_of(&alfa);
    let kmo = &report["measures"][0];
    assert_eq!(kmo["id"], "kmo-portefeuille");
    assert_eq!(
        amount(&rows[1][3]),
        amount(kmo["amount"].as_str().expect("amount"))
    );
    let grants = rows[0]
        .iter()
        .position(|h| h == "Subsidies (zeker)")
        .expect("a grants column");
    assert_eq!(
        amount(&rows[1][grants]),
        amount(report["totals"]["grants"].as_str().expect("grants"))
    );
    // The totals row sums the clients' certain grants.
    let sum = amount(&rows[1][grants]) + amount(&rows[3][grants]);
    assert!((amount(&rows[4][grants]) - sum).abs() < 0.001);
}

#[test]
fn xlsx_and_stdin_lists_give_the_same_table_and_english_uses_dots() {
    let dir = scratch("xlsx");
    let xlsx = dir.join("sjabloon.xlsx");
    std::fs::write(&xlsx, batch::template_xlsx().expect("template")).expect("writes");
    let csv = dir.join("sjabloon.csv");
    std::fs::write(&csv, batch::template_csv()).expect("writes");
    let args = |f: &Path| {
        run(
            &[
                "evaluate",
                "--format",
                "csv",
                "--date",
                "2026-11-28",
                f.to_str().expect("path"),
            ],
            None,
        )
    };
    let from_xlsx = args(&xlsx);
    let from_csv = args(&csv);
    assert!(
        from_xlsx.status.success(),
        "{}",
        String::from_utf8_lossy(&from_xlsx.stderr)
    );
    assert_eq!(from_xlsx.stdout, from_csv.stdout);
    let stdin = run(
        &["evaluate", "--format", "csv", "--date", "2026-11-28", "-"],
        Some(&batch::template_csv()),
    );
    assert_eq!(stdin.stdout, from_csv.stdout);
    let en = run(
        &[
            "evaluate",
            "--format",
            "csv",
            "--lang",
            "en",
            "--date",
            "2026-11-28",
            csv.to_str().expect("path"),
        ],
        None,
    );
    let rows = rows(&en);
    assert_eq!(rows[0][..2], ["Row", "Client"]);
    assert!(
        rows[1][3].contains('.') && !rows[1][3].contains(','),
        "{}",
        rows[1][3]
    );
}

#[test]
fn scenario_files_and_folders_give_a_row_per_file() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/batch");
    let out = run(
        &[
            "evaluate",
            "--format",
            "csv",
            "--date",
            "2026-11-28",
            folder.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2), "one file is refused");
    let rows = rows(&out);
    assert_eq!(rows.len(), 5, "header, three files, totals");
    assert!(rows[1][1].ends_with("a-spec-example.json"));
    let error_column = rows[0].iter().position(|h| h == "Fout in kolom");
    assert_eq!(
        error_column.map(|c| rows[2][c].as_str()),
        Some("company.turnover")
    );
    let err = String::from_utf8(out.stderr.clone()).expect("UTF-8");
    assert!(err.contains("b-bad-turnover.json"), "{err}");
}

#[test]
fn an_empty_or_foreign_list_is_refused_with_a_clear_message() {
    let dir = scratch("bad");
    let empty = dir.join("leeg.csv");
    std::fs::write(&empty, "").expect("writes");
    let out = run(
        &["evaluate", "--format", "csv", empty.to_str().expect("path")],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Het bestand is leeg"));
    let foreign = dir.join("prijzen.csv");
    std::fs::write(&foreign, "product,prijs\nappel,1\n").expect("writes");
    let out = run(
        &[
            "evaluate",
            "--format",
            "csv",
            "--lang",
            "fr",
            foreign.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ce n'est pas une liste de clients"));
    assert!(out.stdout.is_empty());
    let mixed = run(
        &[
            "evaluate",
            "--format",
            "csv",
            foreign.to_str().expect("path"),
            empty.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(mixed.status.code(), Some(2));
}
