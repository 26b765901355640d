//! Steunwijzer web app: a client-side Leptos app that evaluates a scenario with the
//! `eligibility` engine as the user types. Nothing leaves the browser.
//!
//! Stable hooks for end-to-end tests (keep in sync when changing views):
//!
//! data-testid:
//!   html[data-ready=true]    set once the app is mounted (also on the mount element)
//!   html[data-rules-version] the engine's rules date (ISO), for the offline loader's notice
//!   app                      root element (class `embed`/`compact` in those modes)
//!   lang-nl, lang-en, lang-fr  language buttons (aria-pressed)
//!   tab-calculator, tab-rules, tab-print  page tabs (hidden in embed mode)
//!   fragment-notice          notice when the URL fragment held a broken/invalid scenario
//!   intent-training, intent-advice, intent-investment, intent-cyber, intent-rd,
//!   intent-starter           "what do you want to do" checkboxes
//!   want-development, want-research  R&D sub-choices (checkboxes)
//!   more-company             <details> with advanced company questions
//!   add-training, add-advice, add-investment, add-holding, add-de-minimis  add buttons
//!   remove-training-<i>, remove-advice-<i>, remove-investment-<i>, remove-holding-<i>,
//!   remove-de-minimis-<i>    remove buttons of list item i
//!   error-<field name>       inline error of a field (also the target of aria-describedby)
//!   results                  results column
//!   total-grants, total-tax  totals (attribute data-amount holds the plain decimal)
//!   total-uncertain, total-tax-uncertain  under a total, when uncertain measures of that
//!                            kind have an amount: their sum, not counted in the total
//!                            (data-amount = plain decimal)
//!   measure-<measure id>     one card per measure (data-status = status code), with children
//!     [data-testid=status]   status label (data-status = code)
//!     [data-testid=amount]   formatted amount (data-amount = plain decimal "1260.00")
//!     [data-testid=reasons]  company-level reasons; [data-testid=reason] each reason line
//!                            anywhere (data-code = reason code, data-outcome = pass/fail/…)
//!     [data-testid=item-<plan>-<index>]  plan item lines (plan = trainings, advice, …;
//!                            data-status), with [data-testid=item-reasons]
//!     [data-testid=next-steps] with [data-testid=next-steps-list]
//!   size-reasons, de-minimis-reasons  reason lists of the size and de-minimis blocks
//!   size-eu, size-fiscal     size classes (data-code)
//!   missing                  list of missing answers
//!   de-minimis               de-minimis bar (data-used, data-planned, data-ceiling, data-headroom)
//!   kmo-ceiling              kmo-portefeuille yearly ceiling bar
//!   engine-error             shown when no report could be computed
//!   results-invalid          an answer cannot be read (in the results and in the phone bar
//!                            `mobile-summary`), with buttons to the fields
//!   total-assumed            "if these assumptions hold" under the totals
//!   assumptions, assumption (data-field)  the answers the engine assumed
//!   open-questions           the questions that hold money back, largest amount first
//!   other-measures           <details> with the measures not planned and the programmes
//!   fill-in, fill-in-<plan>  "fill in your plan to see the amount" and its buttons
//!   reads-as                 how a number was read ("= 3.200,00 €"); date-warning
//!   copy-link, copy-status, share-url (fallback field)  "Kopieer link"
//!   reset-confirm, reset-yes, reset-cancel  confirmation of "Opnieuw beginnen"
//!   print-full               print option "met alle uitleg"; cyber-versions
//!   download, upload (an <input type=file>), upload-status, remember (checkbox), forget,
//!   new-scenario, print, print-now
//!   forget-status, back (print view: back to the calculator)
//!   print-view, print-date, print-rules-version
//!   rules-page, rule-<parameter id> (one row per validity period), source-<source id>
//!   context-slot             holds the AI-adoption context panel (its own ids: context-panel,
//!                            context-sector, context-barrier, … see components/context_panel.rs)
//! Element ids: measure-<measure id> on each card (in-page links), f-<field name with
//! dots as dashes> on each control (e.g. f-company-turnover), results on the result column.
//!
//! Field names are scenario paths (also the input's `name`): date, company.legal_form,
//! company.region, company.founded, company.staff_awu, company.turnover,
//! company.balance_sheet_total, company.previous_year.{staff_awu,turnover,balance_sheet_total},
//! company.holdings.<i>.{name,direction,share_pct,staff_awu,turnover,balance_sheet_total,
//! control,exempt_investor}, company.public_ownership_pct, company.nace,
//! company.main_activity_acceptable, company.nis2, company.negative_equity,
//! company.maatwerkbedrijf, company.liberal_profession, company.vzw_corporate_tax,
//! ui.last_cyber (""/no/yes), company.last_cyber_trajectory, ui.has_holdings and
//! ui.has_de_minimis (""/true/false; false writes an empty list),
//! company.de_minimis_received.<i>.{granted_on,amount},
//! company.kmo_portefeuille_received_this_year,
//! plans.trainings.<i>.{label,theme,cost,participants,days,catering,course_material,teacher_travel},
//! plans.advice.<i>.{label,theme,cost}, plans.investments.<i>.{label,amount,digital_category,acquired_on},
//! plans.cyber_trajectory.{version,cost}, plans.development_project.{accepted_costs,collaboration},
//! plans.research_project.{research_costs,development_costs,collaboration},
//! plans.innovative_starter.pioneering.
//! Yes/no questions are <select>s with values "", "true", "false"; checkboxes (control,
//! exempt_investor, collaboration) are inputs of type checkbox.
//!
//! URL: `#s=<base64url of the compact scenario JSON>&lang=nl|en|fr&p=rules|print` (also
//! `#/rules`, `#/print`); the fragment never reaches a server. Query (read once):
//! `?embed=1&lang=fr&measures=kmo-portefeuille,efro&accent=0b5cad&compact=1`.
//! Embedded in an iframe the app posts `{type:"steunwijzer:ready"}` once mounted and
//! `{type:"steunwijzer:resize", height}` when its height changes, to `window.parent`.
//! Hosts can mount it themselves: `mountSteunwijzer(element, "lang=en&...")` (wasm export)
//! or [`mount_into`]; mark `<html data-steunwijzer-manual>` to skip the automatic mount.
use std::collections::BTreeMap;

