//! The URL fragment codec: `#s=<base64url of the compact scenario JSON>&lang=nl&p=rules`
//! (also `#/rules`, `#/print`), and the page it names. Pure: the browser side lives in
//! `url_sync`.
use crate::i18n::Lang;
use eligibility::share_link;

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
    let mut out = share_link::fragment(scenario_json, lang);
    if let Some(p) = page.code() {
        out.push_str("&p=");
        out.push_str(p);
    }
    out
}

/// What the app needs to know before its first screen, read without decoding the
/// scenario: whether the fragment carries one (`s=`), and its language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Peek {
    /// `s=` is present (decodable or not).
    pub has_scenario: bool,
    /// The language of `lang=`, when known.
    pub lang: Option<Lang>,
}

/// Reads a fragment's keys without decoding its scenario (see [`Peek`]).
pub fn peek(fragment: &str) -> Peek {
    let mut out = Peek::default();
    for (key, value) in pairs(fragment.trim_start_matches('#')) {
        match key {
            "s" => out.has_scenario = true,
            "lang" => out.lang = Lang::from_code(value),
            _ => {}
        }
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
    for (key, value) in pairs(body) {
        match key {
            "s" => {
                match share_link::base64url_decode(value).and_then(|b| String::from_utf8(b).ok()) {
                    Some(text) => out.scenario = Some(text),
                    None => out.broken = true,
                }
            }
            "lang" => out.lang = Lang::from_code(value),
            "p" => out.page = page_from(value),
            _ => {}
        }
    }
    out
}

/// The `key=value` pairs of a fragment's body (`&`- or `?`-separated; a key without `=`
/// has an empty value).
fn pairs(body: &str) -> impl Iterator<Item = (&str, &str)> {
    body.split(['&', '?'])
        .filter(|p| !p.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

fn page_from(code: &str) -> Page {
    match code {
        "rules" => Page::Rules,
        "print" => Page::Print,
        _ => Page::Calculator,
    }
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
    }

    #[test]
    fn peek_reads_the_keys_without_the_scenario() {
        let frag = encode_fragment(r#"{"version":1}"#, Lang::En, Page::Print);
        let seen = peek(&format!("#{frag}"));
        assert!(seen.has_scenario);
        assert_eq!(seen.lang, Some(Lang::En));
        assert!(
            peek("#s=%%%").has_scenario,
            "a broken scenario is still one to read"
        );
        assert_eq!(
            peek("#/rules?lang=fr"),
            Peek {
                has_scenario: false,
                lang: Some(Lang::Fr)
            }
        );
        assert_eq!(peek(""), Peek::default());
    }
}
