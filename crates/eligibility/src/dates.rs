//! A small civil (proleptic Gregorian) date type, `YYYY-MM-DD`, with the arithmetic the
//! rules need (add years/days, days between dates).

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date. Ordered chronologically. Years 1..=9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Whether `year` is a leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year` (0 for an invalid month).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from parts known to be valid (rule tables); checked by the params tests.
    pub(crate) const fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// A valid date, or `None` (e.g. 2026-02-30).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = &text[r];
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let y = digits(0..4)?;
        let m = digits(5..7)?;
        let d = digits(8..10)?;
        Date::new(y as i32, m as u8, d as u8)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1..=12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01; `None` outside years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719468)?;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = if m <= 2 { y + 1 } else { y };
        Date::new(i32::try_from(y).ok()?, m as u8, d as u8)
    }

    /// `self + days`; `None` when out of range.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(days)?)
    }

    /// The same day `years` later (or earlier); 29 Feb becomes 28 Feb in a common year.
    pub fn add_years(self, years: i32) -> Option<Date> {
        let y = self.year.checked_add(years)?;
        let d = self.day.min(days_in_month(y, self.month));
        Date::new(y, self.month, d)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// 31 December of this date's year.
    pub fn end_of_year(self) -> Date {
        Date {
            year: self.year,
            month: 12,
            day: 31,
        }
    }
}

impl Date {
    /// The ISO text (`2026-11-22`, ASCII) written into `buf`, as `Display` writes it;
    /// `None` for a year outside 0..=9999 (then use `Display`).
    pub(crate) fn iso_bytes(self, buf: &mut [u8; 10]) -> Option<&[u8]> {
        let year = u16::try_from(self.year).ok().filter(|y| *y <= 9999)?;
        let digit = |v: u16, div: u16| b'0' + ((v / div) % 10) as u8;
        *buf = [
            digit(year, 1000),
            digit(year, 100),
            digit(year, 10),
            digit(year, 1),
            b'-',
            digit(u16::from(self.month), 10),
            digit(u16::from(self.month), 1),
            b'-',
            digit(u16::from(self.day), 10),
            digit(u16::from(self.day), 1),
        ];
        Some(buf)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = ();
    fn from_str(s: &str) -> Result<Date, ()> {
        Date::parse(s).ok_or(())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 10];
        match self.iso_bytes(&mut buf).map(std::str::from_utf8) {
            Some(Ok(text)) => s.serialize_str(text),
            _ => s.serialize_str(&self.to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| E::custom("not a valid date YYYY-MM-DD"))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2026-11-22").unwrap().to_string(), "2026-11-22");
        assert!(Date::parse("2026-02-30").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2026-13-01").is_none());
        assert!(Date::parse("26-11-22").is_none());
        assert!(Date::parse("2026-1-022").is_none());
        assert!(Date::parse("0000-01-01").is_none());
    }

    #[test]
    fn arithmetic_round_trips() {
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(Date::from_days(d.to_days()), Some(d));
        assert_eq!(Date::parse("1970-01-01").unwrap().to_days(), 0);
        assert_eq!(d.add_days(14).unwrap().to_string(), "2026-12-06");
        assert_eq!(d.add_years(-3).unwrap().to_string(), "2023-11-22");
        let leap = Date::parse("2024-02-29").unwrap();
        assert_eq!(leap.add_years(1).unwrap().to_string(), "2025-02-28");
        for n in [-719162i64, -1, 0, 59, 60, 365, 10_000, 2_932_896] {
            let x = Date::from_days(n).unwrap();
            assert_eq!(x.to_days(), n);
        }
    }
}
