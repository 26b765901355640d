//! "Context for the visitor": how other companies use AI, the barriers they name and the
//! measures of the result that answer them, and the Belgian AI start-up ecosystem.
//!
//! Everything shown comes from `eligibility::context::for_visitor`, which holds the figures
//! with their study, year and geography and all texts in nl/en/fr. Informational only: the
//! panel never feeds the evaluation. Links to measures point at the result's cards
//! (`#measure-<id>`).

use eligibility::context::{
    self, ContextPanel as Panel, FigureLine, FigureList, MeasureLink, PanelLabels, PlanSummary,
};
use eligibility::text::Lang;
use leptos::prelude::*;

/// The context panel. Re-renders when the NACE code, the plans or the language change.
///
/// `data-testid`s: `context-panel` (the section), `context-sector` (only when the NACE code
/// falls in a sector the survey covers), `context-barrier` (the most named barrier with the
/// measures that answer it), `context-barrier-line` (each barrier of the list),
/// `context-startups` (the collapsible start-up facts).
#[component]
pub fn ContextPanel(
    /// The company's NACE code as typed ("62.010", "J62.01", …); `None` or empty: no sector.
    #[prop(into)]
    nace: Signal<Option<String>>,
    /// Which plans the visitor has entered (marks linked measures that are planned).
    #[prop(into)]
    plans: Signal<PlanSummary>,
    /// Display language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let panel = Memo::new(move |_| {
        let plans = plans.get();
        let lang = lang.get();
        nace.with(|code| context::for_visitor(code.as_deref(), &plans, lang))
    });
    move || panel.with(render_panel)
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
        Lang::Fr => "fr",
    }
}

fn render_panel(p: &Panel) -> impl IntoView {
    let labels = p.labels.clone();
    let sector = p.sector.clone().map(|s| {
        let rates = s
            .rates
            .into_iter()
            .map(|r| view! { <li>{r.text}</li> })
            .collect_view();
        let qualitative = s.qualitative.map(|(_, text)| view! { <p>{text}</p> });
        let caveat = s
            .caveat
            .map(|text| view! { <p class="context-caveat">{text}</p> });
        view! {
            <section class="context-sector" data-testid="context-sector">
                <h3>{s.heading}</h3>
                <ul class="context-figures">{rates}</ul>
                {qualitative}
                {caveat}
            </section>
        }
    });

    let adoption = p.adoption.clone();
    let barriers = p.barriers.clone();
    let top_links = barriers
        .top()
        .map(|top| links_inline(&top.links, &labels))
        .unwrap_or_default();
    let barrier_lines = barriers
        .lines
        .into_iter()
        .map(|line| {
            let links = (!line.links.is_empty()).then(|| {
                view! {
                    " "
                    <span class="context-helps">{labels.what_helps.clone()}</span>
                    <ul class="context-links">
                        {line
                            .links
                            .iter()
                            .map(|l| view! { <li>{measure_link(l, &labels)}</li> })
                            .collect_view()}
                    </ul>
                }
            });
            view! {
                <li data-testid="context-barrier-line">{line.text}{links}</li>
            }
        })
        .collect_view();

    let applications = p.applications.clone();
    let application_lines = applications
        .lines
        .into_iter()
        .map(|a| {
            let links = (!a.links.is_empty()).then(|| {
                view! {
                    " — "
                    {links_inline(&a.links, &labels)}
                }
            });
            view! { <li>{a.line.text}{links}</li> }
        })
        .collect_view();

    let literacy = p.literacy.clone();
    let startups = p.startups.clone();
    let sources = p
        .sources
        .iter()
        .map(|s| {
            let link = s.url.map(|url| {
                view! {
                    " "
                    <a href=url rel="noopener noreferrer">
                        {url_host(url)}
                    </a>
                }
            });
            view! { <li>{s.label.clone()} " — " {s.note.clone()} {link}</li> }
        })
        .collect_view();

    view! {
        <section
            class="context-panel"
            data-testid="context-panel"
            lang=lang_code(p.lang)
            aria-labelledby="context-panel-title"
        >
            <h2 id="context-panel-title">{p.title.clone()}</h2>
            <p class="context-disclaimer">{p.disclaimer.clone()}</p>

            {sector}

            <section class="context-adoption">
                <h3>{adoption.heading}</h3>
                <p>{adoption.text}</p>
                <p class="context-note">{adoption.later_text}</p>
            </section>

            <section class="context-barriers">
                <h3>{barriers.heading}</h3>
                <p data-testid="context-barrier">
                    <strong>{barriers.headline}</strong>
                    " — "
                    {top_links}
                </p>
                <ul>{barrier_lines}</ul>
                <p class="context-source">{barriers.source}</p>
            </section>

            {figure_list(p.benefits.clone())}

            <section class="context-applications">
                <h3>{applications.heading}</h3>
                <ul>{application_lines}</ul>
                <p class="context-source">{applications.source}</p>
            </section>

            <section class="context-literacy">
                <h3>{literacy.heading}</h3>
                <p>
                    {literacy.text} " "
                    <a href=literacy.url rel="noopener noreferrer">
                        {url_host(literacy.url)}
                    </a>
                </p>
                <p class="context-note">{literacy.correction}</p>
                <p>{measure_link(&literacy.link, &labels)}</p>
            </section>

            <section class="context-startups">
                <h3>{startups.heading}</h3>
                <p class="context-caveat">{startups.caveat}</p>
                <details data-testid="context-startups">
                    <summary>{startups.toggle}</summary>
                    <p>{startups.summary}</p>
                    <p>{startups.funnel}</p>
                    {count_list(startups.locations)}
                    {count_list(startups.technologies)}
                    {count_list(startups.purposes)}
                    <ul>
                        {startups
                            .financing
                            .into_iter()
                            .map(|f| view! { <li>{f.text}</li> })
                            .collect_view()}
                    </ul>
                    <p class="context-source">{startups.source}</p>
                </details>
            </section>

            <details class="context-sources">
                <summary>{labels.sources.clone()}</summary>
                <ul>{sources}</ul>
            </details>
        </section>
    }
}

