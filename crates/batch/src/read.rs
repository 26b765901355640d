//! Reading a file into a grid of cells: CSV (`;` or `,`, UTF-8 with or without BOM, or
//! the Windows-1252 that older Excel writes) or XLSX (the first worksheet).

use crate::cells::{excel_serial_date, Cell};
use crate::FileError;
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// Most data rows read from one file.
pub const MAX_ROWS: usize = 10_000;

/// The cells of a file, row by row (the first row is the header).
pub fn read_grid(bytes: &[u8]) -> Result<Vec<Vec<Cell>>, FileError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(FileError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_xlsx(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(FileError::OldExcel);
    }
    let text = decode_text(bytes)?;
    read_csv(&text)
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Vec<Cell>>, FileError> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|_| FileError::Unreadable)?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(FileError::Empty)?
        .map_err(|_| FileError::Unreadable)?;
    // Rows above the range's start are empty; keep spreadsheet row numbers right.
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut grid: Vec<Vec<Cell>> = vec![Vec::new(); first_row as usize];
    for row in range.rows() {
        if grid.len() > MAX_ROWS + 1 {
            return Err(FileError::TooManyRows);
        }
        let mut cells = vec![Cell::Empty; first_col as usize];
        cells.extend(row.iter().map(|d| {
            match d {
                Data::Empty | Data::Error(_) => Cell::Empty,
                Data::String(s) => Cell::text(s),
                Data::Float(f) => Cell::Number(*f),
                Data::Int(i) => Cell::Number(*i as f64),
                Data::Bool(b) => Cell::Bool(*b),
                Data::DateTime(dt) => excel_serial_date(dt.as_f64())
                    .map(Cell::Date)
                    .unwrap_or(Cell::Empty),
                Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::text(s),
            }
        }));
        grid.push(cells);
    }
    Ok(grid)
}

/// UTF-8 (BOM dropped); text that is not UTF-8 is read as Windows-1252. Bytes that no
/// text file holds (NUL, most control characters) mean a foreign file.
fn decode_text(bytes: &[u8]) -> Result<String, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let control = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if control > 0 {
        return Err(FileError::NotAList);
    }
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    })
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The separator of the header line: `;` (Belgian Excel), `,` or a tab, whichever
/// occurs most outside quotes.
fn separator(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b';', b',', b'\t'][best]
}

fn read_csv(text: &str) -> Result<Vec<Vec<Cell>>, FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| FileError::Unreadable)?;
        if grid.len() > MAX_ROWS + 1 {
            return Err(FileError::TooManyRows);
        }
        grid.push(record.iter().map(Cell::text).collect());
    }
    Ok(grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_encodings() {
        let grid = read_grid("\u{feff}klant;omzet\r\nA;\"1.800.000,50\"\r\n".as_bytes()).unwrap();
        assert_eq!(grid[1], vec![Cell::text("A"), Cell::text("1.800.000,50")]);
        let grid = read_grid(b"klant,omzet\nA,\"1,5\"\n").unwrap();
        assert_eq!(grid[1][1], Cell::text("1,5"));
        let grid = read_grid(b"klant;gewest\nA;Walloni\xEB\n").unwrap();
        assert_eq!(grid[1][1], Cell::text("Wallonië"));
        assert_eq!(read_grid(b"  \n"), Err(FileError::Empty));
        assert_eq!(
            read_grid(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(FileError::NotAList)
        );
        assert_eq!(read_grid(b"PK\x03\x04garbage"), Err(FileError::Unreadable));
        assert_eq!(
            read_grid(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]),
            Err(FileError::OldExcel)
        );
    }
}
