//! Today's civil date (UTC) from the system clock, without a date crate.

use std::time::{SystemTime, UNIX_EPOCH};

/// The civil date `(year, month, day)` that is `days` days after 1970-01-01
/// (Howard Hinnant's `civil_from_days`, proleptic Gregorian calendar).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March-based
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Today's UTC date as `YYYY-MM-DD`.
pub fn today_utc() -> String {
    let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(before) => -(before.duration().as_secs() as i64) - 1,
    };
    let (y, m, d) = civil_from_days(seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        // 2026-11-22 is day 20 779.
        assert_eq!(civil_from_days(20_779), (2026, 11, 22));
        assert_eq!(civil_from_days(20_819), (2027, 1, 1));
    }

    #[test]
    fn consecutive_days_are_consecutive_dates() {
        let mut prev = civil_from_days(-800);
        for n in -799..30_000 {
            let next = civil_from_days(n);
            let same_month = next.0 == prev.0 && next.1 == prev.1 && next.2 == prev.2 + 1;
            let new_month = next.2 == 1
                && ((next.0 == prev.0 && next.1 == prev.1 + 1)
                    || (next.0 == prev.0 + 1 && next.1 == 1 && prev.1 == 12));
            assert!(same_month || new_month, "{prev:?} -> {next:?}");
            prev = next;
        }
    }

    #[test]
    fn today_is_well_formed() {
        let t = today_utc();
        assert_eq!(t.len(), 10, "{t}");
        assert!(t.starts_with("20"), "{t}");
    }
}
