//! The advisor page's wasm: a client list (CSV or XLSX bytes) in, the table as JSON and
//! its CSV/XLSX exports out. Everything runs in the browser; nothing is sent anywhere.
//!
//! Every function takes the language (`nl`, `en`, `fr`; anything else is Dutch) and,
//! where rows are evaluated, today's date (`YYYY-MM-DD`, the visitor's local date) for
//! rows without `datum`.

use batch::{calculator_fragment, table_measures, Outcome, Table};
use eligibility::text::{format_money, measure_name, status_label, Lang};
use eligibility::{Date, Money};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

fn date_of(today: &str) -> Date {
    Date::parse(today)
        .or_else(|| Date::parse(eligibility::RULES_VERSION))
        .or_else(|| Date::new(2026, 1, 1))
        .unwrap_or_else(|| Date::from_days(0).expect("1970-01-01 is a date"))
}

fn money(m: Money, lang: Lang) -> Value {
    let plain = m.to_string();
    json!({ "amount": plain, "text": format_money(&plain, lang) })
}

/// The table of a client list as JSON text for the page, or `{"error": message}` when
/// the file cannot be used.
pub fn table_json(bytes: &[u8], lang: Lang, today: Date) -> Value {
    match batch::read_list(bytes) {
        Err(e) => json!({ "error": e.message(lang) }),
        Ok(list) => view(&batch::evaluate_list(&list, today), lang),
    }
}

fn view(table: &Table, lang: Lang) -> Value {
    let measures: Vec<Value> = table_measures()
        .into_iter()
        .map(|id| json!({ "id": id.code(), "name": measure_name(id, lang) }))
        .collect();
    let rows: Vec<Value> = table
        .rows
        .iter()
        .map(|row| match &row.outcome {
            Outcome::Evaluated(e) => json!({
                "line": row.line,
                "client": row.client,
                "ok": true,
                "cells": e.measures.iter().map(|m| {
                    let mut cell = money(m.amount, lang);
                    cell["status"] = m.status.code().into();
                    cell["label"] = status_label(m.status, lang).into();
                    cell
                }).collect::<Vec<_>>(),
                "grants": money(e.grants, lang),
                "tax_deductions": money(e.tax_deductions, lang),
                "fragment": calculator_fragment(&e.scenario_json, lang),
            }),
            Outcome::Refused(errors) => json!({
                "line": row.line,
                "client": row.client,
                "ok": false,
                "errors": errors.iter().map(|e| json!({
                    "column": e.column,
                    "value": e.value,
                    "message": e.message(lang),
                })).collect::<Vec<_>>(),
            }),
        })
        .collect();
    let t = &table.totals;
    json!({
        "today": table.today.to_string(),
        "measures": measures,
        "rows": rows,
        "totals": {
            "measures": t.measures.iter().map(|m| money(*m, lang)).collect::<Vec<_>>(),
            "grants": money(t.grants, lang),
            "tax_deductions": money(t.tax_deductions, lang),
            "evaluated": t.evaluated,
            "refused": t.refused,
        },
        "warnings": table
            .unknown_columns
            .iter()
            .map(|c| batch::text::unknown_column_message(c, lang))
            .collect::<Vec<_>>(),
    })
}

fn table_of(bytes: &[u8], lang: &str, today: &str) -> Result<(Table, Lang), JsError> {
    let lang = lang_of(lang);
    let list = batch::read_list(bytes).map_err(|e| JsError::new(&e.message(lang)))?;
    Ok((batch::evaluate_list(&list, date_of(today)), lang))
}

/// Reads and evaluates a client list; returns the table as a JSON text (see the
/// crate's README in docs/advisor-batch.md), or `{"error": "..."}` in `lang`.
#[wasm_bindgen(js_name = evaluateList)]
pub fn evaluate_list(bytes: &[u8], lang: &str, today: &str) -> String {
    table_json(bytes, lang_of(lang), date_of(today)).to_string()
}

/// The table of a client list as CSV (`;`, UTF-8 with BOM) in `lang`.
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(bytes: &[u8], lang: &str, today: &str) -> Result<Vec<u8>, JsError> {
    let (table, lang) = table_of(bytes, lang, today)?;
    Ok(table.to_csv(lang))
}

/// The table of a client list as an XLSX workbook in `lang`.
#[wasm_bindgen(js_name = exportXlsx)]
pub fn export_xlsx(bytes: &[u8], lang: &str, today: &str) -> Result<Vec<u8>, JsError> {
    let (table, lang) = table_of(bytes, lang, today)?;
    table
        .to_xlsx(lang)
        .map_err(|e| JsError::new(&e.message(lang)))
}

/// The CSV template with two example clients.
#[wasm_bindgen(js_name = templateCsv)]
pub fn template_csv() -> Vec<u8> {
    batch::template_csv()
}

/// The XLSX template with two example clients.
#[wasm_bindgen(js_name = templateXlsx)]
pub fn template_xlsx() -> Result<Vec<u8>, JsError> {
    batch::template_xlsx().map_err(|e| JsError::new(&e.message(Lang::En)))
}

/// The canonical grid (JSON list of rows of texts) of the table a client list gives in
/// `lang`: what its exports must read back to.
#[wasm_bindgen(js_name = tableGrid)]
pub fn table_grid(bytes: &[u8], lang: &str, today: &str) -> Result<String, JsError> {
    let (table, lang) = table_of(bytes, lang, today)?;
    Ok(json!(batch::canonical_grid(&table.grid(lang))).to_string())
}

/// Reads an exported table (CSV or XLSX) back into its canonical grid (JSON text).
#[wasm_bindgen(js_name = readExport)]
pub fn read_export(bytes: &[u8]) -> Result<String, JsError> {
    batch::export::read_export(bytes)
        .map(|g| json!(g).to_string())
        .map_err(|e| JsError::new(&e.message(Lang::En)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_has_rows_totals_and_links() {
        let today = Date::parse("2026-11-28").unwrap();
        let v = table_json(&batch::template_csv(), Lang::Nl, today);
        assert_eq!(v["rows"].as_array().unwrap().len(), 2);
        assert_eq!(
            v["measures"].as_array().unwrap().len(),
            batch::table_measures().len()
        );
        assert_eq!(v["rows"][0]["cells"][0]["status"], "eligible");
        assert!(v["rows"][0]["fragment"].as_str().unwrap().starts_with("s="));
        assert!(v["rows"][0]["fragment"]
            .as_str()
            .unwrap()
            .ends_with("&lang=nl"));
        assert_eq!(v["totals"]["evaluated"], 2);
        let bad = table_json(b"", Lang::Fr, today);
        assert!(bad["error"].as_str().unwrap().contains("vide"));
    }
}