use eligibility::{InputError, Report};
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::prelude::*;

pub mod components;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod lang_texts;
pub mod pages;
pub mod state;
pub mod storage;

pub use embed::AppOptions;
use i18n::Lang;
use state::{FieldError, Form, Page};

/// Everything derived from the form: the scenario sent to the engine and its report.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    /// The scenario JSON (only accepted values).
    pub scenario: Value,
    /// Errors found in the raw text of fields, by field name.
    pub field_errors: BTreeMap<String, FieldError>,
    /// Values the engine refused (dropped before evaluating), by field name.
    pub engine_errors: BTreeMap<String, InputError>,
    /// The report, or the error that prevented one.
    pub report: Result<Report, InputError>,
    /// Which plans the accepted scenario has (for the context panel).
    pub plans: eligibility::context::PlanSummary,
}

impl Computed {
    /// Runs the engine on a form; values the engine refuses are dropped one by one (and
    /// reported next to their field) so that the rest still gives a result.
    pub fn from_form(form: &Form, today: eligibility::Date) -> Self {
        Self::from_form_with(form, today, &eligibility::Options::default())
    }

    /// As [`Computed::from_form`], asking the engine with options (an embed's measures).
    pub fn from_form_with(
        form: &Form,
        today: eligibility::Date,
        options: &eligibility::Options,
    ) -> Self {
        let (mut scenario, field_errors) = form.to_scenario();
        let mut engine_errors = BTreeMap::new();
        let mut plans = eligibility::context::PlanSummary::default();
        let report = loop {
            let text = scenario.to_string();
            let result = eligibility::parse_scenario(&text).and_then(|s| {
                plans = eligibility::context::PlanSummary::from_plans(&s.plans);
                eligibility::evaluate_with(&s, today, options)
            });
            match result {
                Ok(report) => break Ok(report),
                Err(error) => {
                    let name = state::field_name(&error.path);
                    if engine_errors.len() < 20
                        && !name.is_empty()
                        && !engine_errors.contains_key(&name)
                        && state::remove_path(&mut scenario, &name)
                    {
                        engine_errors.insert(name, error);
                    } else {
                        break Err(error);
                    }
                }
            }
        };
        Computed {
            scenario,
            field_errors,
            engine_errors,
            report,
            plans,
        }
    }

