//! A small JSON writer for the report: the same text as `serde_json::to_string` (compact,
//! same escapes), a little faster, and able to leave out named struct fields (the
//! `detail: "amounts"` option drops every `reasons` and `next_steps` list).

use crate::writer::{Sink, Writer};
use serde::Serialize;
use std::fmt::Display;

pub use crate::writer::Error;

/// Writes `value` as compact JSON, leaving out every struct field whose name is in `skip`.
pub fn to_json<T: Serialize + ?Sized>(value: &T, skip: &[&str]) -> Result<String, Error> {
    let mut writer = Writer {
        sink: JsonSink {
            out: Vec::with_capacity(16 * 1024),
        },
        skip,
    };
    value.serialize(&mut writer)?;
    // Only whole `&str`s and ASCII are ever written, so the bytes are UTF-8.
    String::from_utf8(writer.sink.out).map_err(serde::ser::Error::custom)
}

/// The JSON text being written.
struct JsonSink {
    out: Vec<u8>,
}

/// The escape of each byte below 0x20 and of `"` and `\`, as serde_json writes them;
/// 0 = written as it is.
const fn escape_of(byte: u8) -> u8 {
    match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x09 => b't',
        0x0a => b'n',
        0x0c => b'f',
        0x0d => b'r',
        0x00..=0x1f => b'u',
        _ => 0,
    }
}

const ESCAPES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = escape_of(i as u8);
        i += 1;
    }
    table
};

impl JsonSink {
    fn write_string(&mut self, text: &str) {
        let bytes = text.as_bytes();
        self.out.reserve(bytes.len() + 2);
        self.out.push(b'"');
        let mut start = 0;
        for (i, &byte) in bytes.iter().enumerate() {
            let escape = ESCAPES[byte as usize];
            if escape == 0 {
                continue;
            }
            self.out.extend_from_slice(&bytes[start..i]);
            start = i + 1;
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.extend_from_slice(b"\\u00");
                self.out.push(HEX[(byte >> 4) as usize]);
                self.out.push(HEX[(byte & 0xf) as usize]);
            } else {
                self.out.push(b'\\');
                self.out.push(escape);
            }
        }
        self.out.extend_from_slice(&bytes[start..]);
        self.out.push(b'"');
    }

    fn display(&mut self, value: impl Display) {
        use std::io::Write;
        // Writing to a Vec cannot fail.
        let _ = write!(self.out, "{value}");
    }
}

impl Sink for JsonSink {
    fn null(&mut self) {
        self.out.extend_from_slice(b"null");
    }
    fn bool(&mut self, v: bool) {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
    }
    fn i64(&mut self, v: i64) {
        self.display(v);
    }
    fn u64(&mut self, v: u64) {
        if v < 10 {
            self.out.push(b'0' + v as u8);
        } else {
            self.display(v);
        }
    }
    fn number(&mut self, v: impl Display) {
        self.display(v);
    }
    fn string(&mut self, v: &str) {
        self.write_string(v);
    }
    fn variant(&mut self, variant: &'static str) {
        self.write_string(variant);
    }
    fn name_key(&mut self, key: &str) {
        self.write_string(key);
        self.out.push(b':');
    }
    fn text_key(&mut self, key: &str) {
        self.name_key(key);
    }
    fn open(&mut self, object: bool) -> usize {
        self.out.push(if object { b'{' } else { b'[' });
        0
    }
    fn entry(&mut self, first: bool) {
        if !first {
            self.out.push(b',');
        }
    }
    fn close(&mut self, object: bool, _opened: usize, _count: u32) {
        self.out.push(if object { b'}' } else { b']' });
    }
    fn open_variant(&mut self, variant: &'static str) {
        self.out.push(b'{');
        self.name_key(variant);
    }
    fn close_variant(&mut self) {
        self.out.push(b'}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    struct Sample<'a> {
        text: &'a str,
        count: u32,
        negative: i64,
        missing: Option<u8>,
        list: Vec<bool>,
        map: BTreeMap<&'a str, &'a str>,
        reasons: Vec<u8>,
        unit: Kind,
        newtype: Shape,
        tuple: (u8, &'a str),
    }

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        TaxDeduction,
    }

    #[derive(Serialize)]
    enum Shape {
        Circle(u32),
    }

    fn sample(text: &str) -> Sample<'_> {
        Sample {
            text,
            count: 12345,
            negative: -7,
            missing: None,
            list: vec![true, false],
            map: [("a", "1"), ("b", "\"2\"")].into_iter().collect(),
            reasons: vec![1, 2],
            unit: Kind::TaxDeduction,
            newtype: Shape::Circle(3),
            tuple: (9, "x"),
        }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let nasty = "quote \" backslash \\ newline \n tab \t bell \u{7} del \u{7f} é € 😀";
        for text in ["", "plain", nasty] {
            let value = sample(text);
            assert_eq!(
                to_json(&value, &[]).unwrap(),
                serde_json::to_string(&value).unwrap()
            );
        }
    }

    #[test]
    fn leaves_out_the_named_fields() {
        let json = to_json(&sample("x"), &["reasons", "map"]).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(value.get("reasons").is_none());
        assert!(value.get("map").is_none());
        assert_eq!(value["count"], 12345);
    }

    #[test]
    fn every_golden_report_is_written_as_serde_json_writes_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
        let today = eligibility::Date::new(2026, 11, 22).unwrap();
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".json") || name.ends_with(".expected.json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let scenario = eligibility::parse_scenario(&text).unwrap();
            let report = eligibility::evaluate(&scenario, today).unwrap();
            assert_eq!(
                to_json(&report, &[]).unwrap(),
                serde_json::to_string(&report).unwrap(),
                "{name}"
            );
            checked += 1;
        }
        assert!(checked > 50, "only {checked} scenarios");
    }
}
