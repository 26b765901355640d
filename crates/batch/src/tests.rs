use super::*;
use eligibility::text::Lang;

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

fn table(csv: &str) -> Table {
    evaluate_list(&read_list(csv.as_bytes()).unwrap(), today())
}

fn evaluated(row: &Row) -> &Evaluated {
    match &row.outcome {
        Outcome::Evaluated(e) => e,
        Outcome::Refused(errors) => panic!("row {} refused: {errors:?}", row.line),
    }
}

fn errors(row: &Row) -> &[RowError] {
    match &row.outcome {
        Outcome::Refused(errors) => errors,
        Outcome::Evaluated(_) => panic!("row {} was evaluated", row.line),
    }
}

fn amount(e: &Evaluated, id: MeasureId) -> (Status, String) {
    let m = e.measures.iter().find(|m| m.id == id).unwrap();
    (m.status, m.amount.to_string())
}

/// The scenario a single column puts in the row (the other columns empty).
fn scenario_of(column: &str, value: &str) -> Result<Value, Vec<RowError>> {
    let t = table(&format!("klant;{column}\nA;{value}\n"));
    match &t.rows[0].outcome {
        Outcome::Evaluated(e) => Ok(serde_json::from_str(&e.scenario_json).unwrap()),
        Outcome::Refused(errors) => Err(errors.clone()),
    }
}

#[test]
fn the_template_evaluates_both_examples_as_the_engine_does() {
    let t = evaluate_list(&read_list(&template_csv()).unwrap(), today());
    assert_eq!(t.rows.len(), 2);
    assert!(t.unknown_columns.is_empty());
    let first = evaluated(&t.rows[0]);
    assert_eq!(t.rows[0].client, "Bakkerij Peeters");
    assert_eq!(t.rows[0].line, 2);
    // Same figures as the engine on the same scenario written by hand.
    let by_hand = eligibility::parse_scenario(&first.scenario_json).unwrap();
    let report = eligibility::evaluate(&by_hand, today()).unwrap();
    assert_eq!(first.grants, report.totals.grants);
    let kmo = report
        .measures
        .iter()
        .find(|m| m.id == MeasureId::KmoPortefeuille)
        .unwrap();
    assert_eq!(
        amount(first, MeasureId::KmoPortefeuille),
        (kmo.status, kmo.amount.to_string())
    );
    assert_eq!(kmo.status, Status::Eligible);
    let v: Value = serde_json::from_str(&first.scenario_json).unwrap();
    assert_eq!(v["company"]["turnover"], "1800000.00");
    assert_eq!(v["company"]["balance_sheet_total"], "950000.50");
    assert_eq!(v["company"]["staff_awu"], "12.5");
    assert_eq!(v["company"]["last_cyber_trajectory"], Value::Null);
    assert_eq!(v["date"], "2026-11-28");
    let second: Value = serde_json::from_str(&evaluated(&t.rows[1]).scenario_json).unwrap();
    assert_eq!(second["date"], "2026-12-01");
    assert_eq!(second["plans"]["innovative_starter"]["pioneering"], true);
    // The XLSX template reads to the same table.
    let x = evaluate_list(&read_list(&template_xlsx().unwrap()).unwrap(), today());
    assert_eq!(x.rows, t.rows);
}

#[test]
fn every_column_reaches_its_scenario_field() {
    for column in COLUMNS.iter().filter(|c| !c.path.is_empty()) {
        let value = if column.ty == columns::ColumnType::NoneIfNo {
            "nee"
        } else {
            [column.example_1, column.example_2]
                .into_iter()
                .find(|v| !v.is_empty())
                .unwrap_or(match column.ty {
                    columns::ColumnType::YesNo => "ja",
                    _ => "1.000",
                })
        };
        let scenario = scenario_of(column.name, value)
            .unwrap_or_else(|e| panic!("{}: {value}: {e:?}", column.name));
        let pointer = format!("/{}", column.path.replace("[0]", "/0").replace('.', "/"));
        assert!(
            scenario.pointer(&pointer).is_some(),
            "{} did not fill {}: {scenario}",
            column.name,
            column.path
        );
    }
}

