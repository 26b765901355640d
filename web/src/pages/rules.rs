//! Rules and sources: every parameter with its validity dates and source
//! (`eligibility::rules()`), then every source with its quote and address.
use eligibility::ParamValue;
use leptos::prelude::*;

use crate::components::field::tx;

use crate::context::use_ctx;
use crate::format;
use crate::i18n::{tr, Lang};

fn param_value(value: ParamValue, lang: Lang) -> String {
    let text = value.text();
    match value {
        ParamValue::Money(_) => format::money(&text, lang),
        ParamValue::Percent(_) => format::percent(&text, lang),
        ParamValue::Number(_) => format::number(&text, lang),
        ParamValue::Date(_) => format::date(&text, lang),
        ParamValue::Flag(b) => {
            let t = tr(lang);
            if b { t.yes } else { t.no }.to_string()
        }
    }
}

/// The rules page.
#[component]
pub fn RulesPage() -> impl IntoView {
    let ctx = use_ctx();
    let target = ctx.options.with_value(|o| o.link_target());
    let rows = move || {
        let lang = ctx.lang.get();
        let t = tr(lang);
        // The notes are fetched on first use: the rows show them when they arrive.
        crate::lang_texts::track_notes(lang);
        eligibility::rules()
            .into_iter()
            .map(|p| {
                let source = eligibility::text::source_title(p.source, lang);
                // What the parameter means for a company, in the visitor's language; the
                // internal id stays out of sight (test hook only).
                let meaning = eligibility::text::parameter_note(p.id, lang).unwrap_or_default();
                let until = p
                    .valid_until
                    .map(|d| format::date(&d.to_string(), lang))
                    .unwrap_or_else(|| t.open_ended.to_string());
                view! {
                    <tr data-testid=format!("rule-{}", p.id)>
                        <td data-label=t.parameter>{meaning}</td>
                        <td data-label=t.value>{param_value(p.value, lang)}</td>
                        <td data-label=t.valid_from>{format::date(&p.valid_from.to_string(), lang)}</td>
                        <td data-label=t.valid_until>{until}</td>
                        <td data-label=t.source><a href=format!("#source-{}", p.source) class="source">{source}</a></td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };
    let sources = move || {
        let lang = ctx.lang.get();
        eligibility::sources()
            .into_iter()
            .map(|s| {
                let link = s.url.map(|url| {
                    view! { <p><a href=url target=target rel="noopener noreferrer">{url}</a></p> }
                });
                view! {
                    <li class="source-entry" id=format!("source-{}", s.id) data-testid=format!("source-{}", s.id)>
                        <h4>{eligibility::text::source_title(s.id, lang)}</h4>
                        <blockquote lang="nl">{s.quote}</blockquote>
                        {link}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <article class="rules-page" data-testid="rules-page">
            <h2 class="page-title">{tx(|t| t.rules_title)}</h2>
            <p>{tx(|t| t.rules_intro)}</p>
            <p class="help">{tx(|t| t.rules_version)} ": " {eligibility::RULES_VERSION}</p>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{tx(|t| t.parameter)}</th>
                            <th scope="col">{tx(|t| t.value)}</th>
                            <th scope="col">{tx(|t| t.valid_from)}</th>
                            <th scope="col">{tx(|t| t.valid_until)}</th>
                            <th scope="col">{tx(|t| t.source)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3>{tx(|t| t.sources_title)}</h3>
            <ul class="sources">{sources}</ul>
        </article>
    }
}
