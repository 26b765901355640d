//! Exact decimal quantities of the scenario format: [`Money`] (euro), [`Percent`] and
//! [`Quantity`] (e.g. staff in annual work units).
//!
//! Each reads from a decimal string (`"12500.00"`, `"12500"`) or a JSON number with at most
//! 2 decimals, and is written back as a string with exactly 2 decimals (`Percent` and
//! `Quantity` without trailing zeros, e.g. `"30"`, `"12.5"`).

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Why a decimal text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalError {
    /// Not a decimal number.
    NotANumber,
    /// More than two decimals.
    TooManyDecimals,
}

/// Parses a plain decimal (optional sign, digits, optional `.` and at most 2 decimals).
/// Exponents are accepted only for JSON numbers (see [`decimal_from_f64`]).
pub fn parse_decimal2(text: &str) -> Result<Decimal, DecimalError> {
    let t = text.trim();
    if t.is_empty() || t.len() > 40 {
        return Err(DecimalError::NotANumber);
    }
    let body = t.strip_prefix('-').unwrap_or(t);
    let mut parts = body.splitn(2, '.');
    let int_part = parts.next().unwrap_or("");
    let frac_part = parts.next();
    if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DecimalError::NotANumber);
    }
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DecimalError::NotANumber);
        }
        // Trailing zeros beyond two decimals do not add precision ("1.500" is fine).
        if f.trim_end_matches('0').len() > 2 {
            return Err(DecimalError::TooManyDecimals);
        }
    }
    let d = Decimal::from_str(t).map_err(|_| DecimalError::NotANumber)?;
    Ok(d.normalize())
}

/// Converts a JSON floating point number to a decimal with at most 2 decimals, using its
/// shortest round-trip text (so `0.1` is exactly 0.1).
pub fn decimal_from_f64(v: f64) -> Result<Decimal, DecimalError> {
    if !v.is_finite() {
        return Err(DecimalError::NotANumber);
    }
    // serde_json's float printer (already in the binary) instead of `format!`, which would
    // pull the standard float formatter into the wasm (about 8 KB gzip). It writes large
    // and small values in exponent form ("1e15"), which the fallback below reads.
    let text = serde_json::Number::from_f64(v)
        .map(|n| n.to_string())
        .unwrap_or_default();
    match parse_decimal2(&text) {
        Ok(d) => Ok(d),
        Err(DecimalError::TooManyDecimals) => Err(DecimalError::TooManyDecimals),
        Err(DecimalError::NotANumber) => {
            let d = Decimal::from_scientific(&text).map_err(|_| DecimalError::NotANumber)?;
            if d.normalize().scale() > 2 {
                Err(DecimalError::TooManyDecimals)
            } else {
                Ok(d.normalize())
            }
        }
    }
}

fn describe(e: DecimalError) -> &'static str {
    match e {
        DecimalError::NotANumber => "not a decimal number",
        DecimalError::TooManyDecimals => "more than two decimals",
    }
}

struct Decimal2Visitor;

impl Visitor<'_> for Decimal2Visitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a decimal number (string or number) with at most 2 decimals")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal2(v).map_err(|e| E::custom(describe(e)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        decimal_from_f64(v).map_err(|e| E::custom(describe(e)))
    }
}

/// Room for the text of a decimal whose mantissa fits in 64 bits: 20 digits, or the
/// leading zero and 28 decimals, plus the point and the sign.
pub(crate) const DECIMAL_TEXT_LEN: usize = 32;

