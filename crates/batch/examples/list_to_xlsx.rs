//! Turns a CSV client list into an XLSX workbook the way a spreadsheet holds it: amounts,
//! percentages and counts as number cells, dates as date cells, the rest as text.
//!
//! `cargo run -p steunwijzer-batch --example list_to_xlsx -- clients.csv clients.xlsx`

use batch::cells::{parse_date, parse_number};
use batch::columns::{column_named, ColumnType};
use batch::export::write_xlsx;
use batch::read::read_grid;
use batch::Cell;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = &args[..] else {
        eprintln!("usage: list_to_xlsx CLIENTS.csv CLIENTS.xlsx");
        return ExitCode::from(2);
    };
    let grid = match std::fs::read(input)
        .map_err(|e| e.to_string())
        .and_then(|b| read_grid(&b).map_err(|e| e.message(eligibility::text::Lang::En)))
    {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{input}: {e}");
            return ExitCode::from(2);
        }
    };
    let types: Vec<Option<ColumnType>> = grid
        .first()
        .map(|h| {
            h.iter()
                .map(|c| column_named(&c.shown()).map(|c| c.ty))
                .collect()
        })
        .unwrap_or_default();
    let typed: Vec<Vec<Cell>> = grid
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .enumerate()
                .map(|(c, cell)| match types.get(c).copied().flatten() {
                    _ if r == 0 => cell.clone(),
                    Some(
                        ColumnType::Money
                        | ColumnType::Percent
                        | ColumnType::Staff
                        | ColumnType::Whole,
                    ) => parse_number(cell)
                        .ok()
                        .and_then(|t| t.parse::<f64>().ok())
                        .map_or_else(|| cell.clone(), Cell::Number),
                    Some(ColumnType::Date) => {
                        parse_date(cell).map_or_else(|_| cell.clone(), Cell::Date)
                    }
                    _ => cell.clone(),
                })
                .collect()
        })
        .collect();
    match write_xlsx(&typed, "Klanten").map(|bytes| std::fs::write(output, bytes)) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        _ => {
            eprintln!("{output}: could not write the workbook");
            ExitCode::from(2)
        }
    }
}
