//! Locale formatting of numbers, euro amounts and dates, done in Rust so that the
//! output is the same in every browser: nl-BE "1.234,56 €", fr-BE "1 234,56 €",
//! en "€1,234.56"; dates nl/fr "22/11/2026", en "22 Nov 2026". The formats themselves
//! live in the engine ([`eligibility::text`]), shared with the reasons and the CLI;
//! this module adds what only the page needs (bar widths).
use crate::i18n::Lang;
use eligibility::text;

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