/// "00", "01", … "99": two digits at a time.
const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// Writes `d` into `buf` as `Decimal`'s own `Display` writes `d.rescale(2)` (with
/// `fixed2`, e.g. `-12.50`) or `d.normalize()` (without, e.g. `7`, `12.5`), without its
/// general machinery: every reason value is written this way, so this is a hot path.
/// Returns the ASCII text, `buf[start..]`; `None` when the mantissa does not fit in 64
/// bits (then use `Display`).
#[inline(never)]
pub(crate) fn decimal_text(
    d: Decimal,
    fixed2: bool,
    buf: &mut [u8; DECIMAL_TEXT_LEN],
) -> Option<&[u8]> {
    let mut d = d;
    if fixed2 && d.scale() > 2 {
        d.rescale(2);
    }
    let mut n = u64::try_from(d.mantissa().unsigned_abs()).ok()?;
    let mut scale = d.scale() as usize;
    let mut negative = d.is_sign_negative();
    if fixed2 {
        // Adding decimals is exact, as `rescale` does it.
        while scale < 2 {
            n = n.checked_mul(10)?;
            scale += 1;
        }
    } else {
        // `normalize`: no trailing zeros, and no negative zero.
        while scale > 0 && n % 10 == 0 {
            n /= 10;
            scale -= 1;
        }
        negative &= n != 0;
    }
    // From the right: the decimals, the point, then the whole part two digits at a time
    // (at least one digit, "0.50").
    let mut start = buf.len();
    for _ in 0..scale {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    if scale > 0 {
        start -= 1;
        buf[start] = b'.';
    }
    while n >= 10 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        start -= 2;
        buf[start..start + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if n > 0 || buf.len() - start == scale + usize::from(scale > 0) {
        start -= 1;
        buf[start] = b'0' + n as u8;
    }
    if negative {
        start -= 1;
        buf[start] = b'-';
    }
    Some(&buf[start..])
}

/// Writes `d` as [`decimal_text`] does, falling back on `Decimal`'s `Display` for a
/// mantissa beyond 64 bits.
fn write_decimal(f: &mut fmt::Formatter, d: Decimal, fixed2: bool) -> fmt::Result {
    let mut buf = [0u8; DECIMAL_TEXT_LEN];
    if let Some(Ok(text)) = decimal_text(d, fixed2, &mut buf).map(std::str::from_utf8) {
        return f.write_str(text);
    }
    let mut d = d;
    if fixed2 {
        d.rescale(2);
    } else {
        d = d.normalize();
    }
    write!(f, "{d}")
}

macro_rules! decimal_newtype {
    ($(#[$meta:meta])* $name:ident, $fixed2:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub Decimal);

        impl $name {
            /// Zero.
            pub const ZERO: $name = $name(Decimal::ZERO);
            /// The inner decimal.
            pub fn value(self) -> Decimal {
                self.0
            }
            /// From a whole number.
            pub fn from_int(v: i64) -> Self {
                $name(Decimal::from(v))
            }
            /// Whether the text has exactly 2 decimals (else none trailing).
            pub(crate) const FIXED2: bool = $fixed2;
            /// Parses a decimal text with at most 2 decimals.
            pub fn parse(text: &str) -> Result<Self, DecimalError> {
                parse_decimal2(text).map($name)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write_decimal(f, self.0, $fixed2)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                // Through a stack buffer: reports carry many amounts.
                let mut buf = [0u8; DECIMAL_TEXT_LEN];
                match decimal_text(self.0, $fixed2, &mut buf).map(std::str::from_utf8) {
                    Some(Ok(text)) => s.serialize_str(text),
                    _ => s.serialize_str(&self.to_string()),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(Decimal2Visitor).map($name)
            }
        }

        impl From<Decimal> for $name {
            fn from(d: Decimal) -> Self {
                $name(d)
            }
        }
    };
}

decimal_newtype!(
    /// An amount in euro, exact. Written as a string with exactly 2 decimals (`"1260.00"`).
    Money,
    true
);
decimal_newtype!(
    /// A percentage: `30` means 30 %. Written without trailing zeros (`"30"`, `"12.5"`).
    Percent,
    false
);
decimal_newtype!(
    /// A plain non-money quantity such as staff in annual work units (`"18"`, `"12.5"`).
    Quantity,
    false
);

/// Rounds to cents, half away from zero (the rounding every aid amount gets).
pub fn round_cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// `amount × pct / 100`, rounded to cents half away from zero; `None` on overflow.
pub fn apply_rate(amount: Decimal, pct: Decimal) -> Option<Decimal> {
    let product = amount.checked_mul(pct)?;
    let aid = product.checked_div(Decimal::ONE_HUNDRED)?;
    Some(round_cents(aid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats_with_two_decimals() {
        assert_eq!(Money::parse("12500").unwrap().to_string(), "12500.00");
        assert_eq!(Money::parse("0.5").unwrap().to_string(), "0.50");
        assert_eq!(Percent::parse("30.00").unwrap().to_string(), "30");
    }

    #[test]
    fn writes_decimals_as_rust_decimal_does() {
        let mut cases = vec![
            Decimal::ZERO,
            -Decimal::new(0, 2),
            -Decimal::new(0, 0),
            -Decimal::new(0, 5),
            Decimal::MAX,
            Decimal::MIN,
        ];
        for m in [
            0i64,
            1,
            5,
            9,
            10,
            99,
            100,
            101,
            123_456,
            1_000_000_007,
            i64::MAX,
        ] {
            for scale in [0, 1, 2, 3, 5, 28] {
                cases.push(Decimal::new(m, scale));
                cases.push(Decimal::new(-m, scale));
            }
        }
        for d in cases {
            let fixed = Money(d).to_string();
            let mut r = d;
            r.rescale(2);
            assert_eq!(fixed, r.to_string(), "{d:?}");
            assert_eq!(Percent(d).to_string(), d.normalize().to_string(), "{d:?}");
        }
    }

    #[test]
    fn refuses_three_decimals_and_garbage() {
        assert_eq!(parse_decimal2("1.234"), Err(DecimalError::TooManyDecimals));
        assert_eq!(parse_decimal2("1.230").unwrap().to_string(), "1.23");
        assert!(parse_decimal2("1e3").is_err());
        assert!(parse_decimal2(" ").is_err());
        assert!(parse_decimal2("1.").is_err());
        assert!(parse_decimal2(".5").is_err());
        assert!(parse_decimal2("+5").is_err());
        assert_eq!(decimal_from_f64(0.1).unwrap().to_string(), "0.1");
        assert_eq!(decimal_from_f64(0.125), Err(DecimalError::TooManyDecimals));
        assert_eq!(
            decimal_from_f64(1e15).unwrap().to_string(),
            "1000000000000000"
        );
        assert_eq!(decimal_from_f64(2400.0).unwrap(), Decimal::from(2400));
        assert_eq!(decimal_from_f64(12.5).unwrap().to_string(), "12.5");
        assert_eq!(decimal_from_f64(-0.0).unwrap(), Decimal::ZERO);
        assert_eq!(decimal_from_f64(1e-7), Err(DecimalError::TooManyDecimals));
        assert_eq!(decimal_from_f64(f64::NAN), Err(DecimalError::NotANumber));
    }

    #[test]
    fn deserializes_from_string_and_number() {
        let m: Money = serde_json::from_str("\"12500\"").unwrap();
        assert_eq!(m, Money::from_int(12500));
        let m: Money = serde_json::from_str("2400.5").unwrap();
        assert_eq!(m.to_string(), "2400.50");
        assert!(serde_json::from_str::<Money>("1.005").is_err());
        assert_eq!(serde_json::to_string(&m).unwrap(), "\"2400.50\"");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(
            apply_rate(Decimal::new(5, 2), Decimal::from(50)).unwrap(),
            Decimal::new(3, 2)
        );
        assert_eq!(round_cents(Decimal::new(-125, 3)), Decimal::new(-13, 2));
    }
}
