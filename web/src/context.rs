//! The app's shared state (provided as Leptos context) and the notices above the form.
use eligibility::InputError;
use leptos::prelude::*;

use crate::embed::AppOptions;
use crate::engine_bridge::Computed;
use crate::engine_ready::EngineState;
use crate::form::Form;
use crate::fragment::Page;
use crate::i18n::Lang;
use crate::lang_texts;

/// Notices shown above the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The URL fragment held a broken or invalid scenario.
    BrokenFragment,
    /// The uploaded file was not a valid scenario (and why, when the engine said so).
    UploadFailed(Option<InputError>),
    /// The uploaded file was opened.
    Uploaded,
    /// The remembered scenario was erased.
    Forgotten,
}

/// The app's shared state, provided as context.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub form: RwSignal<Form>,
    pub page: RwSignal<Page>,
    pub notice: RwSignal<Option<Notice>>,
    /// Whether the engine's code is at hand (see [`crate::engine_ready`]).
    pub engine: RwSignal<EngineState>,
    /// The form evaluated by the engine; `None` while the engine's code is on its way.
    pub computed: Memo<Option<Computed>>,
    pub options: StoredValue<AppOptions>,
    /// Today's date in the browser (ISO).
    pub today: StoredValue<String>,
    /// The fragment this app last wrote, to tell our own changes from pasted links.
    pub last_fragment: StoredValue<String>,
    /// Which "Why?" disclosures the user opened (kept across live re-renders).
    pub open_details: StoredValue<std::collections::BTreeSet<String>>,
    /// The app's root element (lookups work inside a shadow root too).
    pub root: NodeRef<leptos::html::Div>,
}

impl Ctx {
    /// The scenario as JSON text: the one the engine accepted, or while the engine is
    /// on its way the form's own (download, remember, before the first result).
    pub fn scenario_text(&self) -> String {
        self.computed
            .with_untracked(|c| c.as_ref().map(|c| c.scenario.to_string()))
            .unwrap_or_else(|| self.form.with_untracked(|f| f.to_scenario().0.to_string()))
    }

    /// The first element under the app's root matching a CSS selector.
    pub fn query(&self, selector: &str) -> Option<web_sys::Element> {
        self.root
            .get_untracked()?
            .query_selector(selector)
            .ok()
            .flatten()
    }

    /// Focuses an element by selector, opening a closed disclosure around it.
    pub fn focus(&self, selector: &str) {
        use wasm_bindgen::JsCast;
        let Some(el) = self.query(selector) else {
            return;
        };
        if let Ok(Some(details)) = el.closest("details") {
            let _ = details.set_attribute("open", "");
        }
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The app's state from context.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Switches the app's language once its texts (the app's words and the engine's) are at
/// hand, fetched the first time (see [`lang_texts`]), so a page never mixes two languages.
/// When they cannot be fetched (offline before they were ever loaded), the app stays in
/// its language.
pub fn set_lang(ctx: &Ctx, lang: Lang) {
    let signal = ctx.lang;
    if eligibility::text::Catalog::has(lang) && crate::i18n::has(lang) {
        signal.set(lang);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            if lang_texts::ensure(lang).await {
                signal.set(lang);
            }
        });
    }
}
