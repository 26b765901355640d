//! Texts in the visitor's language only. Dutch is compiled in (the web app enables only
//! the `lang-nl` feature of `eligibility`, and `i18n` compiles in `web/texts/nl.web.ftl`);
//! English and French are fetched the first time they are needed: the app's own words
//! `texts/<lang>.web.ftl` ([`crate::i18n::install`]) and the engine's `texts/<lang>.ftl`,
//! `texts/<lang>.errors.ftl`, `texts/<lang>.rules.ftl` and `texts/<lang>.context.ftl`
//! ([`eligibility::text::Catalog::install_files`]), which the post-build hook copies next
//! to `index.html`. Without them (offline and never fetched, blocked) the words stay Dutch.
//! The rules' public notes (`texts/<lang>.notes.ftl`), which only the rules page shows,
//! are fetched when that page first needs them, in Dutch too ([`track_notes`]).
use std::cell::{Cell, RefCell};

use eligibility::text::Catalog;
use leptos::prelude::{ArcTrigger, Notify, Track};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{self, Lang};

thread_local! {
    /// Where the text files are, when not next to the page (a host page mounting the app
    /// with `mountSteunwijzer` passes `base=` with the app's folder).
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

thread_local! {
    /// Notified when the rules' notes of a language arrive, so the rules page shows them.
    static NOTES_ARRIVED: ArcTrigger = ArcTrigger::new();
    /// The languages whose notes are being fetched.
    static NOTES_PENDING: Cell<[bool; 3]> = const { Cell::new([false; 3]) };
}

/// For the rules page: tracks the arrival of the rules' notes (call it in a reactive
/// closure), and the first time the notes of `lang` are missing, fetches them
/// (`texts/<lang>.notes.ftl`: only the rules page shows them, so they are not compiled in).
pub fn track_notes(lang: Lang) {
    NOTES_ARRIVED.with(|t| t.track());
    let i = lang as usize;
    if Catalog::has_notes(lang) || NOTES_PENDING.with(|p| p.get()[i]) {
        return;
    }
    let set_pending = move |on: bool| {
        NOTES_PENDING.with(|p| {
            let mut pending = p.get();
            pending[i] = on;
            p.set(pending);
        })
    };
    set_pending(true);
    let url = BASE.with(|b| format!("{}texts/{}.notes.ftl", b.borrow(), lang.code()));
    wasm_bindgen_futures::spawn_local(async move {
        let installed = text_of(start_fetch(&url))
            .await
            .is_some_and(|file| Catalog::install_notes(&file).is_ok());
        // Not installed (offline, blocked): the next visit of the page tries again.
        set_pending(false);
        if installed {
            NOTES_ARRIVED.with(|t| t.notify());
        }
    });
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
