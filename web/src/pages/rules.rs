//! Rules and sources: every source the reasons cite, with its quote and address.
use leptos::prelude::*;

use crate::i18n::tr;
use crate::use_ctx;

/// The rules page.
#[component]
pub fn RulesPage() -> impl IntoView {
    let ctx = use_ctx();
    let target = ctx.options.with_value(|o| o.link_target());
    let sources = move || {
        let t = tr(ctx.lang.get());
        eligibility::sources::sources()
            .into_iter()
            .map(|s| {
                let link = s.url.map(|url| {
                    view! { <p><a href=url target=target rel="noopener noreferrer">{url}</a></p> }
                });
                let seed = s.seed_file.map(|f| view! { <p class="help">{f}</p> });
                view! {
                    <li class="source-entry" id=format!("source-{}", s.id) data-testid=format!("source-{}", s.id)>
                        <h3>{s.title}</h3>
                        <blockquote lang="nl">{s.quote}</blockquote>
                        {link}
                        {seed}
                        <p class="help">{t.source} ": " <code>{s.id}</code></p>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <article class="rules-page" data-testid="rules-page">
            <h1>{move || tr(ctx.lang.get()).rules_title}</h1>
            <p>{move || tr(ctx.lang.get()).rules_intro}</p>
            <p class="help">{move || tr(ctx.lang.get()).rules_version} ": " {eligibility::RULES_VERSION}</p>
            <p class="notice">{move || tr(ctx.lang.get()).rules_pending}</p>
            <h2>{move || tr(ctx.lang.get()).sources_title}</h2>
            <ul class="sources">{sources}</ul>
        </article>
    }
}