    /// The message for a field, in a language, if its value was not accepted.
    pub fn error_for(&self, name: &str, lang: Lang) -> Option<String> {
        if let Some(e) = self.field_errors.get(name) {
            return Some(i18n::field_error_text(e, lang));
        }
        // Next to its field the message needs no path: the engine's field message
        // (with its detail, e.g. the limit, in `lang`).
        self.engine_errors.get(name).map(|e| e.field_message(lang))
    }

    /// The scenario as pretty JSON (download; valid input for the CLI).
    /// Written through the engine's own type, so fields come in the format's order.
    pub fn scenario_pretty(&self) -> String {
        let text = self.scenario.to_string();
        eligibility::parse_scenario(&text)
            .ok()
            .and_then(|s| serde_json::to_string_pretty(&s).ok())
            .unwrap_or_else(|| serde_json::to_string_pretty(&self.scenario).unwrap_or_default())
    }
}

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
    pub computed: Memo<Computed>,
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

/// Loads a scenario JSON text into a form, if the engine accepts it.
pub fn form_from_json(text: &str) -> Option<Form> {
    read_scenario(text).ok()
}

/// Loads a scenario JSON text into a form, or says why the engine refuses it.
pub fn read_scenario(text: &str) -> Result<Form, InputError> {
    eligibility::parse_scenario(text)?;
    let value: Value = serde_json::from_str(text)
        .map_err(|e| InputError::new("", eligibility::ErrorCode::Syntax, e.to_string()))?;
    Ok(Form::from_scenario(&value))
}

fn current_fragment() -> String {
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
    let parsed = state::decode_fragment(fragment);
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

/// Switches the app's language once the engine's texts of that language are at hand
/// (fetched the first time, see [`lang_texts`]), so a page never mixes two languages.
pub fn set_lang(ctx: &Ctx, lang: Lang) {
    let signal = ctx.lang;
    if eligibility::text::Catalog::has(lang) {
        signal.set(lang);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            lang_texts::ensure(lang).await;
            signal.set(lang);
        });
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
    let computed =
        Memo::new(move |_| form.with(|f| Computed::from_form_with(f, today_date, &engine_options)));
    let ctx = Ctx {
        lang,
        form,
        page: RwSignal::new(Page::Calculator),
        notice: RwSignal::new(None),
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
        let lang = lang.get();
        if form.with(|f| f.lang != Some(lang)) {
            form.update(|f| f.localize(lang));
        }
    });

    // The URL belongs to the app only when it owns the page (or its iframe); mounted
    // into a host element it leaves the host's address alone.
    if options.owns_document {
        // Initial scenario: the link's fragment, else the remembered scenario (with consent).
        apply_fragment(&ctx, &current_fragment());
        // Keep the fragment in step with the scenario, language and page.
        Effect::new(move |_| {
            let scenario = computed.with(|c| c.scenario.to_string());
            let fragment = state::encode_fragment(&scenario, lang.get(), ctx.page.get());
            if ctx.last_fragment.get_value() != fragment {
                ctx.last_fragment.set_value(fragment.clone());
                write_fragment(&fragment);
            }
        });
        // A link pasted into the address bar of an open app.
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
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
    } else if let Some(form) = storage::load().as_deref().and_then(form_from_json) {
        ctx.form.set(form);
    }
    // With consent, remember the scenario on this device.
    Effect::new(move |_| {
        computed.with(|c| storage::save_if_consented(&c.scenario.to_string()));
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
                    Page::Rules => pages::rules::RulesPage().into_any(),
                    Page::Print => pages::print::PrintPage().into_any(),
                }}
            </main>
            {(!embed).then(components::chrome::Footer)}
        </div>
    }
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

