//! Texts in the visitor's language only. Dutch is compiled in (the web app enables only
//! the `lang-nl` feature of `eligibility`, and `i18n` compiles in `web/texts/nl.web.ftl`);
//! English and French are fetched the first time they are needed: the app's own words
//! `texts/<lang>.web.ftl` ([`crate::i18n::install`]) and the engine's `texts/<lang>.ftl`,
//! `texts/<lang>.errors.ftl`, `texts/<lang>.rules.ftl` and `texts/<lang>.context.ftl`
//! ([`eligibility::text::Catalog::install_files`]), which the post-build hook copies next
//! to `index.html`. Without them (offline and never fetched, blocked) the words stay Dutch.
use std::cell::RefCell;

use eligibility::text::Catalog;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{self, Lang};

thread_local! {
    /// Where the text files are, when not next to the page (a host page mounting the app
    /// with `mountSteunwijzer` passes `base=` with the app's folder).
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Sets the folder (URL ending in `/`) the text files are fetched from.
pub fn set_base(url: &str) {
    BASE.with(|b| *b.borrow_mut() = url.to_string());
}

/// Starts a request at once (the files travel together), to be read with [`text_of`].
fn start_fetch(url: &str) -> Option<JsFuture> {
    Some(JsFuture::from(web_sys::window()?.fetch_with_str(url)))
}

async fn text_of(request: Option<JsFuture>) -> Option<String> {
    let response: web_sys::Response = request?.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Makes the texts of `lang` (the app's and the engine's) available, fetching them if
/// needed; `false` when they could not be loaded.
pub async fn ensure(lang: Lang) -> bool {
    if Catalog::has(lang) && i18n::has(lang) {
        return true;
    }
    let base = BASE.with(|b| b.borrow().clone());
    let code = lang.code();
    let words = start_fetch(&format!("{base}texts/{code}.web.ftl"));
    let report = start_fetch(&format!("{base}texts/{code}.ftl"));
    let errors = start_fetch(&format!("{base}texts/{code}.errors.ftl"));
    let rules = start_fetch(&format!("{base}texts/{code}.rules.ftl"));
    let context = start_fetch(&format!("{base}texts/{code}.context.ftl"));
    let (Some(words), Some(report), Some(errors), Some(rules), Some(context)) = (
        text_of(words).await,
        text_of(report).await,
        text_of(errors).await,
        text_of(rules).await,
        text_of(context).await,
    ) else {
        return false;
    };
    // The app's words first: the app switches once the engine's texts are in.
    i18n::install(&words).is_ok()
        && Catalog::install_files(&[&report, &errors, &rules, &context]).is_ok()
}
