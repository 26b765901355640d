//! A whole client list at once, for advisors: reads a CSV or XLSX list (one row per
//! client, documented Dutch column names, Belgian number formats), evaluates every row
//! with the engine, and gives a table with a status and amount per measure, totals, and
//! the errors of bad rows (which column, and why, in nl/en/fr). The table exports to
//! CSV and XLSX. Pure: no I/O, no web dependencies.
//!
//! ```
//! let list = batch::read_list(batch::template_csv().as_slice()).unwrap();
//! let today = eligibility::Date::parse("2026-11-28").unwrap();
//! let table = batch::evaluate_list(&list, today);
//! assert_eq!(table.rows.len(), 2);
//! ```

pub mod cells;
pub mod columns;
pub mod export;
pub mod read;
pub mod text;

pub use cells::Cell;
pub use columns::{CellError, Column, COLUMNS};
pub use export::{canonical_grid, template_csv, template_xlsx};

use columns::{column_for_path, column_named, read_cell, set_path};
use eligibility::{Date, InputError, MeasureId, Money, Status};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

/// Why a whole file cannot be used (the rows are not read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// No rows at all.
    Empty,
    /// A header but no client rows.
    NoRows,
    /// Not a text or spreadsheet file (an image, a PDF, ...).
    NotAList,
    /// None of the header's names is a documented column.
    NoKnownColumns,
    /// A column name appears twice.
    DuplicateColumn(String),
    /// An old binary Excel file (.xls).
    OldExcel,
    /// A damaged file, or a zip that is not a workbook.
    Unreadable,
    /// More rows than [`read::MAX_ROWS`].
    TooManyRows,
}

impl FileError {
    /// The message in `lang`.
    pub fn message(&self, lang: eligibility::text::Lang) -> String {
        text::file_error_message(self, lang)
    }
}

/// A client list as read from a file: its columns and its rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientList {
    /// The documented column of each header cell (`None`: not a known column).
    pub columns: Vec<Option<&'static Column>>,
    /// Header names that are not documented columns (reported, not used).
    pub unknown_columns: Vec<String>,
    /// The data rows: spreadsheet row number (the header is row 1) and cells.
    pub rows: Vec<(usize, Vec<Cell>)>,
}

/// Reads a client list from the bytes of a CSV or XLSX file. Empty rows are skipped.
pub fn read_list(bytes: &[u8]) -> Result<ClientList, FileError> {
    let grid = read::read_grid(bytes)?;
    let mut rows = grid
        .into_iter()
        .enumerate()
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    let (_, header) = rows.next().ok_or(FileError::Empty)?;
    let mut columns = Vec::with_capacity(header.len());
    let mut unknown_columns = Vec::new();
    for cell in &header {
        let name = cell.shown();
        let column = column_named(&name);
        if let Some(c) = column {
            if columns.contains(&Some(c)) {
                return Err(FileError::DuplicateColumn(c.name.to_string()));
            }
        } else if !name.trim().is_empty() {
            unknown_columns.push(name.trim().to_string());
        }
        columns.push(column);
    }
    if columns.iter().all(Option::is_none) {
        return Err(FileError::NoKnownColumns);
    }
    let rows: Vec<(usize, Vec<Cell>)> = rows.map(|(i, cells)| (i + 1, cells)).collect();
    if rows.is_empty() {
        return Err(FileError::NoRows);
    }
    Ok(ClientList {
        columns,
        unknown_columns,
        rows,
    })
}

/// The measures that have amounts: one table column each, in report order.
pub fn table_measures() -> Vec<MeasureId> {
    MeasureId::ALL
        .into_iter()
        .filter(|m| m.kind() != eligibility::Kind::Signpost)
        .collect()
}

/// What went wrong in one row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowErrorKind {
    /// The cell could not be read.
    Cell(CellError),
    /// The engine refused the value.
    Engine(InputError),
}

/// One refused cell of a row: which column, what it held, why.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// The column name (or, for a scenario file, the field path).
    pub column: String,
    /// The cell as the file holds it.
    pub value: String,
    /// Why.
    pub kind: RowErrorKind,
}

impl RowError {
    /// Why, in `lang`.
    pub fn message(&self, lang: eligibility::text::Lang) -> String {
        text::row_error_message(self, lang)
    }
}

/// One measure of an evaluated row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasureCell {
    /// The measure.
    pub id: MeasureId,
    /// Its status.
    pub status: Status,
    /// Its amount (the report's amount, also for an uncertain measure).
    pub amount: Money,
}

/// A row the engine evaluated.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluated {
    /// One cell per [`table_measures`] measure.
    pub measures: Vec<MeasureCell>,
    /// The report's total of certain grants.
    pub grants: Money,
    /// The report's total of certain tax deductions.
    pub tax_deductions: Money,
    /// The scenario as compact JSON (what the calculator's link carries).
    pub scenario_json: String,
}

/// The result of one row.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Evaluated.
    Evaluated(Evaluated),
    /// Refused, with every wrong cell.
    Refused(Vec<RowError>),
}

/// One client of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Row number in the file (the header is row 1), or the position in a batch of files.
    pub line: usize,
    /// The client's name (`klant`), or the file name.
    pub client: String,
    /// Evaluated or refused.
    pub outcome: Outcome,
}

/// The sums over the evaluated rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Totals {
    /// Per [`table_measures`] measure: the sum of its amounts where it is eligible.
    pub measures: Vec<Money>,
    /// Sum of the rows' certain grants.
    pub grants: Money,
    /// Sum of the rows' certain tax deductions.
    pub tax_deductions: Money,
    /// Rows evaluated.
    pub evaluated: usize,
    /// Rows refused.
    pub refused: usize,
}

