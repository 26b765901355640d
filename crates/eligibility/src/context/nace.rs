//! Reading a NACE code as a visitor types it ("62.010", "62010", "62", "J62.01", " 62 . 01 ")
//! down to its division (the first two digits), and finding the sector row that covers it.

use super::data::{SectorData, SECTORS};

/// The NACE division (first two digits) of a code, or `None` when the text is not a NACE
/// code. Accepts an optional section letter (NACE Rev. 2 or Rev. 2.1 / NACE-BEL 2025) that
/// must agree with the division, dots and whitespace between digits, and 2 to 5 digits
/// (5 is the Belgian sub-class). "6", "abc", "62.0.1.0.0.0" and "C62" give `None`.
pub fn division(code: &str) -> Option<u8> {
    let compact: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let mut rest = compact.as_str();
    let mut section = None;
    if let Some(first) = rest.chars().next() {
        if first.is_ascii_alphabetic() {
            section = Some(first.to_ascii_uppercase());
            rest = &rest[1..];
        }
    }
    let parts: Vec<&str> = rest.split('.').collect();
    let head = parts.first()?;
    if head.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    if !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let digits: usize = parts.iter().map(|p| p.len()).sum();
    if !(2..=5).contains(&digits) {
        return None;
    }
    // With dots, the first part is the division: "62.01" but not "620.1".
    if parts.len() > 1 && head.len() != 2 {
        return None;
    }
    let division = head[..2].parse::<u8>().ok()?;
    if let Some(letter) = section {
        if !section_matches(letter, division) {
            return None;
        }
    }
    Some(division)
}

/// The sector row of seed 004 that covers a NACE code, if any. Codes outside the six
/// ranges (e.g. agriculture "01.1") and unreadable codes give `None`.
pub fn sector_for(code: &str) -> Option<&'static SectorData> {
    let d = division(code)?;
    SECTORS.iter().find(|s| s.covers(d))
}

/// Whether a section letter belongs to a division, in NACE Rev. 2 or in NACE Rev. 2.1
/// (used in Belgium as NACE-BEL 2025); both are accepted because codes of both are in use.
fn section_matches(letter: char, division: u8) -> bool {
    section_rev2(division) == Some(letter) || section_rev21(division) == Some(letter)
}

fn section_rev2(d: u8) -> Option<char> {
    Some(match d {
        1..=3 => 'A',
        5..=9 => 'B',
        10..=33 => 'C',
        35 => 'D',
        36..=39 => 'E',
        41..=43 => 'F',
        45..=47 => 'G',
        49..=53 => 'H',
        55..=56 => 'I',
        58..=63 => 'J',
        64..=66 => 'K',
        68 => 'L',
        69..=75 => 'M',
        77..=82 => 'N',
        84 => 'O',
        85 => 'P',
        86..=88 => 'Q',
        90..=93 => 'R',
        94..=96 => 'S',
        97..=98 => 'T',
        99 => 'U',
        _ => return None,
    })
}

fn section_rev21(d: u8) -> Option<char> {
    Some(match d {
        1..=3 => 'A',
        5..=9 => 'B',
        10..=33 => 'C',
        35 => 'D',
        36..=39 => 'E',
        41..=43 => 'F',
        46..=47 => 'G',
        49..=53 => 'H',
        55..=56 => 'I',
        58..=60 => 'J',
        61..=63 => 'K',
        64..=66 => 'L',
        68 => 'M',
        69..=75 => 'N',
        77..=82 => 'O',
        84 => 'P',
        85 => 'Q',
        86..=88 => 'R',
        90..=93 => 'S',
        94..=96 => 'T',
        97..=98 => 'U',
        99 => 'V',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::data::Sector;

    #[test]
    fn reads_the_usual_spellings() {
        for code in [
            "62.010", "62010", "62", "62.01", "J62.01", "j62.01", " 62.010 ", "62 . 010", "K62.01",
            "J 62010", "620",
        ] {
            assert_eq!(division(code), Some(62), "{code:?}");
        }
        assert_eq!(division("01.1"), Some(1));
        assert_eq!(division("A01.110"), Some(1));
    }

    #[test]
    fn refuses_what_is_not_a_code() {
        for code in [
            "", " ", "6", "J", "abc", "6.2", "620.1", "62..01", "62.", ".62", "620100", "62-01",
            "C62.01", "JJ62", "62a",
        ] {
            assert_eq!(division(code), None, "{code:?}");
        }
    }

    #[test]
    fn finds_the_sector_row() {
        assert_eq!(
            sector_for("62.010").map(|s| s.sector),
            Some(Sector::InformationCommunication)
        );
        assert_eq!(
            sector_for("58").map(|s| s.sector),
            Some(Sector::InformationCommunication)
        );
        assert_eq!(
            sector_for("63.99").map(|s| s.sector),
            Some(Sector::InformationCommunication)
        );
        assert_eq!(
            sector_for("64.190").map(|s| s.sector),
            Some(Sector::Finance)
        );
        assert_eq!(
            sector_for("25.620").map(|s| s.sector),
            Some(Sector::Manufacturing)
        );
        assert_eq!(
            sector_for("10").map(|s| s.sector),
            Some(Sector::Manufacturing)
        );
        assert_eq!(
            sector_for("33.200").map(|s| s.sector),
            Some(Sector::Manufacturing)
        );
        assert_eq!(
            sector_for("35.110").map(|s| s.sector),
            Some(Sector::Utilities)
        );
        assert_eq!(sector_for("86.210").map(|s| s.sector), Some(Sector::Health));
        assert_eq!(
            sector_for("43.210").map(|s| s.sector),
            Some(Sector::Construction)
        );
        for uncovered in [
            "01.110", "01.1", "34", "40", "44", "57", "67", "85.1", "89", "47.110",
        ] {
            assert!(sector_for(uncovered).is_none(), "{uncovered:?}");
        }
    }

    #[test]
    fn sector_ranges_do_not_overlap() {
        for d in 0..=99u8 {
            assert!(
                SECTORS.iter().filter(|s| s.covers(d)).count() <= 1,
                "division {d}"
            );
        }
    }
}
