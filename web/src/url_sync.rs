//! The address bar in step with the app: the fragment read at start and when a link is
//! pasted, and rewritten (without a history entry) when the scenario, language or page
//! change. Only when the app owns the page.
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::context::{set_lang, Ctx, Notice};
use crate::deferred;
use crate::engine_bridge::form_from_json;
use crate::form::Form;
use crate::fragment;
use crate::storage;

/// The page's current fragment ("#s=…").
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn write_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let url = format!("#{fragment}");
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// Applies a URL fragment to the state: language, page and scenario. A broken or
/// invalid scenario gives a notice; the scenario remembered on this device (with
/// consent) or else the default one takes its place, so that a broken link, `#/rules`
/// or `#lang=en` never overwrites what was remembered. A valid one clears that notice.
fn apply_fragment(ctx: &Ctx, fragment: &str) {
    let parsed = fragment::decode_fragment(fragment);
    if let Some(lang) = parsed.lang {
        set_lang(ctx, lang);
    }
    ctx.page.set(parsed.page);
    let from_link = parsed.scenario.as_deref().and_then(form_from_json);
    let broken = parsed.broken || (parsed.scenario.is_some() && from_link.is_none());
    if broken {
        ctx.notice.set(Some(Notice::BrokenFragment));
    }
    match from_link {
        Some(form) => {
            ctx.form.set(form);
            // A valid link replaces the scenario a broken one left behind.
            if ctx.notice.get_untracked() == Some(Notice::BrokenFragment) {
                ctx.notice.set(None);
            }
        }
        None => {
            let remembered = storage::load().as_deref().and_then(form_from_json);
            match remembered {
                Some(form) => ctx.form.set(form),
                None if broken => ctx.form.set(Form::with_defaults(&ctx.today.get_value())),
                None => {}
            }
        }
    }
}

/// Starts the URL sync: the link's fragment (or the remembered scenario) first, then the
/// fragment follows the scenario, language and page; a pasted link is applied.
pub fn sync_with_url(ctx: Ctx) {
    let computed = ctx.computed;
    let lang = ctx.lang;
    // Initial scenario: the link's fragment, else the remembered scenario (with consent).
    let start = current_fragment();
    apply_fragment(&ctx, &start);
    // A link is rewritten at once (its canonical form is the one to share); a bare address
    // gets its fragment after the first paint, not as part of it.
    let link = start.len() > 1;
    // Keep the fragment in step with the scenario, language and page: after the result
    // is painted, once per frame (see `deferred`).
    let write = move || {
        // Before the engine has run, the form's own answers: a reload or a copied link
        // keeps what was typed.
        let scenario = ctx.scenario_text();
        let fragment =
            fragment::encode_fragment(&scenario, lang.get_untracked(), ctx.page.get_untracked());
        if ctx.last_fragment.get_value() != fragment {
            ctx.last_fragment.set_value(fragment.clone());
            write_fragment(&fragment);
        }
    };
    Effect::new(move |started: Option<()>| {
        // The engine's accepted scenario, or the form while the engine is on its way.
        if computed.with(Option::is_none) {
            ctx.form.track();
        }
        lang.track();
        ctx.page.track();
        if started.is_none() && link {
            write();
        } else {
            deferred::after_paint("fragment", write);
        }
    });
    // A link pasted into the address bar of an open app.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        // A write still waiting reads the state when it runs: after a pasted link is
        // applied it writes that link's scenario, so it is not flushed here.
        let fragment = current_fragment();
        let body = fragment.trim_start_matches('#');
        if body == ctx.last_fragment.get_value() {
            return;
        }
        if !body.contains('=') && !body.starts_with('/') {
            // An in-page anchor (skip link, "#measure-…" links): the browser has
            // scrolled; put the scenario back into the address.
            write_fragment(&ctx.last_fragment.get_value());
            return;
        }
        apply_fragment(&ctx, &fragment);
    });
}
