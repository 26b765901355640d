//! The table as a grid of cells, written as CSV (`;`, UTF-8 with BOM, decimal comma in
//! Dutch and French: what Belgian Excel opens as meant) or XLSX, and the templates.

use crate::cells::{number_text, parse_number, Cell};
use crate::columns::COLUMNS;
use crate::text::headings;
use crate::{table_measures, FileError, Outcome, Table};
use eligibility::text::{measure_name, status_label, Lang};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook};

impl Table {
    /// The table as cells: a header row, a row per client, a totals row. Amounts are
    /// [`Cell::Number`]s; everything else is text in `lang`.
    pub fn grid(&self, lang: Lang) -> Vec<Vec<Cell>> {
        let h = headings(lang);
        let measures = table_measures();
        let text = |t: &str| Cell::Text(t.to_string());
        let amount = |d: Decimal| Cell::Number(f64::try_from(d).unwrap_or(0.0));
        let mut header = vec![text(h.line), text(h.client)];
        for id in &measures {
            header.push(text(measure_name(*id, lang)));
            header.push(text(&format!(
                "{}: {}",
                measure_name(*id, lang),
                h.amount_suffix
            )));
        }
        header.extend([
            text(h.grants),
            text(h.deductions),
            text(h.error_column),
            text(h.error),
        ]);
        let width = header.len();
        let mut grid = vec![header];
        for row in &self.rows {
            let mut cells = vec![Cell::Number(row.line as f64), text(&row.client)];
            match &row.outcome {
                Outcome::Evaluated(e) => {
                    for m in &e.measures {
                        cells.push(text(status_label(m.status, lang)));
                        cells.push(amount(m.amount.0));
                    }
                    cells.extend([amount(e.grants.0), amount(e.tax_deductions.0)]);
                }
                Outcome::Refused(errors) => {
                    cells.push(text(h.refused));
                    cells.resize(width - 2, Cell::Empty);
                    let columns: Vec<&str> = errors.iter().map(|e| e.column.as_str()).collect();
                    let why: Vec<String> = errors
                        .iter()
                        .map(|e| format!("{}: {}", e.column, e.message(lang)))
                        .collect();
                    cells.extend([text(&columns.join(", ")), text(&why.join(" | "))]);
                }
            }
            cells.resize(width, Cell::Empty);
            grid.push(cells);
        }
        let mut total = vec![Cell::Empty, text(h.total)];
        for sum in &self.totals.measures {
            total.extend([Cell::Empty, amount(sum.0)]);
        }
        total.extend([
            amount(self.totals.grants.0),
            amount(self.totals.tax_deductions.0),
        ]);
        total.resize(width, Cell::Empty);
        grid.push(total);
        grid
    }

    /// The table as CSV in `lang`.
    pub fn to_csv(&self, lang: Lang) -> Vec<u8> {
        write_csv(&self.grid(lang), lang)
    }

    /// The table as an XLSX workbook in `lang`.
    pub fn to_xlsx(&self, lang: Lang) -> Result<Vec<u8>, FileError> {
        write_xlsx(&self.grid(lang), "Steunwijzer")
    }
}

/// Writes cells as CSV: `;` separated, UTF-8 with BOM; numbers with two decimals and a
/// decimal comma in Dutch and French (a dot in English), no thousands separators.
pub fn write_csv(grid: &[Vec<Cell>], lang: Lang) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in grid {
        let fields: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 && is_count(row, c) => {
                    format!("{n:.0}")
                }
                Cell::Number(n) => {
                    let t = format!("{n:.2}");
                    if lang == Lang::En {
                        t
                    } else {
                        t.replace('.', ",")
                    }
                }
                other => other.shown(),
            })
            .collect();
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(&fields);
    }
    out.extend(writer.into_inner().unwrap_or_default());
    out
}

/// The first cell of a row (the row number) is a count, not an amount.
fn is_count(row: &[Cell], cell: &Cell) -> bool {
    row.first().is_some_and(|first| std::ptr::eq(first, cell))
}

/// Writes cells as an XLSX workbook with one worksheet; amounts get a `#,##0.00` format.
pub fn write_xlsx(grid: &[Vec<Cell>], sheet: &str) -> Result<Vec<u8>, FileError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let day = Format::new().set_num_format("dd/mm/yyyy");
    let ws = book.add_worksheet();
    ws.set_name(sheet).map_err(|_| FileError::Unreadable)?;
    for (r, row) in grid.iter().enumerate() {
        let r = u32::try_from(r).map_err(|_| FileError::TooManyRows)?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| FileError::Unreadable)?;
            let written = match cell {
                Cell::Empty => continue,
                Cell::Text(t) if r == 0 => ws.write_string_with_format(r, c, t, &bold).map(|_| ()),
                Cell::Text(t) => ws.write_string(r, c, t).map(|_| ()),
                Cell::Number(n) if c == 0 => ws.write_number(r, c, *n).map(|_| ()),
                Cell::Number(n) => ws.write_number_with_format(r, c, *n, &money).map(|_| ()),
                Cell::Bool(b) => ws.write_boolean(r, c, *b).map(|_| ()),
                Cell::Date(d) => {
                    // Excel's serial day number: 25569 is 1970-01-01.
                    let serial = (d.to_days() + 25_569) as f64;
                    ws.write_number_with_format(r, c, serial, &day).map(|_| ())
                }
            };
            written.map_err(|_| FileError::Unreadable)?;
        }
    }
    ws.set_freeze_panes(1, 0)
        .map_err(|_| FileError::Unreadable)?;
    book.save_to_buffer().map_err(|_| FileError::Unreadable)
}

/// The template's cells: the column names and two example clients.
fn template_grid() -> Vec<Vec<Cell>> {
    vec![
        COLUMNS.iter().map(|c| Cell::text(c.name)).collect(),
        COLUMNS.iter().map(|c| Cell::text(c.example_1)).collect(),
        COLUMNS.iter().map(|c| Cell::text(c.example_2)).collect(),
    ]
}

/// The CSV template (`;`, UTF-8 with BOM, Belgian numbers) with two example clients.
pub fn template_csv() -> Vec<u8> {
    write_csv(&template_grid(), Lang::Nl)
}

/// The XLSX template with two example clients (cells as text, as a user may type them).
pub fn template_xlsx() -> Result<Vec<u8>, FileError> {
    write_xlsx(&template_grid(), "Klanten")
}

/// Cells reduced to comparable texts: a number (a number cell, or a text that reads as
/// one) becomes its plain decimal without trailing zeros; other cells their text. An
/// exported file read back gives the same canonical grid as the table it came from.
pub fn canonical_grid(grid: &[Vec<Cell>]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = grid
        .iter()
        .map(|row| {
            let mut cells: Vec<String> = row
                .iter()
                .map(|c| {
                    let number = match c {
                        Cell::Number(n) => number_text(*n),
                        Cell::Text(_) => parse_number(c).ok(),
                        _ => None,
                    };
                    match number.and_then(|t| t.parse::<Decimal>().ok()) {
                        Some(d) => d.normalize().to_string(),
                        None => c.shown(),
                    }
                })
                .collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            cells
        })
        .collect();
    while out.last().is_some_and(Vec::is_empty) {
        out.pop();
    }
    out
}

/// Reads an exported table (CSV or XLSX) back into its canonical grid.
pub fn read_export(bytes: &[u8]) -> Result<Vec<Vec<String>>, FileError> {
    Ok(canonical_grid(&crate::read::read_grid(bytes)?))
}