fn mount_with(parent: web_sys::HtmlElement, options: AppOptions) {
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

/// Mounts the app into an element (for example inside a custom element's shadow root).
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
    let options = AppOptions::from_query(&options);
    if let Some(lang) = options.lang {
        lang_texts::ensure(lang).await;
    }
    mount_into(element, options);
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
    let lang = state::decode_fragment(&current_fragment())
        .lang
        .or(options.lang)
        .unwrap_or_default();
    if eligibility::text::Catalog::has(lang) {
        mount_with(body, options);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            lang_texts::ensure(lang).await;
            mount_with(body, options);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{
      "version": 1, "date": "2026-11-22",
      "company": {
        "legal_form": "bv", "liberal_profession": false, "vzw_corporate_tax": false,
        "maatwerkbedrijf": false, "region": "flanders", "founded": "2019-05-01",
        "nace": "62.010", "main_activity_acceptable": true, "public_ownership_pct": "0",
        "staff_awu": "18", "turnover": "2400000", "balance_sheet_total": "1100000",
        "previous_year": { "staff_awu": "16", "turnover": "2100000", "balance_sheet_total": "950000" },
        "holdings": [ { "name": "Holding X", "direction": "upstream", "share_pct": "30",
          "staff_awu": "4", "turnover": "600000", "balance_sheet_total": "2000000",
          "control": false, "exempt_investor": false } ],
        "nis2": "unknown", "negative_equity": false, "last_cyber_trajectory": null,
        "de_minimis_received": [ { "granted_on": "2025-03-10", "amount": "4000" } ],
        "kmo_portefeuille_received_this_year": "0"
      },
      "plans": {
        "trainings": [ { "label": "AI voor kmo's", "theme": "digitalisering", "cost": "2400",
          "participants": 3, "days": 2, "catering": "180", "course_material": "0", "teacher_travel": "0" } ],
        "advice": [ { "label": "Cyber audit", "theme": "digitalisering_cybersecurity", "cost": "6000" } ],
        "investments": [ { "label": "AI-licentie", "amount": "20000", "digital_category": null, "acquired_on": "2026-10-01" } ],
        "cyber_trajectory": { "version": "medium", "cost": "20000" },
        "development_project": { "accepted_costs": "200000", "collaboration": false },
        "research_project": null,
        "innovative_starter": null
      }
    }"#;

    fn today() -> eligibility::Date {
        eligibility::Date::parse("2026-11-22").unwrap()
    }

    /// The app compiles in only the Dutch engine texts; the tests install the others as
    /// the browser would after fetching them (no-op when a workspace build compiled them in).
    fn all_languages() {
        let files = [
            (
                include_str!("../../crates/eligibility/texts/en.ftl"),
                include_str!("../../crates/eligibility/texts/en.errors.ftl"),
            ),
            (
                include_str!("../../crates/eligibility/texts/fr.ftl"),
                include_str!("../../crates/eligibility/texts/fr.errors.ftl"),
            ),
        ];
        for (report, errors) in files {
            eligibility::text::Catalog::install(report, errors).expect("valid language files");
        }
    }

    #[test]
    fn a_scenario_loaded_into_the_form_gives_the_engines_own_report() {
        let form = form_from_json(EXAMPLE).expect("the example is valid");
        let computed = Computed::from_form(&form, today());
        assert!(computed.field_errors.is_empty() && computed.engine_errors.is_empty());
        let direct = eligibility::evaluate(&eligibility::parse_scenario(EXAMPLE).unwrap(), today());
        assert_eq!(computed.report, direct);
        // The downloaded scenario is valid input again and means the same.
        let again = eligibility::parse_scenario(&computed.scenario_pretty()).unwrap();
        assert_eq!(again, eligibility::parse_scenario(EXAMPLE).unwrap());
        assert!(computed.plans.trainings && computed.plans.development_project);
    }

    #[test]
    fn a_value_the_engine_refuses_is_reported_at_its_field_and_left_out() {
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("plans.trainings.0.participants", "0".into());
        let computed = Computed::from_form(&form, today());
        assert!(computed.report.is_ok());
        assert!(computed
            .engine_errors
            .contains_key("plans.trainings.0.participants"));
        assert!(computed.scenario["plans"]["trainings"][0]
            .get("participants")
            .is_none());
        assert_eq!(form.get("plans.trainings.0.participants"), "0");
    }

    #[test]
    fn an_engine_error_next_to_its_field_names_neither_path_nor_english_detail() {
        all_languages();
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("plans.trainings.0.cost", "99999999999999".into());
        let computed = Computed::from_form(&form, today());
        assert!(computed
            .engine_errors
            .contains_key("plans.trainings.0.cost"));
        let nl = computed
            .error_for("plans.trainings.0.cost", Lang::Nl)
            .unwrap();
        assert!(!nl.contains("plans.") && !nl.contains("at most"), "{nl}");
        let en = computed
            .error_for("plans.trainings.0.cost", Lang::En)
            .unwrap();
        assert_ne!(nl, en);
    }

    #[test]
    fn uncertain_amounts_are_summed_by_kind_apart_from_the_totals() {
        use components::results::uncertain_sum;
        use eligibility::{Kind, Status};
        // Without the staff the size stays open: the kmo-portefeuille stays uncertain.
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("company.staff_awu", String::new());
        let report = Computed::from_form(&form, today()).report.unwrap();
        let expected = |kind| {
            let cents: i128 = report
                .measures
                .iter()
                .filter(|m| m.status == Status::Uncertain && m.kind == kind)
                .map(|m| format::to_cents(&m.amount.to_string()))
                .sum();
            (cents > 0).then_some(cents)
        };
        for kind in [Kind::Grant, Kind::TaxDeduction] {
            assert_eq!(
                uncertain_sum(&report, kind).map(|s| format::to_cents(&s)),
                expected(kind)
            );
        }
        assert!(expected(Kind::Grant).is_some());
    }

    #[test]
    fn typical_answers_left_open_are_assumed_and_an_embed_asks_only_its_measures() {
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("company.public_ownership_pct", String::new());
        let report = Computed::from_form(&form, today()).report.unwrap();
        assert!(report
            .assumptions
            .iter()
            .any(|a| a.field == "company.public_ownership_pct"));
        assert!(components::results::totals_rest_on_assumptions(&report));
        let options = AppOptions::from_query("?measures=kmo-portefeuille").engine_options();
        let kmo_only = Computed::from_form_with(&form, today(), &options)
            .report
            .unwrap();
        let kmo = kmo_only
            .measure(eligibility::MeasureId::KmoPortefeuille)
            .unwrap();
        assert_eq!(kmo_only.totals.grants, kmo.amount);
        assert!(kmo_only
            .measures
            .iter()
            .all(|m| m.asked == (m.id == eligibility::MeasureId::KmoPortefeuille)));
        assert_eq!(kmo_only.totals.tax_deductions.to_string(), "0.00");
    }

    #[test]
    fn invalid_text_stays_in_the_form_and_gets_a_message_in_each_language() {
        all_languages();
        let mut form = Form::with_defaults("2026-11-22");
        form.set("company.turnover", "-5".into());
        let computed = Computed::from_form(&form, today());
        assert!(computed.report.is_ok());
        let nl = computed.error_for("company.turnover", Lang::Nl).unwrap();
        let fr = computed.error_for("company.turnover", Lang::Fr).unwrap();
        assert_ne!(nl, fr);
        assert_eq!(form.get("company.turnover"), "-5");
    }
}
