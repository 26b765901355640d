//! Print view ("save as PDF"). By default a summary a client can read on two A4 pages:
//! the answers, the measures that apply with their amounts and key reasons, the sources
//! as numbered notes, one disclaimer and "Berekend op … met de regels van …". The
//! option "met alle uitleg" prints the whole result with every reason expanded.
use eligibility::text::{measure_name, plan_label, reason_text, status_label};
use eligibility::{Kind, MeasureReport, Outcome, Report, Status};
use leptos::prelude::*;
use serde_json::Value;

use crate::components::field::tx;
use crate::components::results::{assumptions_list, totals_view, Results};
use crate::components::tools::print_now;
use crate::context::use_ctx;
use crate::format;
use crate::fragment::Page;
use crate::i18n::{tr, Lang, Texts};
use crate::questions::{label_for, question, Control, Kind as FieldKind};

/// Numbered notes: each source once, numbered in order of first use.
#[derive(Default)]
struct Notes(Vec<&'static str>);

impl Notes {
    /// The note number of a source ("1"), adding it when new.
    fn cite(&mut self, source: &'static str) -> usize {
        match self.0.iter().position(|s| *s == source) {
            Some(i) => i + 1,
            None => {
                self.0.push(source);
                self.0.len()
            }
        }
    }
}

/// A value of the scenario as a visitor reads it: amounts, dates and numbers in the
/// language's form, yes/no and codes as words.
fn answer_text(path: &str, value: &Value, t: &'static Texts, lang: Lang) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => return if *b { t.yes } else { t.no }.to_string(),
        Value::Array(items) if items.is_empty() => return t.no.to_string(),
        Value::Null => return t.no.to_string(),
        _ => return String::new(),
    };
    let q = question(path);
    if let Some(Control::Select { choice, .. }) = q.map(|q| q.control) {
        let label = choice.label(&text, t);
        return if label.is_empty() {
            text
        } else {
            label.to_string()
        };
    }
    match q.map_or(FieldKind::Text, |q| q.kind) {
        FieldKind::Money => format::money(&text, lang),
        FieldKind::Percent => format::percent(&text, lang),
        FieldKind::Decimal | FieldKind::Integer => format::number(&text, lang),
        FieldKind::Date => format::date(&text, lang),
        _ => text,
    }
}

/// Every answer of the scenario (accepted values only), as (label, value) pairs.
fn answers(scenario: &Value, t: &'static Texts, lang: Lang) -> Vec<(String, String)> {
    fn walk(path: &str, value: &Value, out: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    let p = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(&p, v, out);
                }
            }
            Value::Array(items) if !items.is_empty() => {
                for (i, v) in items.iter().enumerate() {
                    walk(&format!("{path}.{i}"), v, out);
                }
            }
            _ => out.push((path.to_string(), value.clone())),
        }
    }
    let mut leaves = Vec::new();
    walk("", scenario, &mut leaves);
    leaves
        .into_iter()
        .filter(|(path, _)| path != "version" && path != "date" && path.contains('.'))
        .map(|(path, value)| (label_for(&path, t), answer_text(&path, &value, t, lang)))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// The key lines of a measure: one per plan item with its figures, then the reasons
