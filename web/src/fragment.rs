//! The URL fragment codec: `#s=<base64url of the compact scenario JSON>&lang=nl&p=rules`
//! (also `#/rules`, `#/print`), and the page it names. Pure: the browser side lives in
//! `url_sync`.
use crate::i18n::Lang;

/// Which page of the app is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Calculator,
    Rules,
    Print,
}

impl Page {
    /// Code of the page in the URL fragment (`p=`), `None` for the calculator.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Page::Calculator => None,
            Page::Rules => Some("rules"),
            Page::Print => Some("print"),
        }
    }
}

/// What a URL fragment holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fragment {
    /// The scenario JSON text, when `s=` was present and decodable as UTF-8.
    pub scenario: Option<String>,
    /// True when `s=` was present but could not be decoded.
    pub broken: bool,
    pub lang: Option<Lang>,
    pub page: Page,
}

/// Builds the fragment (without '#') for a scenario, a language and a page.
pub fn encode_fragment(scenario_json: &str, lang: Lang, page: Page) -> String {
    let mut out = format!(
        "s={}&lang={}",
        base64url_encode(scenario_json.as_bytes()),
        lang.code()
    );
    if let Some(p) = page.code() {
        out.push_str("&p=");
        out.push_str(p);
    }
    out
}

/// Reads a fragment ("#s=...&lang=en", "#/rules"); never fails: a broken `s=` only
/// sets `broken`.
pub fn decode_fragment(fragment: &str) -> Fragment {
    let body = fragment.trim_start_matches('#');
    let mut out = Fragment::default();
    let body = match body.strip_prefix('/') {
        Some(rest) => {
            let (route, tail) = rest.split_once(['?', '&']).unwrap_or((rest, ""));
            out.page = page_from(route);
            tail
        }
        None => body,
    };
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "s" => match base64url_decode(value).and_then(|b| String::from_utf8(b).ok()) {
                Some(text) => out.scenario = Some(text),
                None => out.broken = true,
            },
            "lang" => out.lang = Lang::from_code(value),
            "p" => out.page = page_from(value),
            _ => {}
        }
    }
    out
}

fn page_from(code: &str) -> Page {
    match code {
        "rules" => Page::Rules,
        "print" => Page::Print,
        _ => Page::Calculator,
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url (padding and standard '+' '/' tolerated); `None` when malformed.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_roundtrip_and_broken_input() {
        let json = r#"{"version":1,"company":{"name":"Café ü"}}"#;
        let frag = encode_fragment(json, Lang::Fr, Page::Rules);
        let back = decode_fragment(&format!("#{frag}"));
        assert_eq!(back.scenario.as_deref(), Some(json));
        assert_eq!(back.lang, Some(Lang::Fr));
        assert_eq!(back.page, Page::Rules);
        assert!(decode_fragment("#s=%%%").broken);
        assert_eq!(decode_fragment("#/rules").page, Page::Rules);
        for n in 0..10 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37) as u8).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
    }
}
