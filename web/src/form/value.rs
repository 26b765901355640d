//! Reading the raw text of one field: checks it by the field's kind and turns it into
//! its scenario JSON value; what does not read gets a [`FieldError`].
use serde_json::Value;

use crate::field_error::FieldError;
use crate::i18n::Lang;
use crate::questions::Kind;

/// Parses the raw text of a decimal field as typed in a language (see
/// [`crate::format::read_number`]); returns the canonical decimal string ("1234.56").
/// `None` reads canonical text (scenario files: "1234.5").
pub fn parse_decimal(raw: &str, lang: Option<Lang>) -> Result<String, FieldError> {
    crate::format::read_number(raw, lang.unwrap_or(Lang::En))
}

fn valid_iso_date(raw: &str) -> bool {
    let b = raw.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(&raw[0..4]), num(&raw[5..7]), num(&raw[8..10])) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && y >= 1900
}

/// Whether a plain decimal ("100.5", "-3", "007") is above 100, without float parsing
/// (which would link a float parser into the wasm).
fn above_hundred(decimal: &str) -> bool {
    if decimal.starts_with('-') {
        return false;
    }
    let (int_part, frac) = decimal.split_once('.').unwrap_or((decimal, ""));
    let int_part = int_part.trim_start_matches('0');
    match int_part.len() {
        0..=2 => false,
        3 => int_part > "100" || (int_part == "100" && frac.bytes().any(|b| b != b'0')),
        _ => true,
    }
}

/// Checks the raw text of a field and turns it into its JSON value; `Ok(None)` when empty.
pub fn field_value(kind: Kind, raw: &str, lang: Option<Lang>) -> Result<Option<Value>, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    // Counts (staff, participants, days) get their own wording.
    let count_error = |e: FieldError| match e {
        FieldError::NotANumber => FieldError::NotACount,
        FieldError::Negative => FieldError::NegativeCount,
        other => other,
    };
    match kind {
        Kind::Money => parse_decimal(raw, lang).map(|s| Some(Value::String(s))),
        Kind::Decimal => parse_decimal(raw, lang)
            .map(|s| Some(Value::String(s)))
            .map_err(count_error),
        Kind::Percent => {
            let s = parse_decimal(raw, lang)?;
            if above_hundred(&s) {
                return Err(FieldError::AbovePercent);
            }
            Ok(Some(Value::String(s)))
        }
        Kind::Integer => {
            let s = parse_decimal(raw, lang).map_err(|e| match e {
                FieldError::TooManyDecimals => FieldError::NotWhole,
                other => count_error(other),
            })?;
            if s.contains('.') {
                return Err(FieldError::NotWhole);
            }
            s.parse::<u64>()
                .map(|n| Some(Value::from(n)))
                .map_err(|_| FieldError::NotANumber)
        }
        Kind::Date => {
            if valid_iso_date(raw) {
                Ok(Some(Value::String(raw.to_string())))
            } else {
                Err(FieldError::BadDate)
            }
        }
        Kind::Bool => match raw {
            "true" => Ok(Some(Value::Bool(true))),
            "false" => Ok(Some(Value::Bool(false))),
            _ => Ok(None),
        },
        Kind::Text => Ok(Some(Value::String(raw.to_string()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_above_100_is_refused() {
        for ok in ["0", "100", "100.00", "099.99", "25.5", "007"] {
            assert!(!above_hundred(ok), "{ok}");
        }
        for above in ["100.01", "101", "250", "1000", "0100.5"] {
            assert!(above_hundred(above), "{above}");
        }
        assert_eq!(
            field_value(Kind::Percent, "100,5", Some(Lang::Nl)),
            Err(FieldError::AbovePercent)
        );
        assert!(field_value(Kind::Percent, "100", None).is_ok());
    }

    #[test]
    fn decimals_are_checked_not_guessed() {
        let nl = Some(Lang::Nl);
        assert_eq!(parse_decimal("1234,56", nl), Ok("1234.56".into()));
        assert_eq!(parse_decimal(" 1 234.5 €", None), Ok("1234.5".into()));
        assert_eq!(parse_decimal("12a", nl), Err(FieldError::NotANumber));
        assert_eq!(parse_decimal("-5", nl), Err(FieldError::Negative));
        assert_eq!(
            parse_decimal("1.234", None),
            Err(FieldError::TooManyDecimals)
        );
        assert_eq!(parse_decimal("1.234", nl), Ok("1234".into()));
        assert_eq!(
            field_value(Kind::Percent, "101", nl),
            Err(FieldError::AbovePercent)
        );
        assert_eq!(
            field_value(Kind::Integer, "2,5", nl),
            Err(FieldError::NotWhole)
        );
        assert_eq!(
            field_value(Kind::Date, "2026-02-30", nl),
            Err(FieldError::BadDate)
        );
    }

    #[test]
    fn counts_get_their_own_wording() {
        let nl = Some(Lang::Nl);
        assert_eq!(
            field_value(Kind::Integer, "-3", nl),
            Err(FieldError::NegativeCount)
        );
        assert_eq!(
            field_value(Kind::Decimal, "-3", nl),
            Err(FieldError::NegativeCount)
        );
        assert_eq!(
            field_value(Kind::Integer, "twaalf", nl),
            Err(FieldError::NotACount)
        );
        assert_eq!(
            field_value(Kind::Integer, "1.200", nl),
            Ok(Some(Value::from(1200u64)))
        );
        assert_eq!(
            field_value(Kind::Money, "-3", nl),
            Err(FieldError::Negative)
        );
    }
}
