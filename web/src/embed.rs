//! Options of the app (from the query string or given by a host page) and the iframe
//! embed protocol: `steunwijzer:ready` once mounted and `steunwijzer:resize` with the
//! document height. Messages never carry company data.
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Lang;

/// How the app is shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppOptions {
    /// Embedded in an iframe (`?embed=1`): no site chrome, links open in the top window,
    /// the height is reported to the parent.
    pub embed: bool,
    /// Language chosen by the host (`lang=`); the URL fragment's language wins over it.
    pub lang: Option<Lang>,
    /// Only these measure ids are shown (`measures=a,b`); `None`: all.
    pub measures: Option<Vec<String>>,
    /// Accent colour as CSS hex (`accent=0b5cad` or `%230b5cad`), validated.
    pub accent: Option<String>,
    /// Denser layout (`compact=1`).
    pub compact: bool,
    /// The app owns the whole page (sets the document's language and title).
    pub owns_document: bool,
}

fn decode_percent(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A CSS hex colour ("#0b5cad") from "0b5cad", "#0b5cad" or "#abc"; `None` otherwise.
pub fn valid_accent(text: &str) -> Option<String> {
    let hex = text.trim().trim_start_matches('#');
    let ok = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then(|| format!("#{}", hex.to_ascii_lowercase()))
}

impl AppOptions {
    /// Reads the options from a query string such as `?embed=1&lang=fr&measures=efro`.
    pub fn from_query(search: &str) -> Self {
        let mut options = AppOptions::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode_percent(value);
            let on = matches!(value.as_str(), "1" | "true" | "yes" | "");
            match key {
                "embed" => options.embed = on,
                "compact" => options.compact = on,
                "lang" => options.lang = Lang::from_code(&value),
                "accent" => options.accent = valid_accent(&value),
                "measures" => {
                    let ids: Vec<String> = value
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    options.measures = (!ids.is_empty()).then_some(ids);
                }
                _ => {}
            }
        }
        options
    }

    /// Whether a measure is shown.
    pub fn shows(&self, id: &str) -> bool {
        self.measures
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|m| m == id))
    }

    /// The engine's options: an embed's `measures=` asks the engine about those measures
    /// only, so that totals, missing answers and assumptions cover just what is shown.
    /// Unknown ids are left out.
    pub fn engine_options(&self) -> eligibility::Options {
        let measures = self.measures.as_ref().map(|ids| {
            ids.iter()
                .filter_map(|id| serde_json::from_value(serde_json::Value::from(id.as_str())).ok())
                .collect()
        });
        eligibility::Options { measures }
    }

    /// Where outbound links open.
    pub fn link_target(&self) -> &'static str {
        if self.embed {
            "_top"
        } else {
            "_blank"
        }
    }
}

fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    // Not framed: the parent is the window itself.
    let same: &JsValue = parent.as_ref();
    (!same.loose_eq(window.as_ref())).then_some(parent)
}

fn post(message_type: &str, height: Option<i32>) {
    let Some(parent) = parent_window() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &message_type.into());
    if let Some(h) = height {
        let _ = js_sys::Reflect::set(&message, &"height".into(), &h.into());
    }
    let _ = parent.post_message(&message, "*");
}

/// Tells the parent page that the app is mounted, then reports the height of `element`
/// whenever it changes (only when framed).
pub fn start_embed_protocol(element: web_sys::HtmlElement) {
    if parent_window().is_none() {
        return;
    }
    post("steunwijzer:ready", None);
    let observed = element.clone();
    let last = std::cell::Cell::new(-1);
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = observed.offset_height();
        if height != last.get() {
            last.set(height);
            post("steunwijzer:resize", Some(height));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&element);
    }
    // The observer lives as long as the page.
    callback.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_options() {
        let o = AppOptions::from_query(
            "?embed=1&lang=fr&measures=kmo-portefeuille,efro&accent=%230B5CAD&compact=1",
        );
        assert!(o.embed && o.compact);
        assert_eq!(o.lang, Some(Lang::Fr));
        assert_eq!(o.accent.as_deref(), Some("#0b5cad"));
        assert!(o.shows("efro") && !o.shows("cs-icon"));
        assert_eq!(AppOptions::from_query("").measures, None);
        let kmo = AppOptions::from_query("?measures=kmo-portefeuille,nonsense").engine_options();
        assert_eq!(
            kmo.measures,
            Some(vec![eligibility::MeasureId::KmoPortefeuille])
        );
        assert_eq!(AppOptions::from_query("?accent=red;x").accent, None);
        assert!(AppOptions::from_query("?x=1").shows("efro"));
    }
}
