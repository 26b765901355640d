//! Print view ("save as PDF"): every reason expanded, with the evaluation date and the
//! rules version.
use leptos::prelude::*;

use crate::components::field::tx;

use crate::components::results::Results;
use crate::components::tools::print_now;
use crate::format;
use crate::i18n::tr;
use crate::state::Page;
use crate::use_ctx;

/// The print page.
#[component]
pub fn PrintPage() -> impl IntoView {
    let ctx = use_ctx();
    let meta = move || {
        let lang = ctx.lang.get();
        let t = tr(lang);
        ctx.computed.with(|c| {
            let (date, version) = match &c.report {
                Ok(r) => (r.date.to_string(), r.rules_version.clone()),
                Err(_) => (ctx.today.get_value(), eligibility::RULES_VERSION.to_string()),
            };
            view! {
                <dl class="figures print-meta">
                    <div class="fig"><dt>{t.evaluated_on}</dt><dd data-testid="print-date" data-date=date.clone()>{format::date(&date, lang)}</dd></div>
                    <div class="fig"><dt>{t.rules_version}</dt><dd data-testid="print-rules-version">{version}</dd></div>
                </dl>
            }
        })
    };
    view! {
        <article class="print-view" data-testid="print-view">
            <div class="buttons no-print">
                <button type="button" data-testid="print-now" on:click=move |_| print_now()>
                    {tx(|t| t.print)}
                </button>
                <button type="button" data-testid="back" on:click=move |_| ctx.page.set(Page::Calculator)>
                    {tx(|t| t.back)}
                </button>
            </div>
            <h2 class="page-title">{tx(|t| t.print_title)}</h2>
            {meta}
            <Results expanded=true />
            <p class="help">{tx(|t| t.footer)}</p>
        </article>
    }
}
