//! Locale formatting of numbers, euro amounts and dates, done in Rust so that the
//! output is the same in every browser: nl-BE "1.234,56 €", fr-BE "1 234,56 €",
//! en "€1,234.56"; dates nl/fr "22/11/2026", en "22 Nov 2026". The formats themselves
//! live in the engine ([`eligibility::text`]), shared with the reasons and the CLI;
//! this module adds what only the page needs (bar widths).
use crate::field_error::FieldError;
use crate::i18n::Lang;
use eligibility::text;

/// Reads a number as people type it, in the habits of a language, and returns it as a
/// plain decimal ("3200.50"). nl and fr: "3.200", "3 200", "3.200,50", "€ 3.200,00",
/// "1.800.000" and "3200,5" all read as meant; en: "3,200", "3,200.50". Everywhere a
/// single separator followed by one or two digits is the decimal point ("1.5" = 1,50),
/// and when both separators occur the last one is. A separator followed by exactly three
/// digits groups thousands when it is the language's grouping sign (nl/fr ".", en ",").
/// Thousand groups must have three digits; at most two decimals are allowed.
pub fn read_number(raw: &str, lang: Lang) -> Result<String, FieldError> {
    let mut body: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€')
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    for suffix in ["EUR", "eur", "Eur", "%"] {
        if let Some(rest) = body.strip_suffix(suffix) {
            body = rest.to_string();
        }
    }
    let (negative, body) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body.as_str()),
    };
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return Err(FieldError::NotANumber);
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let grouping_sign = if lang == Lang::En { ',' } else { '.' };
    // Which sign is the decimal point, if any.
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let sign = if dots > 0 { '.' } else { ',' };
            let single = dots + commas == 1;
            let after = body.rsplit(sign).next().unwrap_or("");
            if single && !(sign == grouping_sign && after.len() == 3) {
                Some(sign)
            } else {
                None
            }
        }
        _ => {
            let last = body.rfind(['.', ',']).map(|i| body.as_bytes()[i] as char);
            let sign = last.unwrap_or(',');
            if body.matches(sign).count() != 1 {
                return Err(FieldError::NotANumber);
            }
            Some(sign)
        }
    };
    let (int_part, frac) = match decimal {
        Some(sign) => {
            let (i, f) = body.rsplit_once(sign).unwrap_or((body, ""));
            (i, Some(f))
        }
        None => (body, None),
    };
    // What is left of the integer part: digits, optionally grouped by threes.
    let groups: Vec<&str> = int_part.split(['.', ',']).collect();
    let grouped = groups.len() > 1;
    let groups_ok = groups.iter().enumerate().all(|(i, g)| {
        g.bytes().all(|b| b.is_ascii_digit())
            && if !grouped {
                true
            } else if i == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            }
    });
    let frac = frac.unwrap_or("");
    if !groups_ok || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::NotANumber);
    }
    let digits: String = groups.concat();
    if digits.is_empty() && frac.is_empty() {
        return Err(FieldError::NotANumber);
    }
    if negative {
        return Err(FieldError::Negative);
    }
    if frac.len() > 2 {
        return Err(FieldError::TooManyDecimals);
    }
    let int = digits.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    Ok(if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    })
}

/// Formats a decimal string such as "1234.5" or "-20" in the language's form, keeping
/// the decimals it has (use [`money`] for euro amounts). Text that is not a plain decimal
/// is returned unchanged.
pub fn number(raw: &str, lang: Lang) -> String {
    text::format_number(raw, lang)
}

/// Formats a euro amount given as a decimal string: nl "1.234,56 €", fr "1 234,56 €",
/// en "€1,234.56".
pub fn money(raw: &str, lang: Lang) -> String {
    text::format_money(raw, lang)
}

/// Formats a percentage given as a decimal string: nl/fr "30 %", en "30%".
pub fn percent(raw: &str, lang: Lang) -> String {
    text::format_percent(raw, lang)
}

/// Formats an ISO date "2026-11-22": nl/fr "22/11/2026", en "22 Nov 2026".
/// Text that is not an ISO date is returned unchanged.
pub fn date(iso: &str, lang: Lang) -> String {
    text::format_date(iso, lang)
}

/// Parses a decimal string ("1234.5") into whole cents, for drawing bars (no floats:
/// float formatting would add code to the wasm). Text that is not a decimal gives 0.
pub fn to_cents(raw: &str) -> i128 {
    let raw = raw.trim();
    let (int, frac) = raw.split_once('.').unwrap_or((raw, ""));
    let frac: String = frac.chars().chain("00".chars()).take(2).collect();
    format!("{int}{frac}").parse().unwrap_or(0)
}

/// `part` as a share of `total` in hundredths of a percent, clamped to 0..=10000.
pub fn share_basis_points(part: &str, total: &str) -> i128 {
    let total = to_cents(total).max(1);
    (to_cents(part) * 10_000 / total).clamp(0, 10_000)
}