#[test]
fn belgian_numbers_in_cells_are_read_as_meant() {
    let s = scenario_of("omzet", "3.200").unwrap();
    assert_eq!(s["company"]["turnover"], "3200.00");
    let s = scenario_of("omzet", "\"1.800.000,50\"").unwrap();
    assert_eq!(s["company"]["turnover"], "1800000.50");
    let t = table("klant,omzet,personeel_vte\nA,\"1.800.000,50\",\"12,5\"\n");
    let s: Value = serde_json::from_str(&evaluated(&t.rows[0]).scenario_json).unwrap();
    assert_eq!(s["company"]["turnover"], "1800000.50");
    assert_eq!(s["company"]["staff_awu"], "12.5");
}

#[test]
fn a_bad_row_names_its_column_and_why_and_the_others_go_on() {
    let t = table(
        "klant;omzet;rechtsvorm;oprichtingsdatum;vrij_beroep;opleiding_kosten\n\
         Goed;100.000;bv;01/01/2020;nee;1.000\n\
         Slecht;veel;plc;31/02/2020;misschien;-5\n\
         Te veel decimalen;100,123;bv;;;\n\
         ;;;;;\n\
         Ook goed;;nv;;;\n",
    );
    assert_eq!(t.rows.len(), 4, "the empty row is skipped");
    assert_eq!(t.totals.evaluated, 2);
    assert_eq!(t.totals.refused, 2);
    let bad = errors(&t.rows[1]);
    let columns: Vec<&str> = bad.iter().map(|e| e.column.as_str()).collect();
    assert_eq!(
        columns,
        [
            "omzet",
            "rechtsvorm",
            "oprichtingsdatum",
            "vrij_beroep",
            "opleiding_kosten"
        ]
    );
    assert_eq!(bad[0].value, "veel");
    assert_eq!(
        bad[0].message(Lang::Nl),
        "‘veel’ is geen getal. Schrijf bijvoorbeeld 3.200 of 1.800.000,50."
    );
    assert!(bad[0].message(Lang::En).contains("is not a number"));
    assert!(bad[0].message(Lang::Fr).contains("n'est pas un nombre"));
    assert!(bad[1]
        .message(Lang::Nl)
        .contains("Kies uit: eenmanszaak, bv, nv"));
    assert!(bad[2].message(Lang::Nl).contains("geen datum"));
    assert!(bad[3].message(Lang::Nl).contains("ja of nee"));
    assert!(bad[4].message(Lang::Nl).contains("negatief"));
    // A value the engine refuses is reported on the column that holds it.
    let engine = errors(&t.rows[2]);
    assert_eq!(engine[0].column, "omzet");
    assert_eq!(engine[0].value, "100,123");
    assert!(matches!(engine[0].kind, RowErrorKind::Engine(_)));
    assert!(!engine[0].message(Lang::Fr).is_empty());
    assert_eq!(t.rows[3].line, 6, "rows keep their spreadsheet numbers");
}

#[test]
fn empty_and_foreign_files_get_a_clear_message() {
    assert_eq!(read_list(b""), Err(FileError::Empty));
    assert_eq!(read_list(b"\xEF\xBB\xBF\r\n;;\r\n"), Err(FileError::Empty));
    assert_eq!(read_list(b"klant;omzet\n"), Err(FileError::NoRows));
    assert_eq!(
        read_list(b"name,price\nwidget,3\n"),
        Err(FileError::NoKnownColumns)
    );
    assert_eq!(read_list(b"%PDF-1.7\n\x00\x01"), Err(FileError::NotAList));
    assert_eq!(
        read_list(b"klant;omzet;Omzet\nA;1;2\n"),
        Err(FileError::DuplicateColumn("omzet".into()))
    );
    for e in [
        FileError::Empty,
        FileError::NoRows,
        FileError::NoKnownColumns,
        FileError::NotAList,
        FileError::OldExcel,
        FileError::Unreadable,
        FileError::TooManyRows,
        FileError::DuplicateColumn("omzet".into()),
    ] {
        for lang in Lang::ALL {
            assert!(e.message(lang).len() > 20, "{e:?} {lang:?}");
        }
    }
    assert!(FileError::NoKnownColumns
        .message(Lang::Nl)
        .contains("klant, rechtsvorm en omzet"));
    let t = table("klant;omzet;kleur\nA;1;blauw\n");
    assert_eq!(t.unknown_columns, ["kleur"]);
    assert!(text::unknown_column_message("kleur", Lang::Nl).contains("‘kleur’"));
}

