//! The whole app: its state, the effects that keep the form, the address, the storage
//! and the page's language in step, and the page shown.
use leptos::prelude::*;

use crate::components;
use crate::context::Ctx;
use crate::deferred;
use crate::embed::AppOptions;
use crate::engine_bridge::{form_from_json, Computed};
use crate::engine_ready::{self, EngineState};
use crate::form::Form;
use crate::fragment::Page;
use crate::i18n;
use crate::pages;
use crate::storage;
use crate::url_sync;

/// Today's date in the browser's time zone, as "YYYY-MM-DD".
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Rewrites the form's numbers in the form of `lang` when they are written in another.
fn localize_numbers(form: RwSignal<Form>, lang: i18n::Lang) {
    if form.with_untracked(|f| f.lang != Some(lang)) {
        form.update(|f| f.localize(lang));
    }
}

/// The whole app.
#[component]
pub fn App(options: AppOptions) -> impl IntoView {
    let today = today_iso();
    let today_date = eligibility::Date::parse(&today)
        .or_else(|| eligibility::Date::parse(eligibility::RULES_VERSION))
        .expect("rules version is a date");
    let lang = RwSignal::new(options.lang.unwrap_or_default());
    let form = RwSignal::new(Form::with_defaults(&today));
    let engine_options = options.engine_options();
    // The engine runs once its code is at hand (at once unless the wasm comes in two
    // modules and the deferred one is still on its way: see `engine_ready`).
    let engine = RwSignal::new(engine_ready::initial());
    engine_ready::load(engine);
    let computed = Memo::new(move |_| {
        (engine.get() == EngineState::Ready)
            .then(|| form.with(|f| Computed::from_form_with(f, today_date, &engine_options)))
    });
    let ctx = Ctx {
        lang,
        form,
        page: RwSignal::new(Page::Calculator),
        notice: RwSignal::new(None),
        engine,
        computed,
        options: StoredValue::new(options.clone()),
        today: StoredValue::new(today),
        last_fragment: StoredValue::new(String::new()),
        open_details: StoredValue::new(Default::default()),
        root: NodeRef::new(),
    };
    provide_context(ctx);
    // Numbers in the form follow the visitor's language: after a switch, an upload or a
    // link they are rewritten so that they read the same ("3200.5" → nl "3.200,5").
    Effect::new(move |_| {
        form.track();
        localize_numbers(form, lang.get());
    });

    // The URL belongs to the app only when it owns the page (or its iframe); mounted
    // into a host element it leaves the host's address alone.
    if options.owns_document {
        url_sync::sync_with_url(ctx);
    } else if let Some(form) = storage::load().as_deref().and_then(form_from_json) {
        ctx.form.set(form);
    }
    // The numbers of a link or a remembered scenario in the visitor's form before the
    // first render: done by the effect above, it would redo every field and run the
    // engine a second time right after mounting.
    localize_numbers(form, lang.get_untracked());
    // With consent, remember the scenario on this device.
    // Written after the result is painted (see `deferred`), not before it.
    Effect::new(move |_| {
        if computed.with(Option::is_some) {
            deferred::after_paint("storage", move || {
                computed.with_untracked(|c| {
                    if let Some(c) = c {
                        storage::save_if_consented(&c.scenario.to_string())
                    }
                })
            });
        }
    });

    if options.owns_document {
        // The page's language and title follow the app.
        Effect::new(move |_| {
            let lang = lang.get();
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if let Some(html) = doc.document_element() {
                    let _ = html.set_attribute("lang", lang.code());
                }
                doc.set_title(&format!(
                    "{} — {}",
                    i18n::tr(lang).app_title,
                    i18n::tr(lang).results_title
                ));
            }
        });
    }

    let embed = options.embed;
    let class = {
        let mut c = String::from("app");
        if embed {
            c.push_str(" embed");
        }
        if options.compact {
            c.push_str(" compact");
        }
        c
    };
    let style = options
        .accent
        .as_ref()
        .map(|a| format!("--accent: {a};"))
        .unwrap_or_default();

    view! {
        <div
            class=class
            style=style
            data-testid="app"
            lang=move || lang.get().code()
            node_ref=ctx.root
            on:click=move |ev| {
                if embed {
                    open_links_on_top(&ev);
                }
            }
        >
            {(!embed).then(components::chrome::Header)}
            <main id="main" class="main" tabindex="-1">
                {embed.then(|| view! { <h1 class="sr-only">{move || i18n::tr(lang.get()).app_title}</h1> })}
                {move || match ctx.page.get() {
                    Page::Calculator => pages::calculator::CalculatorPage().into_any(),
                    // The rules and print pages come with the engine's code (see
                    // `engine_ready`): until it is in, they say it is on its way.
                    _ if ctx.engine.get() != EngineState::Ready => {
                        components::results::engine_waiting()
                    }
                    Page::Rules => rules_page(),
                    Page::Print => print_page(),
                }}
            </main>
            {(!embed).then(components::chrome::Footer)}
        </div>
    }
}

/// The rules page. Never inlined into the app: a first visit does not show it, so its
/// code travels in the deferred wasm module (see `engine_ready`).
#[inline(never)]
fn rules_page() -> AnyView {
    pages::rules::RulesPage().into_any()
}

/// The print page (never inlined, as [`rules_page`]).
#[inline(never)]
fn print_page() -> AnyView {
    pages::print::PrintPage().into_any()
}

/// In embed mode, outbound links (any panel's) open in the top window, not the iframe.
fn open_links_on_top(ev: &web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='http']").ok().flatten());
    if let Some(link) = link {
        if !link.has_attribute("target") {
            let _ = link.set_attribute("target", "_top");
        }
    }
}
