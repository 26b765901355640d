//! Mounting the app: on the page (`start`), into a host's element (`mount_into`,
//! `mountSteunwijzer`), and the marks tests and hosts wait for.
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::App;
use crate::embed::{self, AppOptions};
use crate::engine_ready::{self, EngineState};
use crate::fragment;
use crate::lang_texts;
use crate::storage;
use crate::url_sync::current_fragment;

/// Removes the static first paint of `index.html` (`#steunwijzer-static`), which the app
/// replaces in the same task, so nothing shifts on screen.
fn remove_static_intro() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("steunwijzer-static"))
    {
        el.remove();
    }
}

/// Whether the app opens with a scenario (a link's, or one remembered on this device)
/// while the engine's code that reads it is not at hand yet (see [`engine_ready`]).
fn waits_for_engine(options: &AppOptions) -> bool {
    let link = options.owns_document && fragment::peek(&current_fragment()).has_scenario;
    (link || storage::load().is_some()) && engine_ready::initial() != EngineState::Ready
}

/// Mounts the app once it can show its first screen: at once, or when it opens with a
/// scenario, once the engine's code is in. Not fetched (connection lost): asked again
/// after 1, 2 and 4 s while the page's own text stays, then mounted all the same
/// (reading the scenario then loads the engine's code at once).
async fn mount_when_ready(parent: web_sys::HtmlElement, options: AppOptions) {
    if waits_for_engine(&options) {
        for wait_ms in [1000, 2000, 4000, 0] {
            if engine_ready::arrived().await || wait_ms == 0 {
                break;
            }
            engine_ready::sleep(wait_ms).await;
        }
    }
    mount_now(parent, options);
}

/// Mounts the app (see [`mount_when_ready`]), in this task when nothing needs waiting for.
fn mount_with(parent: web_sys::HtmlElement, options: AppOptions) {
    if waits_for_engine(&options) {
        wasm_bindgen_futures::spawn_local(mount_when_ready(parent, options));
    } else {
        mount_now(parent, options);
    }
}

fn mount_now(parent: web_sys::HtmlElement, options: AppOptions) {
    let observed = parent.clone();
    let embed = options.embed;
    let owns_document = options.owns_document;
    if owns_document {
        remove_static_intro();
    }
    leptos::mount::mount_to(parent.clone(), move || view! { <App options=options /> }).forget();
    // Tests and host pages wait for this mark.
    let _ = parent.set_attribute("data-ready", "true");
    if owns_document {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("data-ready", "true");
            // The offline loader's "new version" notice names the rules this page runs on.
            let _ = html.set_attribute("data-rules-version", eligibility::RULES_VERSION);
        }
    }
    if embed {
        embed::start_embed_protocol(observed);
    }
}

/// Mounts the app into an element (for example inside a custom element's shadow root);
/// see [`mount_when_ready`] for when.
pub fn mount_into(element: web_sys::HtmlElement, options: AppOptions) {
    mount_with(element, options);
}

/// JavaScript entry for hosts: mounts the app into `element` with options given as a
/// query string (`"embed=1&lang=fr&measures=kmo-portefeuille&accent=0b5cad&compact=1"`,
/// plus `base=<the app's folder URL>` so the texts of another language can be fetched).
/// Returns a promise that resolves once the app is mounted.
#[wasm_bindgen(js_name = mountSteunwijzer)]
pub async fn mount_into_js(element: web_sys::HtmlElement, options: String) {
    if let Some(base) = options.split('&').find_map(|p| p.strip_prefix("base=")) {
        lang_texts::set_base(
            &js_sys::decode_uri_component(base).map_or_else(|_| base.to_string(), String::from),
        );
    }
    let mut options = AppOptions::from_query(&options);
    if let Some(lang) = options.lang {
        // Texts that cannot be fetched: the app starts in Dutch rather than marking the
        // page with a language whose words it does not have.
        if !lang_texts::ensure(lang).await {
            options.lang = None;
        }
    }
    mount_when_ready(element, options).await;
}

/// Starts the app on the page: options from the query string, mounted to `<body>`.
/// A host page that mounts the app itself (with `mountSteunwijzer`, e.g. into a custom
/// element's shadow root) marks `<html data-steunwijzer-manual>` to skip this.
pub fn start() {
    // Panic messages in the console only in debug builds: the hook and its formatting
    // cost every visitor bytes, and a release panic aborts either way.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let window = web_sys::window().expect("a browser window");
    let manual = window
        .document()
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.has_attribute("data-steunwijzer-manual"));
    if manual {
        return;
    }
    let search = window.location().search().unwrap_or_default();
    let mut options = AppOptions::from_query(&search);
    options.owns_document = true;
    let body = window
        .document()
        .and_then(|d| d.body())
        .expect("a document body");
    // A link or an embed in English or French: fetch those texts first, so the first
    // render is already in that language (the static first paint stays until then).
    let lang = fragment::peek(&current_fragment())
        .lang
        .or(options.lang)
        .unwrap_or_default();
    if eligibility::text::Catalog::has(lang) && crate::i18n::has(lang) {
        mount_with(body, options);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let mut options = options;
            if !lang_texts::ensure(lang).await {
                options.lang = None;
            }
            mount_with(body, options);
        });
    }
}
