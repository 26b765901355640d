//! `steunwijzer evaluate --format csv`: one row per client with a status and amount per
//! measure and a totals row, the same table as the advisor page (crates/batch).

use crate::{emit, expand_inputs, read_source, EXIT_INPUT};
use batch::{Outcome, Table};
use eligibility::text::Lang;
use eligibility::Date;
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

/// Whether a path names a client list (a spreadsheet) rather than a scenario file.
fn is_client_list(input: &str) -> bool {
    let ext = Path::new(input)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    matches!(ext.as_deref(), Some("csv" | "xlsx" | "xls" | "txt" | "tsv"))
}

/// Evaluates the inputs as one table and prints it as CSV. Exit 2 when the file cannot
/// be used or a row is refused (the other rows are still printed; reasons on stderr).
pub fn run(inputs: &[String], today: Date, lang: Lang) -> ExitCode {
    let table = match table_of(inputs, today, lang) {
        Ok(t) => t,
        Err(message) => {
            eprintln!("steunwijzer: {message}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    for row in &table.rows {
        if let Outcome::Refused(errors) = &row.outcome {
            for e in errors {
                eprintln!(
                    "steunwijzer: {} {} ({}): {}: {}",
                    row_word(lang),
                    row.line,
                    row.client,
                    e.column,
                    e.message(lang)
                );
            }
        }
    }
    for column in &table.unknown_columns {
        eprintln!(
            "steunwijzer: {}",
            batch::text::unknown_column_message(column, lang)
        );
    }
    let csv = String::from_utf8(table.to_csv(lang)).unwrap_or_default();
    let status = emit(&csv);
    if table.totals.refused > 0 {
        ExitCode::from(EXIT_INPUT)
    } else {
        status
    }
}

fn row_word(lang: Lang) -> &'static str {
    eligibility::text::word("cli.row", lang)
}

fn table_of(inputs: &[String], today: Date, lang: Lang) -> Result<Table, String> {
    let list_inputs = inputs.iter().filter(|i| is_client_list(i)).count();
    if list_inputs > 0 && inputs.len() > 1 {
        return Err(
            "--format csv: give one client list alone, or scenario files and folders".into(),
        );
    }
    if list_inputs == 1 {
        let bytes = std::fs::read(&inputs[0]).map_err(|e| format!("{}: {e}", inputs[0]))?;
        return list_table(&bytes, &inputs[0], today, lang);
    }
    if inputs == ["-"] {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("-: {e}"))?;
        // A scenario is a JSON object; anything else is read as a client list.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return list_table(&bytes, "-", today, lang);
        }
        let text = String::from_utf8(bytes).map_err(|_| "-: not UTF-8 text".to_string())?;
        return Ok(batch::evaluate_scenarios(&[("-".into(), text)], today));
    }
    let sources = expand_inputs(inputs)?;
    let files: Vec<(String, String)> = sources
        .iter()
        .map(|s| {
            let text = read_source(s).unwrap_or_else(|f| {
                eprintln!("steunwijzer: {}: {}", s.name(), f.message(lang));
                String::new()
            });
            (s.name(), text)
        })
        .collect();
    Ok(batch::evaluate_scenarios(&files, today))
}

fn list_table(bytes: &[u8], name: &str, today: Date, lang: Lang) -> Result<Table, String> {
    let list = batch::read_list(bytes).map_err(|e| format!("{name}: {}", e.message(lang)))?;
    Ok(batch::evaluate_list(&list, today))
}