/// The table of a client list.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The date used where a row has no `datum`.
    pub today: Date,
    /// Header names that were not used.
    pub unknown_columns: Vec<String>,
    /// One row per client, in file order.
    pub rows: Vec<Row>,
    /// The sums.
    pub totals: Totals,
}

/// Evaluates every row of a client list; a row without `datum` is evaluated on `today`.
pub fn evaluate_list(list: &ClientList, today: Date) -> Table {
    let rows = list
        .rows
        .iter()
        .map(|(line, cells)| evaluate_row(*line, &list.columns, cells, today))
        .collect();
    Table::new(today, list.unknown_columns.clone(), rows)
}

fn evaluate_row(
    line: usize,
    columns: &[Option<&'static Column>],
    cells: &[Cell],
    today: Date,
) -> Row {
    let mut client = String::new();
    let mut scenario = Map::new();
    let mut errors = Vec::new();
    for (column, cell) in columns.iter().zip(cells) {
        let Some(column) = column else { continue };
        if column.ty == columns::ColumnType::Client {
            client = cell.shown();
            continue;
        }
        match read_cell(column, cell) {
            Ok(Some(value)) => set_path(&mut scenario, column.path, value),
            Ok(None) => {}
            Err(kind) => errors.push(RowError {
                column: column.name.to_string(),
                value: cell.shown(),
                kind: RowErrorKind::Cell(kind),
            }),
        }
    }
    if client.is_empty() {
        client = format!("#{line}");
    }
    let outcome = if errors.is_empty() {
        scenario.insert("version".into(), Value::from(1));
        scenario
            .entry("date")
            .or_insert_with(|| Value::String(today.to_string()));
        let json = Value::Object(scenario).to_string();
        evaluate_json(&json, today, |e| {
            let column = column_for_path(&e.path);
            let value = column
                .and_then(|c| columns.iter().position(|k| *k == Some(c)))
                .and_then(|i| cells.get(i))
                .map(Cell::shown)
                .unwrap_or_default();
            RowError {
                column: column.map_or(e.path.clone(), |c| c.name.to_string()),
                value,
                kind: RowErrorKind::Engine(e),
            }
        })
    } else {
        Outcome::Refused(errors)
    };
    Row {
        line,
        client,
        outcome,
    }
}

/// Evaluates a scenario JSON text; an error becomes a row error through `locate`.
fn evaluate_json(json: &str, today: Date, locate: impl Fn(InputError) -> RowError) -> Outcome {
    let report = eligibility::parse_scenario(json).and_then(|s| {
        let report = eligibility::evaluate(&s, today)?;
        Ok((s, report))
    });
    match report {
        Err(e) => Outcome::Refused(vec![locate(e)]),
        Ok((scenario, report)) => {
            let measures = table_measures()
                .into_iter()
                .map(|id| {
                    let m = report.measures.iter().find(|m| m.id == id);
                    MeasureCell {
                        id,
                        status: m.map_or(Status::Uncertain, |m| m.status),
                        amount: m.map_or(Money(Decimal::ZERO), |m| m.amount),
                    }
                })
                .collect();
            Outcome::Evaluated(Evaluated {
                measures,
                grants: report.totals.grants,
                tax_deductions: report.totals.tax_deductions,
                scenario_json: serde_json::to_string(&scenario)
                    .unwrap_or_else(|_| json.to_string()),
            })
        }
    }
}

/// Evaluates scenario files (name and JSON text each), one row per file: the table of
/// `steunwijzer evaluate --format csv FOLDER`. A refused file names the field path.
pub fn evaluate_scenarios(files: &[(String, String)], today: Date) -> Table {
    let rows = files
        .iter()
        .enumerate()
        .map(|(i, (name, json))| Row {
            line: i + 1,
            client: name.clone(),
            outcome: evaluate_json(json, today, |e| RowError {
                column: e.path.clone(),
                value: String::new(),
                kind: RowErrorKind::Engine(e),
            }),
        })
        .collect();
    Table::new(today, Vec::new(), rows)
}

impl Table {
    fn new(today: Date, unknown_columns: Vec<String>, rows: Vec<Row>) -> Table {
        let n = table_measures().len();
        let mut sums = vec![Decimal::ZERO; n];
        let mut grants = Decimal::ZERO;
        let mut deductions = Decimal::ZERO;
        let (mut evaluated, mut refused) = (0, 0);
        for row in &rows {
            match &row.outcome {
                Outcome::Evaluated(e) => {
                    evaluated += 1;
                    for (sum, m) in sums.iter_mut().zip(&e.measures) {
                        if m.status == Status::Eligible {
                            *sum = sum.saturating_add(m.amount.0);
                        }
                    }
                    grants = grants.saturating_add(e.grants.0);
                    deductions = deductions.saturating_add(e.tax_deductions.0);
                }
                Outcome::Refused(_) => refused += 1,
            }
        }
        Table {
            today,
            unknown_columns,
            rows,
            totals: Totals {
                measures: sums.into_iter().map(Money).collect(),
                grants: Money(grants),
                tax_deductions: Money(deductions),
                evaluated,
                refused,
            },
        }
    }
}

/// The calculator's URL fragment for a scenario (without `#`), exactly as the app
/// writes and reads it: `s=<base64url of the compact scenario JSON>&lang=nl`.
pub fn calculator_fragment(scenario_json: &str, lang: eligibility::text::Lang) -> String {
    eligibility::share_link::fragment(scenario_json, lang)
}

#[cfg(test)]
mod tests;
