//! "Wat kan wanneer": the report's dated events (when a new cyber trajectory can start,
//! when the kmo-portefeuille ceiling renews, the last day to apply for a plan item, …) as
//! an ordered list. The engine builds the events and their sentences; this only shows them
//! in the report's order, each date in the visitor's format.
use eligibility::text::{measure_name, timeline_text};
use eligibility::Report;
use leptos::prelude::*;

use crate::context::use_ctx;
use crate::format;
use crate::i18n::{tr, Lang};

/// The "Wat kan wanneer" section (`timeline`), or nothing when no event is shown: the
/// events of the measures this page shows, in the report's date order.
pub fn timeline_view(report: &Report, lang: Lang) -> Option<AnyView> {
    let ctx = use_ctx();
    let t = tr(lang);
    let items = report
        .timeline
        .iter()
        .filter(|e| ctx.options.with_value(|o| o.shows(e.measure.code())))
        .map(|e| {
            let date = e.date.to_string();
            let amount = e.amount.map(|a| a.to_string());
            view! {
                <li
                    class="event"
                    data-testid="timeline-event"
                    data-date=date.clone()
                    data-measure=e.measure.code()
                    data-kind=e.kind.code()
                    data-amount=amount
                >
                    <time class="event-date" datetime=date.clone()>{format::date(&date, lang)}</time>
                    <span class="event-body">
                        <strong class="event-measure">{measure_name(e.measure, lang)}</strong>
                        " "
                        <span class="event-text">{timeline_text(e, lang)}</span>
                    </span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    if items.is_empty() {
        return None;
    }
    Some(
        view! {
            <section class="timeline" data-testid="timeline">
                <h3>{t.timeline_title}</h3>
                <p class="help">{t.timeline_help}</p>
                <ol class="events">{items}</ol>
            </section>
        }
        .into_any(),
    )
}
