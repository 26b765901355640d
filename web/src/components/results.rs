//! The live result: totals, company size, every measure with its reasons (rendered by
//! `eligibility::text`), the de-minimis and kmo-portefeuille ceilings, missing answers
//! and next steps. Nothing here decides a rule: it only shows the engine's report.
use eligibility::text::{
    eu_size_label, fiscal_size_label, kind_label, measure_name, outcome_label, plan_label,
    reason_text, status_label,
};
use eligibility::{InputError, Kind, MeasureId, MeasureReport, Outcome, Reason, Report};
use leptos::prelude::*;
use std::sync::Arc;

use crate::components::bars::{bar, Segment};
use crate::components::field::{field_id, tx};
use crate::context::use_ctx;
use crate::engine_bridge::Computed;
use crate::engine_ready::{self, EngineState};
use crate::form::{self, PlanChoice};
use crate::format;
use crate::i18n::{tr, Lang};
use crate::questions::{answer_field, label_for};

/// A "Why?" disclosure whose open state survives the re-render of a live update. Its
/// `lazy` part (the reasons) is built only once it is opened: closed (as most are), it
/// costs neither the first render nor a keystroke that rebuilds its card. `eager`
/// follows it and is always there; it gets the "opened" signal for reasons of its own.
fn why(
    key: String,
    expanded: bool,
    lazy: Build,
    eager: impl FnOnce(RwSignal<bool>) -> Option<AnyView>,
) -> AnyView {
    let ctx = use_ctx();
    let open = expanded || ctx.open_details.with_value(|s| s.contains(&key));
    let built = RwSignal::new(open);
    let eager = eager(built);
    let t = tr(ctx.lang.get_untracked());
    view! {
        <details
            class="why"
            open=open
            on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                let is_open = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|d| d.open());
                if is_open && !built.get_untracked() {
                    built.set(true);
                }
                ctx.open_details.update_value(|s| {
                    if is_open {
                        s.insert(key.clone());
                    } else {
                        s.remove(&key);
                    }
                });
            }
        >
            <summary>{t.why}</summary>
            {once_opened(built, lazy)}
            {eager}
        </details>
    }
    .into_any()
}

/// A part of the results built on demand. Boxed, so that every such part shares one
/// reactive view type (each closure type would be compiled into the wasm on its own).
type Build = Box<dyn Fn() -> AnyView + Send + Sync>;

/// `build`'s view once `opened` turns true (kept when the disclosure closes again).
fn once_opened(opened: RwSignal<bool>, build: Build) -> AnyView {
    (move || opened.get().then(&build)).into_any()
}

fn outcome_icon(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "✓",
        Outcome::Fail => "✗",
        Outcome::Unknown => "?",
        Outcome::Info => "i",
    }
}

/// The source of a reason as a link (title; URL when public). One `<a>` and one
/// `<span>` view for every case keeps the wasm small.
fn source_view(id: &str, lang: Lang, target: &'static str) -> AnyView {
    let t = tr(lang);
    let source = eligibility::sources::source(id);
    let title = eligibility::text::source_title(id, lang);
    match source.and_then(|s| s.url) {
        Some(url) => view! {
            <a class="source" href=url target=target rel="noopener noreferrer" data-source=id.to_string()>
                {t.source} ": " {title}
            </a>
        }
        .into_any(),
        None => view! { <span class="source" data-source=id.to_string()>{t.source} ": " {title}</span> }
            .into_any(),
    }
}

