//! Locale formatting of numbers, euro amounts and dates, done in Rust so that the
//! output is the same in every browser: nl-BE "1.234,56 €", fr-BE "1 234,56 €",
//! en "€1,234.56"; dates nl/fr "22/11/2026", en "22 Nov 2026".
use crate::i18n::Lang;

/// Thousands separator of a language (fr-BE uses a narrow no-break space).
fn group_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => ".",
        Lang::En => ",",
        Lang::Fr => "\u{202F}",
    }
}

fn decimal_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ".",
        Lang::Nl | Lang::Fr => ",",
    }
}

/// Formats a decimal string such as "1234.5" or "-20" in the language's form, keeping
/// the decimals it has (use [`money`] for euro amounts with exactly two decimals).
/// Text that is not a plain decimal is returned unchanged.
pub fn number(raw: &str, lang: Lang) -> String {
    let raw = raw.trim();
    let (negative, digits) = match raw.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !plain(int_part) || frac_part.is_some_and(|f| !plain(f)) {
        return raw.to_string();
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    let len = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push_str(group_separator(lang));
        }
        out.push(ch);
    }
    if let Some(frac) = frac_part {
        out.push_str(decimal_separator(lang));
        out.push_str(frac);
    }
    out
}

/// Pads or keeps a decimal string to exactly two decimals ("12" -> "12.00").
fn two_decimals(raw: &str) -> String {
    let raw = raw.trim();
    match raw.split_once('.') {
        None => format!("{raw}.00"),
        Some((i, f)) if f.len() == 1 => format!("{i}.{f}0"),
        Some((i, f)) if f.len() >= 2 => format!("{i}.{}", &f[..2]),
        Some((i, _)) => format!("{i}.00"),
    }
}

/// Formats a euro amount given as a decimal string: nl "1.234,56 €", fr "1 234,56 €",
/// en "€1,234.56".
pub fn money(raw: &str, lang: Lang) -> String {
    let n = number(&two_decimals(raw), lang);
    match lang {
        Lang::En => match n.strip_prefix('-') {
            Some(rest) => format!("-€{rest}"),
            None => format!("€{n}"),
        },
        Lang::Nl | Lang::Fr => format!("{n}\u{A0}€"),
    }
}

/// Formats a percentage given as a decimal string: nl/fr "30 %", en "30%".
pub fn percent(raw: &str, lang: Lang) -> String {
    let n = number(raw, lang);
    match lang {
        Lang::En => format!("{n}%"),
        Lang::Nl | Lang::Fr => format!("{n}\u{A0}%"),
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Formats an ISO date "2026-11-22": nl/fr "22/11/2026", en "22 Nov 2026".
/// Text that is not an ISO date is returned unchanged.
pub fn date(iso: &str, lang: Lang) -> String {
    let parts: Vec<&str> = iso.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return iso.to_string();
    };
    let ok = y.len() == 4 && m.len() == 2 && d.len() == 2;
    let month: usize = m.parse().unwrap_or(0);
    if !ok || !(1..=12).contains(&month) || d.parse::<u8>().is_err() {
        return iso.to_string();
    }
    match lang {
        Lang::En => format!("{} {} {y}", d.trim_start_matches('0'), EN_MONTHS[month - 1]),
        Lang::Nl | Lang::Fr => format!("{d}/{m}/{y}"),
    }
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