/// A CSS width for a share: "12.34%".
pub fn css_percent(basis_points: i128) -> String {
    format!("{}.{:02}%", basis_points / 100, basis_points % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_numbers_read_as_meant_in_nl_and_fr() {
        for lang in [Lang::Nl, Lang::Fr] {
            for (typed, read) in [
                ("3.200", "3200"),
                ("3 200", "3200"),
                ("3\u{202F}200", "3200"),
                ("3\u{A0}200,50", "3200.50"),
                ("3.200,50", "3200.50"),
                ("€ 3.200,00", "3200.00"),
                ("3.200,00 €", "3200.00"),
                ("1.800.000", "1800000"),
                ("1 800 000", "1800000"),
                ("3200,5", "3200.5"),
                ("3200", "3200"),
                ("1.5", "1.5"),
                ("1.50", "1.50"),
                ("0,5", "0.5"),
                (",5", "0.5"),
                ("007", "7"),
                ("12,", "12"),
            ] {
                assert_eq!(
                    read_number(typed, lang),
                    Ok(read.to_string()),
                    "{typed} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn english_numbers_follow_english_habits() {
        for (typed, read) in [
            ("3,200", "3200"),
            ("3,200.50", "3200.50"),
            ("€3,200.00", "3200.00"),
            ("1,800,000", "1800000"),
            ("1.5", "1.5"),
            ("3200.5", "3200.5"),
            ("3 200", "3200"),
            ("3,5", "3.5"),
            ("1.800.000", "1800000"),
        ] {
            assert_eq!(
                read_number(typed, Lang::En),
                Ok(read.to_string()),
                "{typed}"
            );
        }
        assert_eq!(
            read_number("3.200", Lang::En),
            Err(FieldError::TooManyDecimals)
        );
    }

    #[test]
    fn numbers_that_cannot_be_read_say_why() {
        for lang in [Lang::Nl, Lang::En, Lang::Fr] {
            assert_eq!(read_number("12a", lang), Err(FieldError::NotANumber));
            assert_eq!(read_number("-5", lang), Err(FieldError::Negative));
            assert_eq!(
                read_number("-3.200,50", Lang::Nl),
                Err(FieldError::Negative)
            );
            assert_eq!(read_number("1.23.45", lang), Err(FieldError::NotANumber));
            assert_eq!(read_number("1,2.3,4", lang), Err(FieldError::NotANumber));
            assert_eq!(read_number("€", lang), Err(FieldError::NotANumber));
            assert_eq!(read_number(".", lang), Err(FieldError::NotANumber));
            assert_eq!(
                read_number("1.234,567", lang),
                Err(FieldError::TooManyDecimals)
            );
            assert_eq!(
                read_number("1.2345", lang),
                Err(FieldError::TooManyDecimals)
            );
        }
        assert_eq!(
            read_number("3,200", Lang::Nl),
            Err(FieldError::TooManyDecimals)
        );
    }

    #[test]
    fn a_number_written_back_in_a_language_reads_the_same() {
        for canonical in ["3200", "3200.5", "1800000", "0.75", "12", "1234567.89"] {
            for lang in [Lang::Nl, Lang::En, Lang::Fr] {
                let shown = number(canonical, lang);
                assert_eq!(
                    read_number(&shown, lang),
                    Ok(canonical.to_string()),
                    "{shown}"
                );
            }
        }
    }

    #[test]
    fn money_in_each_language() {
        assert_eq!(money("1234.56", Lang::Nl), "1.234,56\u{A0}€");
        assert_eq!(money("1234.5", Lang::Fr), "1\u{202F}234,50\u{A0}€");
        assert_eq!(money("1234567", Lang::En), "€1,234,567.00");
        assert_eq!(money("-20.00", Lang::En), "-€20.00");
        assert_eq!(money("0.00", Lang::Nl), "0,00\u{A0}€");
        assert_eq!(money("300000.00", Lang::Nl), "300.000,00\u{A0}€");
    }

    #[test]
    fn numbers_keep_their_decimals_and_odd_text() {
        assert_eq!(number("18", Lang::Nl), "18");
        assert_eq!(number("18.5", Lang::Nl), "18,5");
        assert_eq!(number("abc", Lang::Nl), "abc");
        assert_eq!(percent("30", Lang::En), "30%");
    }

    #[test]
    fn bar_widths_without_floats() {
        assert_eq!(to_cents("1234.5"), 123450);
        assert_eq!(to_cents("7500"), 750000);
        assert_eq!(share_basis_points("3465.00", "7500.00"), 4620);
        assert_eq!(
            css_percent(share_basis_points("3465.00", "7500.00")),
            "46.20%"
        );
        assert_eq!(share_basis_points("9000", "7500"), 10_000);
        assert_eq!(css_percent(5), "0.05%");
    }

    #[test]
    fn dates_in_each_language() {
        assert_eq!(date("2026-11-22", Lang::Nl), "22/11/2026");
        assert_eq!(date("2026-11-22", Lang::Fr), "22/11/2026");
        assert_eq!(date("2026-02-03", Lang::En), "3 Feb 2026");
        assert_eq!(date("garbage", Lang::En), "garbage");
    }
}