/// A list of reasons with their outcome and source.
pub fn reasons_list(
    reasons: &[Reason],
    lang: Lang,
    target: &'static str,
    testid: &'static str,
) -> AnyView {
    if reasons.is_empty() {
        return ().into_any();
    }
    let items = reasons
        .iter()
        .map(|r| {
            view! {
                <li class=format!("reason {}", r.outcome.code()) data-testid="reason" data-code=r.code.code() data-outcome=r.outcome.code()>
                    <span class="icon" aria-hidden="true">{outcome_icon(r.outcome)}</span>
                    <span class="sr-only">{outcome_label(r.outcome, lang)} ": "</span>
                    <span class="text">{reason_text(r, lang)}</span>
                    " "
                    {source_view(r.source, lang, target)}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="reasons" data-testid=testid>{items}</ul> }.into_any()
}

/// The title of a plan item ("Opleiding 2", "Ontwikkelingsproject").
fn item_title(plan: eligibility::PlanKind, index: usize, lang: Lang) -> String {
    use eligibility::PlanKind as P;
    match plan {
        P::Trainings | P::Advice | P::Investments => {
            format!("{} {}", plan_label(plan, lang), index + 1)
        }
        _ => plan_label(plan, lang).to_string(),
    }
}

/// The plan items of a measure's "Why?" (always built: they carry the items' status and
/// amounts); the reasons of each item only once the "Why?" was opened.
fn measure_items(
    m: &MeasureReport,
    lang: Lang,
    target: &'static str,
    opened: RwSignal<bool>,
) -> Option<AnyView> {
    let t = tr(lang);
    let items = m
        .items
        .iter()
        .map(|item| {
            let title = match &item.label {
                Some(l) if !l.trim().is_empty() => format!("{} — {l}", item_title(item.plan, item.index, lang)),
                _ => item_title(item.plan, item.index, lang),
            };
            let mut figures = Vec::new();
            if let Some(c) = item.eligible_cost {
                figures.push((t.eligible_cost, format::money(&c.to_string(), lang)));
            }
            if let Some(r) = item.rate {
                figures.push((t.rate, format::percent(&r.to_string(), lang)));
            }
            if let Some(b) = item.aid_before_ceiling {
                if b != item.aid {
                    figures.push((t.before_ceiling, format::money(&b.to_string(), lang)));
                }
            }
            figures.push((t.amount, format::money(&item.aid.to_string(), lang)));
            let figures = figures
                .into_iter()
                .map(|(k, v)| view! { <div class="fig"><dt>{k}</dt><dd>{v}</dd></div> })
                .collect::<Vec<_>>();
            view! {
                <li class=format!("item {}", item.status.code()) data-testid=format!("item-{}-{}", item.plan.code(), item.index) data-status=item.status.code()>
                    <p class="item-head">
                        <strong>{title}</strong>
                        " "
                        <span class=format!("badge {}", item.status.code())>{status_label(item.status, lang)}</span>
                    </p>
                    <dl class="figures">{figures}</dl>
                    {
                        let reasons = item.reasons.clone();
                        once_opened(opened, Box::new(move || reasons_list(&reasons, lang, target, "item-reasons")))
                    }
                </li>
            }
        })
        .collect::<Vec<_>>();
    (!items.is_empty())
        .then(|| view! { <h4>{t.items}</h4> <ul class="items">{items}</ul> }.into_any())
}

/// One measure card (`measure-<id>`).
pub fn measure_card(
    m: &MeasureReport,
    lang: Lang,
    expanded: bool,
    target: &'static str,
) -> AnyView {
    let t = tr(lang);
    let id = m.id.code();
    let status = m.status.code();
    let amount = m.amount.to_string();
    let signpost = m.kind == eligibility::Kind::Signpost;
    let next = (!m.next_steps.is_empty()).then(|| {
        view! {
            <div class="next-steps" data-testid="next-steps">
                <h4>{t.next_steps}</h4>
                {reasons_list(&m.next_steps, lang, target, "next-steps-list")}
            </div>
        }
    });
    let kind = kind_label(m.kind, lang);
    // No amount of 0,00 € next to a badge: a measure without an amount says what to
    // fill in to see one; one that fits the company says so instead of "eligible".
    let has_amount = !m.amount.value().is_zero() && !signpost;
    let fits = !has_amount && m.status == eligibility::Status::Eligible;
    let badge = if fits {
        t.fits_company
    } else {
        status_label(m.status, lang)
    };
    let badge_class = if fits { "fits" } else { status };
    let fill_in =
        (!has_amount && !signpost && !m.planned && m.status != eligibility::Status::NotEligible)
            .then(|| fill_in_view(m.id, lang));
    view! {
        <article
            class=format!("measure {status}")
            id=format!("measure-{id}")
            data-testid=format!("measure-{id}")
            data-status=status
            data-amount=(!signpost).then(|| amount.clone())
        >
            <header class="measure-head">
                <h3>{measure_name(m.id, lang)}</h3>
                <span class=format!("badge {badge_class}") data-testid="status" data-status=status>{badge}</span>
                {has_amount.then(|| view! {
                    <span class="amount" data-testid="amount" data-amount=amount.clone()>{format::money(&amount, lang)}</span>
                })}
                <span class="kind">{kind}</span>
            </header>
            {fill_in}
            {why(
                format!("m-{id}"),
                expanded,
                {
                    let reasons = m.reasons.clone();
                    Box::new(move || view! {
                        {(!reasons.is_empty()).then(|| view! { <h4>{t.conditions}</h4> })}
                        {reasons_list(&reasons, lang, target, "reasons")}
                    }
                    .into_any())
                },
                |opened| measure_items(m, lang, target, opened),
            )}
            {next}
        </article>
    }
    .into_any()
}

/// "Fill in your plan to see the amount": buttons that open the plan a measure needs.
fn fill_in_view(id: MeasureId, lang: Lang) -> Option<AnyView> {
    use PlanChoice as P;
    let t = tr(lang);
    let ctx = use_ctx();
    let choices: &[(P, &'static str)] = match id {
        MeasureId::KmoPortefeuille => &[
            (P::Training, t.intent_training),
            (P::Advice, t.intent_advice),
        ],
        MeasureId::Investeringsaftrek => &[(P::Investment, t.intent_investment)],
        MeasureId::CybersecurityVerbetertraject => &[(P::Cyber, t.intent_cyber)],
        MeasureId::InnovatieveStarterssteun => &[(P::Starter, t.intent_starter)],
        MeasureId::Ontwikkelingsproject => &[(P::Development, t.want_development)],
        MeasureId::Onderzoeksproject => &[(P::Research, t.want_research)],
        _ => return None,
    };
    let buttons = choices
        .iter()
        .map(|&(choice, label)| {
            view! {
                <button
                    type="button"
                    class="link"
                    data-testid=format!("fill-in-{}", choice.code())
                    on:click=move |_| {
                        ctx.form.update(|f| f.open_plan(choice));
                        request_animation_frame(move || ctx.focus(&format!("#{}", field_id(choice.first_field()))));
                    }
                >
                    {label}
                </button>
            }
        })
        .collect::<Vec<_>>();
    Some(
        view! { <p class="note fill-in" data-testid="fill-in">{t.fill_in_plan} " " {buttons}</p> }
            .into_any(),
    )
}

/// A call-based programme as a link to the programme, with its conditions on demand.
fn signpost_view(m: &MeasureReport, lang: Lang, expanded: bool, target: &'static str) -> AnyView {
    let id = m.id.code();
    let url = m
        .reasons
        .iter()
        .chain(&m.next_steps)
        .find_map(|r| eligibility::sources::source(r.source).and_then(|s| s.url));
    let name = measure_name(m.id, lang);
    let title = match url {
        Some(url) => view! { <a class="programme" href=url target=target rel="noopener noreferrer">{name}</a> }.into_any(),
        None => view! { <strong>{name}</strong> }.into_any(),
    };
    view! {
        <li class="signpost" id=format!("measure-{id}") data-testid=format!("measure-{id}") data-status=m.status.code()>
            {title}
            {why(format!("m-{id}"), expanded, {
                let (reasons, next_steps) = (m.reasons.clone(), m.next_steps.clone());
                Box::new(move || view! {
                    {reasons_list(&reasons, lang, target, "reasons")}
                    {(!next_steps.is_empty()).then(|| view! {
                        <div class="next-steps" data-testid="next-steps">
                            {reasons_list(&next_steps, lang, target, "next-steps-list")}
                        </div>
                    })}
                }
                .into_any())
            }, |_| None)}
        </li>
    }
    .into_any()
}

/// The fields whose text could not be used, each a button to the field
/// (`results-invalid`): the result then leaves them out, and says so.
pub fn invalid_fields(c: &Computed) -> Vec<String> {
    let mut names: Vec<String> = c
        .field_errors
        .keys()
        .chain(c.engine_errors.keys())
        .cloned()
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The notice that a field is invalid, with a link to each such field.
pub fn invalid_view(names: &[String], lang: Lang) -> Option<AnyView> {
    if names.is_empty() {
        return None;
    }
    let t = tr(lang);
    let ctx = use_ctx();
    let items = names
        .iter()
        .map(|name| {
            let name = name.clone();
            let label = label_for(&name, t);
            let id = field_id(&name);
            view! {
                <li><button type="button" class="link" data-field=name on:click=move |_| ctx.focus(&format!("#{id}"))>{label}</button></li>
            }
        })
        .collect::<Vec<_>>();
    Some(
        view! {
            <div class="notice warn invalid" role="status" data-testid="results-invalid">
                <p><strong>{t.results_invalid}</strong></p>
                <ul>{items}</ul>
            </div>
        }
        .into_any(),
    )
}

/// What `uncertain` measures of one kind could add to its total (the report's
/// `totals.uncertain_*`), as a plain decimal; `None` when nothing is uncertain.
pub fn uncertain_sum(report: &Report, kind: Kind) -> Option<String> {
    let amount = match kind {
        Kind::Grant => report.totals.uncertain_grants,
        Kind::TaxDeduction => report.totals.uncertain_tax_deductions,
        Kind::Signpost => return None,
    };
    (!amount.value().is_zero()).then(|| amount.to_string())
}

/// The line under a total naming what uncertain measures could add to it.
fn uncertain_line(
    report: &Report,
    kind: Kind,
    testid: &'static str,
    lang: Lang,
) -> Option<AnyView> {
    let t = tr(lang);
    uncertain_sum(report, kind).map(|amount| {
        view! {
            <p class="help total-uncertain" data-testid=testid data-amount=amount.clone()>
                {t.total_uncertain_before}{format::money(&amount, lang)}{t.total_uncertain_after}
            </p>
        }
        .into_any()
    })
}

/// Whether a measure counted in the totals rests on an assumed answer: the headline
/// then says "if these assumptions hold".
pub fn totals_rest_on_assumptions(report: &Report) -> bool {
    report.assumptions.iter().any(|a| {
        a.measures.iter().any(|id| {
            report.measure(*id).is_some_and(|m| {
                m.status == eligibility::Status::Eligible && !m.amount.value().is_zero()
            })
        })
    })
}

/// The answers the engine assumed, each with a button to the field that changes it.
pub fn assumptions_view(report: &Report, lang: Lang) -> Option<AnyView> {
    if report.assumptions.is_empty() {
        return None;
    }
    let t = tr(lang);
    let ctx = use_ctx();
    let items = report
        .assumptions
        .iter()
        .map(|a| {
            let name = form::field_name(&a.field);
            let label = label_for(&name, t);
            let text = eligibility::text::assumption_text(a, lang).unwrap_or_else(|| label.clone());
            let target = field_id(answer_field(&name));
            view! {
                <li data-testid="assumption" data-field=name.clone()>
                    <span>{text}</span>
                    " "
                    <button type="button" class="link" on:click=move |_| ctx.focus(&format!("#{target}"))>
                        {t.change}<span class="sr-only">": " {label}</span>
                    </button>
                </li>
            }
        })
        .collect::<Vec<_>>();
    Some(
        view! {
            <section class="assumptions" data-testid="assumptions">
                <h3>{t.assumptions_title}</h3>
                <p class="help">{t.assumptions_help}</p>
                <ul>{items}</ul>
            </section>
        }
        .into_any(),
    )
}

/// The assumed answers as plain text (the print summary).
pub fn assumptions_list(report: &Report, lang: Lang) -> Option<AnyView> {
    if report.assumptions.is_empty() {
        return None;
    }
    let t = tr(lang);
    let items = report
        .assumptions
        .iter()
        .filter_map(|a| eligibility::text::assumption_text(a, lang))
        .map(|text| view! { <li>{text}</li> })
        .collect::<Vec<_>>();
    Some(
        view! {
            <section class="assumptions" data-testid="assumptions">
                <h3>{t.assumptions_title}</h3>
                <ul>{items}</ul>
            </section>
        }
        .into_any(),
    )
}

/// Totals of grants and tax deductions.
pub fn totals_view(report: &Report, lang: Lang) -> AnyView {
    let t = tr(lang);
    let assumed = totals_rest_on_assumptions(report).then(|| {
        view! { <p class="help total-assumed" data-testid="total-assumed">{t.if_assumptions_hold}</p> }
    });
    let grants = report.totals.grants.to_string();
    let tax = report.totals.tax_deductions.to_string();
    let uncertain_grants = uncertain_line(report, Kind::Grant, "total-uncertain", lang);
    let uncertain_tax = uncertain_line(report, Kind::TaxDeduction, "total-tax-uncertain", lang);
    view! {
        <div class="totals" aria-live="polite">
            <div class="total grants">
                <p class="total-label">{t.total_grants}</p>
                <p class="total-amount" data-testid="total-grants" data-amount=grants.clone()>{format::money(&grants, lang)}</p>
                {uncertain_grants}
            </div>
            <div class="total tax">
                <p class="total-label">{t.total_tax}</p>
                <p class="total-amount" data-testid="total-tax" data-amount=tax.clone()>{format::money(&tax, lang)}</p>
                {uncertain_tax}
                <p class="help">{t.total_tax_help}</p>
            </div>
            {assumed}
        </div>
    }
    .into_any()
}

/// Company size as the engine determined it.
pub fn size_view(report: &Report, lang: Lang, expanded: bool, target: &'static str) -> AnyView {
    let t = tr(lang);
    let eu = report.size.eu.code();
    let fiscal = report.size.fiscal.code();
    view! {
        <section class="size">
            <h3>{t.size_result}</h3>
            <dl class="figures">
                <div class="fig"><dt>{t.eu_class}</dt><dd data-testid="size-eu" data-code=eu>{eu_size_label(report.size.eu, lang)}</dd></div>
                <div class="fig"><dt>{t.fiscal_class}</dt><dd data-testid="size-fiscal" data-code=fiscal>{fiscal_size_label(report.size.fiscal, lang)}</dd></div>
            </dl>
            {why("size".into(), expanded, {
                let reasons = report.size.reasons.clone();
                Box::new(move || reasons_list(&reasons, lang, target, "size-reasons"))
            }, |_| None)}
        </section>
    }
    .into_any()
}

/// The de-minimis headroom bar.
pub fn de_minimis_view(
    report: &Report,
    lang: Lang,
    expanded: bool,
    target: &'static str,
) -> AnyView {
    let t = tr(lang);
    let dm = &report.de_minimis;
    let used = dm.used.to_string();
    let planned = dm.planned.to_string();
    // The report's `planned` already leaves out what was used: shown as it is.
    let segments = vec![
        Segment {
            amount: used.clone(),
            class: "used",
            label: t.dm_used,
        },
        Segment {
            amount: planned.clone(),
            class: "planned",
            label: t.kmo_planned_short,
        },
    ];
    let extra = vec![
        (t.dm_headroom, format::money(&dm.headroom.to_string(), lang)),
        (
            t.dm_window,
            format::date(&dm.window_start.to_string(), lang),
        ),
    ];
    view! {
        <section class="ceiling" data-testid="de-minimis" data-used=used data-planned=planned data-ceiling=dm.ceiling.to_string() data-headroom=dm.headroom.to_string()>
            <h3>{t.de_minimis_title}</h3>
            {bar(&dm.ceiling.to_string(), t.dm_ceiling, segments, extra, lang)}
            {why("dm".into(), expanded, {
                let reasons = dm.reasons.clone();
                Box::new(move || reasons_list(&reasons, lang, target, "de-minimis-reasons"))
            }, |_| None)}
        </section>
    }
    .into_any()
}

/// The kmo-portefeuille yearly ceiling bar, from the report's ceiling block.
pub fn kmo_ceiling_view(report: &Report, lang: Lang) -> Option<AnyView> {
    let t = tr(lang);
    let k = report.kmo_portefeuille_ceiling.as_ref()?;
    report
        .measure(MeasureId::KmoPortefeuille)
        .filter(|m| m.asked)?;
    let ceiling = k.ceiling.to_string();
    let received = k
        .received
        .map(|r| r.to_string())
        .unwrap_or_else(|| "0".into());
    let extra = vec![(t.kmo_left, format::money(&k.room.to_string(), lang))];
    let segments = vec![
        Segment {
            amount: received,
            class: "used",
            label: t.kmo_received_short,
        },
        Segment {
            amount: k.planned.to_string(),
            class: "planned",
            label: t.kmo_planned_short,
        },
    ];
    Some(
        view! {
            <section class="ceiling" data-testid="kmo-ceiling">
                <h3>{t.kmo_ceiling_title}</h3>
                {bar(&ceiling, t.dm_ceiling, segments, extra, lang)}
            </section>
        }
        .into_any(),
    )
}

/// One answer to give, as a button that takes the visitor to its field.
fn answer_button(path: &str, amount: Option<String>, lang: Lang) -> AnyView {
    let t = tr(lang);
    let ctx = use_ctx();
    let name = form::field_name(path);
    let label = label_for(&name, t);
    let target = field_id(answer_field(&name));
    let amount = amount.map(|a| {
        view! { " " <span class="at-stake" data-amount=a.clone()>{format!("({})", format::money(&a, lang))}</span> }
    });
    view! {
        <li>
            <button type="button" class="link" data-field=name on:click=move |_| ctx.focus(&format!("#{target}"))>
                {label}
            </button>
            {amount}
        </li>
    }
    .into_any()
}

/// The questions that hold money back (largest amount first, as the report orders
/// them), then the other missing answers; each a button that takes the user to the field.
pub fn missing_view(report: &Report, lang: Lang) -> Option<AnyView> {
    let t = tr(lang);
    let with_money: Vec<_> = report
        .open_questions
        .iter()
        .filter(|q| !q.amount.value().is_zero())
        .collect();
    let money = (!with_money.is_empty()).then(|| {
        let items = with_money
            .iter()
            .map(|q| answer_button(&q.field, Some(q.amount.to_string()), lang))
            .collect::<Vec<_>>();
        view! {
            <section class="missing open-questions" data-testid="open-questions">
                <h3>{t.open_questions_title}</h3>
                <ul>{items}</ul>
            </section>
        }
    });
    let rest: Vec<_> = report
        .missing
        .iter()
        .filter(|path| !with_money.iter().any(|q| &q.field == *path))
        .map(|path| answer_button(path, None, lang))
        .collect();
    let rest = (!rest.is_empty()).then(|| {
        view! {
            <section class="missing" data-testid="missing">
                <h3>{t.missing_title}</h3>
                <ul>{rest}</ul>
            </section>
        }
    });
    (money.is_some() || rest.is_some()).then(|| view! { {money} {rest} }.into_any())
}

/// Where each shown measure goes: the cards asked first (the measures the visitor
/// planned, or all when none is planned), the others (collapsed), the programmes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Layout {
    first: Vec<MeasureId>,
    others: Vec<MeasureId>,
    signposts: Vec<MeasureId>,
}

fn layout_of(report: &Report, shows: impl Fn(MeasureId) -> bool) -> Layout {
    let measures: Vec<&MeasureReport> = report
        .measures
        .iter()
        .filter(|m| m.asked && shows(m.id))
        .collect();
    let is_signpost = |m: &MeasureReport| m.kind == Kind::Signpost;
    let planned_any = measures.iter().any(|m| m.planned && !is_signpost(m));
    let first = |m: &MeasureReport| !is_signpost(m) && (m.planned || !planned_any);
    let ids = |keep: &dyn Fn(&MeasureReport) -> bool| {
        measures
            .iter()
            .filter(|m| keep(m))
            .map(|m| m.id)
            .collect::<Vec<_>>()
    };
    Layout {
        first: ids(&|m| first(m)),
        others: ids(&|m| !first(m) && !is_signpost(m)),
        signposts: ids(&|m| is_signpost(m)),
    }
}

/// A part of the results below the totals, rebuilt only when its own slice of the
/// report (or the language) changes, not on every keystroke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Totals,
    Missing,
    Assumptions,
    Timeline,
    KmoCeiling,
    DeMinimis,
    Size,
}

impl Part {
    const ALL: [Part; 7] = [
        Part::Totals,
        Part::Missing,
        Part::Assumptions,
        Part::Timeline,
        Part::KmoCeiling,
        Part::DeMinimis,
        Part::Size,
    ];

    /// Whether two reports show the same in this part.
    fn same(self, a: &Report, b: &Report) -> bool {
        match self {
            Part::Totals => {
                a.totals == b.totals
                    && totals_rest_on_assumptions(a) == totals_rest_on_assumptions(b)
            }
            Part::Missing => a.open_questions == b.open_questions && a.missing == b.missing,
            Part::Assumptions => a.assumptions == b.assumptions,
            Part::Timeline => a.timeline == b.timeline,
            Part::KmoCeiling => {
                let asked = |r: &Report| r.measure(MeasureId::KmoPortefeuille).map(|m| m.asked);
                a.kmo_portefeuille_ceiling == b.kmo_portefeuille_ceiling && asked(a) == asked(b)
            }
            Part::DeMinimis => a.de_minimis == b.de_minimis,
            Part::Size => a.size == b.size,
        }
    }

    fn render(
        self,
        r: &Report,
        lang: Lang,
        expanded: bool,
        target: &'static str,
    ) -> Option<AnyView> {
        match self {
            Part::Totals => Some(totals_view(r, lang)),
            Part::Missing => missing_view(r, lang),
            Part::Assumptions => assumptions_view(r, lang),
            Part::Timeline => crate::components::timeline::timeline_view(r, lang),
            Part::KmoCeiling => kmo_ceiling_view(r, lang),
            Part::DeMinimis => Some(de_minimis_view(r, lang, expanded, target)),
            Part::Size => Some(size_view(r, lang, expanded, target)),
        }
    }
}

/// Change counters of the results: a part or a measure card is rebuilt only when its
/// counter moves, that is when its own slice of the report changed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Versions {
    /// The report these counters describe (to compare the next one with).
    report: Option<Arc<Report>>,
    parts: [u32; Part::ALL.len()],
    measures: Vec<(MeasureId, u32)>,
    layout: Layout,
    invalid: Vec<String>,
    invalid_version: u32,
    error: Option<InputError>,
    error_version: u32,
}

impl Versions {
    fn next(prev: Option<&Versions>, c: &Computed, shows: impl Fn(MeasureId) -> bool) -> Versions {
        let old = prev.and_then(|p| p.report.as_ref());
        let report = c.report.as_ref().ok();
        let mut parts = prev.map_or([0; Part::ALL.len()], |p| p.parts);
        for (n, part) in Part::ALL.iter().enumerate() {
            if !matches!((old, report), (Some(a), Some(b)) if part.same(a, b)) {
                parts[n] += 1;
            }
        }
        let measures = report
            .map(|r| {
                r.measures
                    .iter()
                    .map(|m| {
                        let before = prev
                            .and_then(|p| p.measures.iter().find(|(id, _)| *id == m.id))
                            .map_or(0, |(_, v)| *v);
                        let same = old.and_then(|o| o.measure(m.id)) == Some(m);
                        (m.id, if same { before } else { before + 1 })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let invalid = invalid_fields(c);
        let invalid_version = match prev {
            Some(p) if p.invalid == invalid => p.invalid_version,
            Some(p) => p.invalid_version + 1,
            None => 0,
        };
        let error = c.report.as_ref().err().cloned();
        let error_version = match prev {
            Some(p) if p.error == error => p.error_version,
            Some(p) => p.error_version + 1,
            None => 0,
        };
        Versions {
            report: c.report.as_ref().ok().cloned(),
            error,
            error_version,
            parts,
            measures,
            layout: report.map(|r| layout_of(r, shows)).unwrap_or_default(),
            invalid,
            invalid_version,
        }
    }

    fn measure(&self, id: MeasureId) -> u32 {
        self.measures
            .iter()
            .find(|(m, _)| *m == id)
            .map_or(0, |(_, v)| *v)
    }
}

/// What a slot of the results shows; each slot is rebuilt only when its own counter
/// in [`Versions`] moves. One slot type for every part keeps the wasm small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum What {
    /// A part below the totals.
    Part(Part),
    /// A measure card (or, when `true`, a programme's link).
    Measure(MeasureId, bool),
    /// The notice that some answers cannot be read.
    Invalid,
    /// The engine's error when no report could be made.
    Error,
}

impl What {
    fn version(self, v: &Versions) -> u32 {
        match self {
            What::Part(part) => Part::ALL
                .iter()
                .position(|p| *p == part)
                .map_or(0, |n| v.parts[n]),
            What::Measure(id, _) => v.measure(id),
            What::Invalid => v.invalid_version,
            What::Error => v.error_version,
        }
    }

    fn render(
        self,
        c: &Computed,
        lang: Lang,
        expanded: bool,
        target: &'static str,
    ) -> Option<AnyView> {
        let report = c.report.as_ref();
        match self {
            What::Part(part) => part.render(report.ok()?, lang, expanded, target),
            What::Measure(id, signpost) => {
                let m = report.ok()?.measure(id)?;
                Some(if signpost {
                    signpost_view(m, lang, expanded, target)
                } else {
                    measure_card(m, lang, expanded, target)
                })
            }
            What::Invalid => invalid_view(&invalid_fields(c), lang),
            What::Error => report.err().map(|error| {
                let t = tr(lang);
                view! {
                    <div class="notice error" role="alert" data-testid="engine-error">
                        <p><strong>{t.engine_error}</strong></p>
                        <p>{error.message(lang)}</p>
                    </div>
                }
                .into_any()
            }),
        }
    }
}

/// One slot of the results, fed by its own counter.
fn slot(
    what: What,
    versions: Memo<Versions>,
    expanded: bool,
    target: &'static str,
) -> impl IntoView {
    let ctx = use_ctx();
    let version = Memo::new(move |_| versions.with(|v| what.version(v)));
    move || {
        let lang = ctx.lang.get();
        // Read (not only tracked): a memo that never ran has no sources yet.
        let _ = version.get();
        ctx.computed.with_untracked(|c| {
            c.as_ref()
                .and_then(|c| what.render(c, lang, expanded, target))
        })
    }
}

/// A list of measures keyed by measure id.
fn measure_list(
    which: fn(&Layout) -> &Vec<MeasureId>,
    versions: Memo<Versions>,
    expanded: bool,
    target: &'static str,
    signpost: bool,
) -> impl IntoView {
    view! {
        <For each=move || versions.with(|v| which(&v.layout).clone()) key=|id| *id let:id>
            {slot(What::Measure(id, signpost), versions, expanded, target)}
        </For>
    }
}

/// The results column of the calculator: while the engine's code is on its way a line
/// saying the result is being computed (or, when it could not be fetched, a button to
/// try again), then the report (see [`report_results`]).
#[component]
pub fn Results(#[prop(optional)] expanded: bool) -> impl IntoView {
    let ctx = use_ctx();
    let has_report = Memo::new(move |_| ctx.computed.with(Option::is_some));
    move || {
        if has_report.get() {
            report_results(expanded)
        } else {
            engine_waiting()
        }
    }
}

/// The line shown until the engine's code has arrived (on a first visit, a moment after
/// the questions), or the way to fetch it again.
pub fn engine_waiting() -> AnyView {
    let ctx = use_ctx();
    let engine = ctx.engine;
    (move || {
        let t = tr(ctx.lang.get());
        if engine.get() == EngineState::Failed {
            view! {
                <div class="notice error" role="alert" data-testid="engine-failed">
                    <p>{t.engine_failed}</p>
                    <button type="button" data-testid="engine-retry" on:click=move |_| engine_ready::load(engine)>
                        {t.engine_retry}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="engine-loading" role="status" data-testid="engine-loading">{t.engine_loading}</p> }
                .into_any()
        }
    })
    .into_any()
}

/// The report: a notice when an answer cannot be read, the totals, the measures the
/// visitor planned first, the others collapsed, the programmes as links, then the
/// ceilings and the size. Each part and each card follows its own slice of the report,
/// so a keystroke rebuilds only what changed. Never inlined: a first visit does not run
/// it before the engine's code is in, so it travels in the deferred wasm module.
#[inline(never)]
fn report_results(expanded: bool) -> AnyView {
    let ctx = use_ctx();
    let target = ctx.options.with_value(|o| o.link_target());
    let versions = Memo::new(move |prev: Option<&Versions>| {
        ctx.computed.with(|c| match c {
            Some(c) => Versions::next(prev, c, |id| ctx.options.with_value(|o| o.shows(id.code()))),
            None => prev.cloned().unwrap_or_default(),
        })
    });
    let ok = Memo::new(move |_| versions.with(|v| v.report.is_some()));
    let has_others = Memo::new(move |_| {
        versions.with(|v| !v.layout.others.is_empty() || !v.layout.signposts.is_empty())
    });
    let has_signposts = Memo::new(move |_| versions.with(|v| !v.layout.signposts.is_empty()));
    let part = move |p: Part| slot(What::Part(p), versions, expanded, target);
    let report_view = move || {
        view! {
            {part(Part::Totals)}
            {part(Part::Missing)}
            <div class="measures">
                {measure_list(|l| &l.first, versions, expanded, target, false)}
            </div>
            {part(Part::Assumptions)}
            {part(Part::Timeline)}
            <Show when=move || has_others.get()>
                <details class="others" data-testid="other-measures" open=expanded>
                    <summary>{tx(|t| t.other_measures)}</summary>
                    <div class="measures">
                        {measure_list(|l| &l.others, versions, expanded, target, false)}
                    </div>
                    <Show when=move || has_signposts.get()>
                        <h3 class="signposts-title">{tx(|t| t.signposts_title)}</h3>
                        <ul class="signposts">
                            {measure_list(|l| &l.signposts, versions, expanded, target, true)}
                        </ul>
                    </Show>
                </details>
            </Show>
            {part(Part::KmoCeiling)}
            {part(Part::DeMinimis)}
            {part(Part::Size)}
        }
    };
    view! {
        {slot(What::Invalid, versions, expanded, target)}
        {move || if ok.get() { report_view().into_any() } else { slot(What::Error, versions, expanded, target).into_any() }}
    }
    .into_any()
}
