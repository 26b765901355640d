//! The calculator: questions on the left, the live result on the right (one column on
//! phones).
use leptos::prelude::*;

use crate::components::field::tx;

use crate::components::chrome::LangSwitch;
use crate::components::company::{AidSection, CompanySection};
use crate::components::context_panel::ContextPanel;
use crate::components::plans::{IntentsSection, PlansSection};
use crate::components::results::Results;
use crate::components::tools::{Notices, ScenarioTools};
use crate::context::use_ctx;
use crate::engine_ready::EngineState;
use crate::format;
use crate::i18n::{tr, Lang};

/// The calculator page.
#[component]
pub fn CalculatorPage() -> impl IntoView {
    let ctx = use_ctx();
    let embed = ctx.options.with_value(|o| o.embed);
    // Memos, so that the context panel is rebuilt only when the NACE code or the set of
    // plans changes, not on every keystroke elsewhere in the form.
    let nace = Memo::new(move |_| {
        ctx.form
            .with(|f| Some(f.get("company.nace")).filter(|n| !n.trim().is_empty()))
    });
    let plans = Memo::new(move |_| {
        ctx.computed
            .with(|c| c.as_ref().map(|c| c.plans).unwrap_or_default())
    });
    let nace: Signal<Option<String>> = nace.into();
    let plans: Signal<eligibility::context::PlanSummary> = plans.into();
    let lang = Signal::derive(move || ctx.lang.get());
    // The context panel (133 elements beside the result, mostly below the fold) is built
    // in the task after the first render, not as part of it, and once the engine's code
    // (which holds the panel's) is at hand.
    let panel_due = RwSignal::new(false);
    crate::deferred::next_task(Box::new(move || panel_due.set(true)));
    let panel_due = move || panel_due.get() && ctx.engine.get() == EngineState::Ready;
    // On phones the result comes after the questions: a bar keeps the totals in sight,
    // and says when an answer cannot be read (with a link to the first such field).
    let summary = move || {
        let lang = ctx.lang.get();
        let t = tr(lang);
        ctx.computed.with(|c| {
            let c = c.as_ref()?;
            let invalid = crate::components::results::invalid_fields(c).into_iter().next();
            c.report.as_ref().ok().map(|r| {
                let invalid = invalid.map(|name| {
                    let id = crate::components::field::field_id(&name);
                    view! {
                        <button type="button" class="invalid" data-testid="results-invalid" on:click=move |_| ctx.focus(&format!("#{id}"))>
                            "⚠ " {t.results_invalid_short}
                        </button>
                    }
                });
                view! {
                    <div class="mobile-summary" data-testid="mobile-summary">
                        {invalid}
                        <a href="#results">
                            <span>{t.total_grants} ": " <strong>{format::money(&r.totals.grants.to_string(), lang)}</strong></span>
                            " "
                            <span>{t.total_tax} ": " <strong>{format::money(&r.totals.tax_deductions.to_string(), lang)}</strong></span>
                            " "
                            <span class="go">{t.skip_to_results} " ↓"</span>
                        </a>
                    </div>
                }
            })
        })
    };
    view! {
        <div class="layout">
            <form class="questions" on:submit=|ev| ev.prevent_default() novalidate=true>
                <Notices />
                <IntentsSection />
                <CompanySection />
                <PlansSection />
                <AidSection />
                <ScenarioTools />
            </form>
            <aside class="results" id="results" data-testid="results" aria-labelledby="results-title">
                {embed.then(|| view! { <LangSwitch /> })}
                <h2 id="results-title">{tx(|t| t.results_title)}</h2>
                <p class="help">{tx(|t| t.results_live)}</p>
                <Results />
                <div class="context-slot" data-testid="context-slot">
                    {move || panel_due().then(|| context_panel(nace, plans, lang))}
                </div>
            </aside>
        </div>
        {summary}
    }
}

/// The context panel, never inlined: its code travels in the deferred wasm module.
#[inline(never)]
fn context_panel(
    nace: Signal<Option<String>>,
    plans: Signal<eligibility::context::PlanSummary>,
    lang: Signal<Lang>,
) -> AnyView {
    view! { <ContextPanel nace=nace plans=plans lang=lang /> }.into_any()
}
