//! Reading cell values as people type them in Belgium: numbers such as `3.200` or
//! `1.800.000,50`, dates such as `28/11/2026`, answers such as `ja`/`nee`.

use eligibility::Date;

/// One cell of a client list, as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in the cell.
    Empty,
    /// A text (every CSV cell; an XLSX text cell).
    Text(String),
    /// A number stored as a number (XLSX).
    Number(f64),
    /// A true/false cell (XLSX).
    Bool(bool),
    /// A date cell (XLSX).
    Date(Date),
}

impl Cell {
    /// A text cell, or `Empty` when it holds only spaces.
    pub fn text(raw: &str) -> Cell {
        let t = raw.trim();
        if t.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(t.to_string())
        }
    }

    /// Whether the cell is empty.
    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    /// The cell as the user sees it (for error messages and the client name).
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => number_text(*n).unwrap_or_else(|| n.to_string()),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Date(d) => d.to_string(),
        }
    }
}

/// Why a cell could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellProblem {
    /// Not a number.
    NotANumber,
    /// A negative number.
    Negative,
    /// A number with decimals where a whole number is needed.
    NotWhole,
    /// Not a date.
    NotADate,
}

/// A number from an XLSX cell as a plain decimal text (`"1800000.5"`); floating-point
/// noise below a millionth of a cent is dropped. `None` for NaN or infinity.
pub fn number_text(n: f64) -> Option<String> {
    if !n.is_finite() {
        return None;
    }
    let rounded = (n * 100.0).round() / 100.0;
    let n = if (rounded - n).abs() < 1e-6 {
        rounded
    } else {
        n
    };
    let text = format!("{n}");
    if text.contains('e') {
        return Some(format!("{n:.0}"));
    }
    Some(text)
}

/// Reads a number typed the Belgian way (or the international way) into a plain
/// decimal text with a dot: `3.200` → `3200`, `1.800.000,50` → `1800000.50`,
/// `12,5` → `12.5`, `12.50` → `12.50`, `€ 2 400` → `2400`, `30 %` → `30`.
///
/// A single dot followed by exactly three digits is a thousands separator (`3.200`
/// means three thousand two hundred, as Belgian Excel writes it); with a comma present,
/// the comma is the decimal sign and dots group thousands.
pub fn parse_number(cell: &Cell) -> Result<String, CellProblem> {
    let raw = match cell {
        Cell::Number(n) => {
            if *n < 0.0 {
                return Err(CellProblem::Negative);
            }
            return number_text(*n).ok_or(CellProblem::NotANumber);
        }
        Cell::Text(t) => t.as_str(),
        _ => return Err(CellProblem::NotANumber),
    };
    let mut s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '\'')
        .collect();
    for unit in ["€", "EUR", "eur", "%"] {
        s = s
            .trim_start_matches(unit)
            .trim_end_matches(unit)
            .to_string();
    }
    if let Some(rest) = s.strip_prefix('-') {
        return if parse_number(&Cell::Text(rest.to_string())).is_ok() {
            Err(CellProblem::Negative)
        } else {
            Err(CellProblem::NotANumber)
        };
    }
    let s = s.strip_prefix('+').unwrap_or(&s);
    let (int_part, frac_part) = match s.matches(',').count() {
        0 => {
            let dots = s.matches('.').count();
            let last = s.rsplit('.').next().unwrap_or("");
            if dots == 1 && last.len() != 3 {
                let (i, f) = s.split_once('.').unwrap_or((s, ""));
                (i.to_string(), Some(f.to_string()))
            } else {
                (s.to_string(), None)
            }
        }
        1 => {
            let (i, f) = s.split_once(',').unwrap_or((s, ""));
            (i.to_string(), Some(f.to_string()))
        }
        _ => return Err(CellProblem::NotANumber),
    };
    let digits = ungroup(&int_part).ok_or(CellProblem::NotANumber)?;
    match frac_part {
        None => Ok(digits),
        Some(f) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(format!("{digits}.{f}"))
        }
        Some(f) if f.is_empty() => Ok(digits),
        Some(_) => Err(CellProblem::NotANumber),
    }
}

/// `1.800.000` → `1800000`; `1800000` stays; badly grouped dots are refused.
fn ungroup(int_part: &str) -> Option<String> {
    let groups: Vec<&str> = int_part.split('.').collect();
    let first = groups.first()?;
    let ok_first = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit());
    let grouped = groups.len() == 1 || first.len() <= 3;
    let ok_rest = groups[1..]
        .iter()
        .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    (ok_first && grouped && ok_rest).then(|| groups.concat())
}

/// A whole number (participants, days): `3`, `3,0`, `3.000` (three thousand).
pub fn parse_whole(cell: &Cell) -> Result<u64, CellProblem> {
    let text = parse_number(cell)?;
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    if frac.bytes().any(|b| b != b'0') {
        return Err(CellProblem::NotWhole);
    }
    int.parse::<u64>().map_err(|_| CellProblem::NotANumber)
}

