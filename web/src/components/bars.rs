//! Simple CSS bars with a text equivalent: the de-minimis headroom and the
//! kmo-portefeuille yearly ceiling. Widths are for drawing only; every figure shown
//! comes from the report.
use leptos::prelude::*;

use crate::format;
use crate::i18n::Lang;

/// One part of a bar.
pub struct Segment {
    /// Amount as a decimal string from the report.
    pub amount: String,
    /// CSS class (colour).
    pub class: &'static str,
    /// Text label.
    pub label: &'static str,
}

/// A horizontal bar: segments out of a total, with a list of the figures as text.
/// The drawing is hidden from assistive technology; the list says the same.
pub fn bar(
    total: &str,
    total_label: &'static str,
    segments: Vec<Segment>,
    extra: Vec<(&'static str, String)>,
    lang: Lang,
) -> impl IntoView {
    let parts = segments
        .iter()
        .map(|s| {
            let width = format::css_percent(format::share_basis_points(&s.amount, total));
            view! { <span class=format!("seg {}", s.class) style=format!("width: {width}")></span> }
        })
        .collect::<Vec<_>>();
    let figures = segments
        .iter()
        .map(|s| {
            view! {
                <div class="fig">
                    <dt><span class=format!("swatch {}", s.class) aria-hidden="true"></span>{s.label}</dt>
                    <dd>{format::money(&s.amount, lang)}</dd>
                </div>
            }
        })
        .collect::<Vec<_>>();
    let extra = extra
        .into_iter()
        .map(|(label, value)| view! { <div class="fig"><dt>{label}</dt><dd>{value}</dd></div> })
        .collect::<Vec<_>>();
    view! {
        <div class="bar" aria-hidden="true">{parts}</div>
        <dl class="figures">
            {figures}
            <div class="fig total"><dt>{total_label}</dt><dd>{format::money(total, lang)}</dd></div>
            {extra}
        </dl>
    }
}