#[test]
fn totals_sum_the_eligible_amounts_of_the_evaluated_rows() {
    let t = evaluate_list(&read_list(&template_csv()).unwrap(), today());
    let measures = table_measures();
    for (i, id) in measures.iter().enumerate() {
        let sum: Decimal = t
            .rows
            .iter()
            .map(evaluated)
            .map(|e| &e.measures[i])
            .filter(|m| m.status == Status::Eligible)
            .map(|m| m.amount.0)
            .sum();
        assert_eq!(t.totals.measures[i].0, sum, "{id:?}");
    }
    let grants: Decimal = t.rows.iter().map(|r| evaluated(r).grants.0).sum();
    assert_eq!(t.totals.grants.0, grants);
    assert!(grants > Decimal::ZERO);
}

#[test]
fn csv_and_xlsx_exports_read_back_to_the_same_table() {
    let t = table(
        "klant;omzet;rechtsvorm;advies_thema;advies_kosten;personeel_vte;balanstotaal\n\
         Alfa;1.800.000,50;bv;digitalisering;6.000;10;500.000\n\
         Beta;veel;bv;;;;\n\
         Gamma \"de tweede\";350.000;nv;innovatie;8.500;4;200.000\n",
    );
    for lang in Lang::ALL {
        let grid = canonical_grid(&t.grid(lang));
        assert_eq!(grid.len(), 5, "header, three rows, totals");
        assert_eq!(
            export::read_export(&t.to_csv(lang)).unwrap(),
            grid,
            "csv {lang:?}"
        );
        assert_eq!(
            export::read_export(&t.to_xlsx(lang).unwrap()).unwrap(),
            grid,
            "xlsx {lang:?}"
        );
    }
    let csv = String::from_utf8(t.to_csv(Lang::Nl)).unwrap();
    assert!(csv.starts_with("\u{feff}Rij;Klant;Kmo-portefeuille;"));
    assert!(csv.contains("Gamma \"\"de tweede\"\""));
    assert!(csv.contains(";Totaal;"));
    assert!(csv.contains("‘veel’ is geen getal"));
}

#[test]
fn scenario_files_make_the_same_table() {
    let t = evaluate_list(&read_list(&template_csv()).unwrap(), today());
    let files: Vec<(String, String)> = t
        .rows
        .iter()
        .map(|r| (r.client.clone(), evaluated(r).scenario_json.clone()))
        .chain([(
            "kapot.json".to_string(),
            r#"{"version": 1, "company": {"turnover": "x"}}"#.to_string(),
        )])
        .collect();
    let f = evaluate_scenarios(&files, today());
    assert_eq!(f.totals.grants, t.totals.grants);
    assert_eq!(f.totals.measures, t.totals.measures);
    assert_eq!(f.totals.refused, 1);
    assert_eq!(errors(&f.rows[2])[0].column, "company.turnover");
}

#[test]
fn the_row_link_is_the_calculators_fragment() {
    let json = r#"{"version":1,"date":"2026-11-28"}"#;
    let fragment = calculator_fragment(json, Lang::En);
    assert_eq!(
        fragment,
        "s=eyJ2ZXJzaW9uIjoxLCJkYXRlIjoiMjAyNi0xMS0yOCJ9&lang=en"
    );
}

#[test]
fn xlsx_number_date_and_boolean_cells_are_read_as_typed() {
    let grid = vec![
        [
            "klant",
            "datum",
            "omzet",
            "personeel_vte",
            "vrij_beroep",
            "rechtsvorm",
        ]
        .map(Cell::text)
        .to_vec(),
        vec![
            Cell::text("Delta"),
            Cell::Date(Date::parse("2026-11-30").unwrap()),
            Cell::Number(1_800_000.5),
            Cell::Number(12.5),
            Cell::Bool(false),
            Cell::text("BV"),
        ],
    ];
    let bytes = export::write_xlsx(&grid, "Klanten").unwrap();
    let t = evaluate_list(&read_list(&bytes).unwrap(), today());
    let s: Value = serde_json::from_str(&evaluated(&t.rows[0]).scenario_json).unwrap();
    assert_eq!(s["date"], "2026-11-30");
    assert_eq!(s["company"]["turnover"], "1800000.50");
    assert_eq!(s["company"]["staff_awu"], "12.5");
    assert_eq!(s["company"]["liberal_profession"], false);
    assert_eq!(s["company"]["legal_form"], "bv");
}