/// A date: `2026-11-28`, `28/11/2026`, `28-11-2026`, `28.11.2026`, or an XLSX date cell.
pub fn parse_date(cell: &Cell) -> Result<Date, CellProblem> {
    match cell {
        Cell::Date(d) => Ok(*d),
        Cell::Number(n) => excel_serial_date(*n).ok_or(CellProblem::NotADate),
        Cell::Text(t) => {
            let t = t.trim();
            // A date-time text from a spreadsheet: keep the date.
            let t = t.split([' ', 'T']).next().unwrap_or(t);
            if let Some(d) = Date::parse(t) {
                return Ok(d);
            }
            let parts: Vec<&str> = t.split(['/', '-', '.']).collect();
            if let [d, m, y] = parts[..] {
                if y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
                    if let (Ok(d), Ok(m), Ok(y)) = (d.parse(), m.parse(), y.parse()) {
                        return Date::new(y, m, d).ok_or(CellProblem::NotADate);
                    }
                }
            }
            Err(CellProblem::NotADate)
        }
        _ => Err(CellProblem::NotADate),
    }
}

/// An Excel serial day number (1900 date system) as a date.
pub fn excel_serial_date(serial: f64) -> Option<Date> {
    if !serial.is_finite() || !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    // Serial 25569 is 1970-01-01 (Excel counts the non-existent 1900-02-29).
    Date::from_days(serial.floor() as i64 - 25_569)
}

/// A text reduced for matching answers and column names: lower case, trimmed, accents
/// off, spaces, dashes and dots to `_`, repeated `_` collapsed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            ' ' | '-' | '.' | '/' | '\u{a0}' => '_',
            c => c,
        };
        if c == '_' && (out.is_empty() || out.ends_with('_')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(t: &str) -> Result<String, CellProblem> {
        parse_number(&Cell::Text(t.into()))
    }

    #[test]
    fn belgian_numbers_are_read_as_meant() {
        assert_eq!(num("3.200"), Ok("3200".into()));
        assert_eq!(num("1.800.000,50"), Ok("1800000.50".into()));
        assert_eq!(num("1.800.000"), Ok("1800000".into()));
        assert_eq!(num("2400000"), Ok("2400000".into()));
        assert_eq!(num("12,5"), Ok("12.5".into()));
        assert_eq!(num("12.50"), Ok("12.50".into()));
        assert_eq!(num("18.5"), Ok("18.5".into()));
        assert_eq!(num("€ 2 400,00"), Ok("2400.00".into()));
        assert_eq!(num("2\u{a0}400"), Ok("2400".into()));
        assert_eq!(num("30 %"), Ok("30".into()));
        assert_eq!(num("1,800,000"), Err(CellProblem::NotANumber));
        assert_eq!(num("12.34.5"), Err(CellProblem::NotANumber));
        assert_eq!(num("1234.567.890"), Err(CellProblem::NotANumber));
        assert_eq!(num("twaalf"), Err(CellProblem::NotANumber));
        assert_eq!(num("-5"), Err(CellProblem::Negative));
        assert_eq!(num("-x"), Err(CellProblem::NotANumber));
        assert_eq!(
            parse_number(&Cell::Number(1800000.5)),
            Ok("1800000.5".into())
        );
        assert_eq!(parse_number(&Cell::Number(0.1 + 0.2)), Ok("0.3".into()));
        assert_eq!(parse_number(&Cell::Number(3200.0)), Ok("3200".into()));
        assert_eq!(
            parse_number(&Cell::Number(-1.0)),
            Err(CellProblem::Negative)
        );
    }

    #[test]
    fn whole_numbers_and_dates() {
        assert_eq!(parse_whole(&Cell::Text("3".into())), Ok(3));
        assert_eq!(parse_whole(&Cell::Text("3,0".into())), Ok(3));
        assert_eq!(
            parse_whole(&Cell::Text("2,5".into())),
            Err(CellProblem::NotWhole)
        );
        let d = |t: &str| parse_date(&Cell::Text(t.into())).map(|d| d.to_string());
        assert_eq!(d("2026-11-28"), Ok("2026-11-28".into()));
        assert_eq!(d("28/11/2026"), Ok("2026-11-28".into()));
        assert_eq!(d("1-2-2026"), Ok("2026-02-01".into()));
        assert_eq!(d("28.11.2026"), Ok("2026-11-28".into()));
        assert_eq!(d("2026-11-28 00:00:00"), Ok("2026-11-28".into()));
        assert_eq!(d("31/02/2026"), Err(CellProblem::NotADate));
        assert_eq!(d("gisteren"), Err(CellProblem::NotADate));
        assert_eq!(
            parse_date(&Cell::Number(46354.0)).map(|d| d.to_string()),
            Ok("2026-11-28".into())
        );
    }

    #[test]
    fn names_are_normalized() {
        assert_eq!(normalize("  Personeel (VTE) "), "personeel_(vte)");
        assert_eq!(normalize("Wallonië"), "wallonie");
        assert_eq!(normalize("B.V."), "b_v");
        assert_eq!(normalize("feitelijke  vereniging"), "feitelijke_vereniging");
    }
}