/// "kmo-portefeuille: betaalt 20 tot 45 % van een opleiding …", the name linking to the
/// result's measure card, with "(in jouw plannen)" when planned.
fn measure_link(l: &MeasureLink, labels: &PanelLabels) -> impl IntoView {
    let planned = l.planned.then(|| {
        view! { " " <span class="context-planned">"(" {labels.in_your_plans.clone()} ")"</span> }
    });
    view! {
        <a href=l.href.clone() class="context-measure-link">
            {l.label.clone()}
        </a>
        ": "
        {l.text.clone()}
        {planned}
    }
}

/// Several measure links in running text, separated by semicolons.
fn links_inline(links: &[MeasureLink], labels: &PanelLabels) -> Vec<AnyView> {
    links
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let sep = (i > 0).then_some("; ");
            view! { {sep} {measure_link(l, labels)} }.into_any()
        })
        .collect()
}

/// A headed list of figures (benefits) with its source.
fn figure_list(list: FigureList) -> impl IntoView {
    view! {
        <section class="context-list">
            <h3>{list.heading}</h3>
            <ul>{lines(list.lines)}</ul>
            <p class="context-source">{list.source}</p>
        </section>
    }
}

/// A headed list of counts inside the start-up facts.
fn count_list(list: FigureList) -> impl IntoView {
    view! {
        <h4>{list.heading}</h4>
        <ul>{lines(list.lines)}</ul>
    }
}

fn lines(lines: Vec<FigureLine>) -> impl IntoView {
    lines
        .into_iter()
        .map(|l| view! { <li>{l.text}</li> })
        .collect_view()
}

/// "cropland.be" for a link's visible text.
fn url_host(url: &str) -> String {
    context::texts::host(url).to_string()
}