/// that did not simply pass (what is unsure, a ceiling, a condition not met).
fn measure_summary(m: &MeasureReport, notes: &mut Notes, lang: Lang) -> AnyView {
    let t = tr(lang);
    let id = m.id.code();
    let amount = m.amount.to_string();
    let main_note = m.reasons.first().map(|r| notes.cite(r.source));
    let items = m
        .items
        .iter()
        .map(|item| {
            let mut line = match &item.label {
                Some(l) if !l.trim().is_empty() => {
                    format!("{} {} — {l}", plan_label(item.plan, lang), item.index + 1)
                }
                _ => format!("{} {}", plan_label(item.plan, lang), item.index + 1),
            };
            if let Some(c) = item.eligible_cost {
                line.push_str(&format!(
                    "; {}: {}",
                    t.eligible_cost,
                    format::money(&c.to_string(), lang)
                ));
            }
            if let Some(r) = item.rate {
                line.push_str(&format!(
                    "; {}: {}",
                    t.rate,
                    format::percent(&r.to_string(), lang)
                ));
            }
            line.push_str(&format!(
                "; {}: {}",
                t.amount,
                format::money(&item.aid.to_string(), lang)
            ));
            view! { <li>{line}</li> }
        })
        .collect::<Vec<_>>();
    let key_reasons = m
        .reasons
        .iter()
        .chain(m.items.iter().flat_map(|i| i.reasons.iter()))
        .filter(|r| r.outcome != Outcome::Pass && r.outcome != Outcome::Info)
        .take(3)
        .map(|r| {
            let n = notes.cite(r.source);
            view! { <li>{reason_text(r, lang)} <sup>{format!("[{n}]")}</sup></li> }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="print-measure" data-testid=format!("measure-{id}") data-status=m.status.code() data-amount=amount.clone()>
            <h4>
                {measure_name(m.id, lang)}
                {main_note.map(|n| view! { <sup>{format!("[{n}]")}</sup> })}
                ": "
                <span data-testid="amount" data-amount=amount.clone()>{format::money(&amount, lang)}</span>
                {(m.status != Status::Eligible).then(|| format!(" ({})", status_label(m.status, lang)))}
            </h4>
            <ul>{items}{key_reasons}</ul>
        </section>
    }
    .into_any()
}

/// The two-page summary of a report.
fn summary(report: &Report, scenario: &Value, lang: Lang) -> AnyView {
    let t = tr(lang);
    let mut notes = Notes::default();
    let answers = answers(scenario, t, lang)
        .into_iter()
        .map(|(k, v)| view! { <div class="fig"><dt>{k}</dt><dd>{v}</dd></div> })
        .collect::<Vec<_>>();
    let asked: Vec<&MeasureReport> = report.measures.iter().filter(|m| m.asked).collect();
    let applying: Vec<&MeasureReport> = asked
        .iter()
        .copied()
        .filter(|m| m.kind != Kind::Signpost && !m.amount.value().is_zero())
        .collect();
    let others: Vec<&str> = asked
        .iter()
        .filter(|m| m.kind != Kind::Signpost && m.amount.value().is_zero())
        .map(|m| measure_name(m.id, lang))
        .collect();
    let programmes: Vec<&str> = asked
        .iter()
        .filter(|m| m.kind == Kind::Signpost)
        .map(|m| measure_name(m.id, lang))
        .collect();
    let measures = applying
        .iter()
        .map(|m| measure_summary(m, &mut notes, lang))
        .collect::<Vec<_>>();
    let none = measures.is_empty().then(|| view! { <p>{t.print_none}</p> });
    let source_notes = notes
        .0
        .iter()
        .map(|id| {
            let source = eligibility::sources::source(id);
            let title = eligibility::text::source_title(id, lang);
            let url = source.and_then(|s| s.url).map(|u| format!(" — {u}"));
            view! { <li>{title}{url}</li> }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="print-answers">
            <h3>{t.print_answers}</h3>
            <dl class="figures answers">{answers}</dl>
        </section>
        {totals_view(report, lang)}
        <section class="print-measures">
            <h3>{t.print_measures}</h3>
            {measures}
            {none}
            {(!others.is_empty()).then(|| view! { <p class="help">{t.other_measures} ": " {others.join(", ")}</p> })}
            {(!programmes.is_empty()).then(|| view! { <p class="help">{t.signposts_title} ": " {programmes.join(", ")}</p> })}
        </section>
        {crate::components::timeline::timeline_view(report, lang)}
        {assumptions_list(report, lang)}
        <section class="print-notes">
            <h3>{t.sources_title}</h3>
            <ol class="notes">{source_notes}</ol>
        </section>
    }
    .into_any()
}

/// The print page.
#[component]
pub fn PrintPage() -> impl IntoView {
    let ctx = use_ctx();
    let full = RwSignal::new(false);
    let meta = move || {
        let lang = ctx.lang.get();
        let t = tr(lang);
        ctx.computed.with(|c| {
            let (date, version) = match c.as_ref().map(|c| &c.report) {
                Some(Ok(r)) => (r.date.to_string(), r.rules_version.clone()),
                _ => (
                    ctx.today.get_value(),
                    eligibility::RULES_VERSION.to_string(),
                ),
            };
            view! {
                <p class="print-meta">
                    {t.computed_on} " "
                    <span data-testid="print-date" data-date=date.clone()>{format::date(&date, lang)}</span>
                    " " {t.with_rules_of} " "
                    <span data-testid="print-rules-version">{version}</span>
                </p>
            }
        })
    };
    let body = move || {
        if full.get() {
            return view! { <Results expanded=true /> }.into_any();
        }
        let lang = ctx.lang.get();
        ctx.computed
            .with(|c| match c.as_ref().map(|c| (&c.report, &c.scenario)) {
                Some((Ok(report), scenario)) => summary(report, scenario, lang),
                _ => view! { <Results expanded=true /> }.into_any(),
            })
    };
    view! {
        <article class="print-view" class:print-summary=move || !full.get() data-testid="print-view">
            <div class="buttons no-print">
                <button type="button" data-testid="print-now" on:click=move |_| print_now()>
                    {tx(|t| t.print)}
                </button>
                <button type="button" data-testid="back" on:click=move |_| ctx.page.set(Page::Calculator)>
                    {tx(|t| t.back)}
                </button>
                <span class="check">
                    <input
                        type="checkbox"
                        id="print-full"
                        data-testid="print-full"
                        prop:checked=move || full.get()
                        on:change=move |ev| full.set(event_target_checked(&ev))
                    />
                    <label for="print-full">{tx(|t| t.print_full)}</label>
                </span>
            </div>
            <h2 class="page-title">{tx(|t| t.print_title)}</h2>
            {meta}
            {body}
            <p class="disclaimer">{tx(|t| t.disclaimer)}</p>
        </article>
    }
}
