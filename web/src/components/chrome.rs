//! Site chrome: header with language switch and page tabs, and the footer. Hidden in
//! embed mode (the language switch then lives in the results column).
use leptos::prelude::*;

use crate::components::field::tx;

use crate::context::use_ctx;
use crate::fragment::Page;
use crate::i18n::{tr, Lang, LANGS};

/// Language buttons (`lang-nl`, `lang-en`, `lang-fr`); switching keeps the scenario.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <nav class="langs" aria-label=tx(|t| t.language)>
            {LANGS
                .iter()
                .map(|&l| {
                    view! {
                        <button
                            type="button"
                            class="lang"
                            lang=l.code()
                            data-testid=format!("lang-{}", l.code())
                            aria-pressed=move || (ctx.lang.get() == l).to_string()
                            on:click=move |_| crate::context::set_lang(&ctx, l)
                        >
                            <abbr title=crate::i18n::lang_name(l)>{l.code().to_ascii_uppercase()}</abbr>
                        </button>
                    }
                })
                .collect::<Vec<_>>()}
        </nav>
    }
}

/// Page tabs: calculator, rules, print.
#[component]
pub fn Tabs() -> impl IntoView {
    let ctx = use_ctx();
    let tab = move |page: Page,
                    testid: &'static str,
                    words: fn(&'static crate::i18n::Texts) -> &'static str| {
        view! {
            <button
                type="button"
                class="tab"
                data-testid=testid
                aria-current=move || (ctx.page.get() == page).then_some("page")
                on:click=move |_| ctx.page.set(page)
            >
                {move || words(tr(ctx.lang.get()))}
            </button>
        }
    };
    view! {
        <nav class="tabs" aria-label="Steunwijzer">
            {tab(Page::Calculator, "tab-calculator", |t| t.tab_calculator)}
            {tab(Page::Rules, "tab-rules", |t| t.tab_rules)}
            {tab(Page::Print, "tab-print", |t| t.tab_print)}
        </nav>
    }
}

/// The header of the site.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <header class="site-header">
            <a
                class="skip"
                href=move || if ctx.page.get() == Page::Calculator { "#results" } else { "#main" }
            >
                {move || {
                    let t = tr(ctx.lang.get());
                    if ctx.page.get() == Page::Calculator { t.skip_to_results } else { t.skip_to_content }
                }}
            </a>
            <div class="brand">
                <h1 class="title">{tx(|t| t.app_title)}</h1>
                <p class="tagline">{tx(|t| t.tagline)}</p>
            </div>
            <LangSwitch />
            <Tabs />
        </header>
    }
}

/// The footer of the site.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{tx(|t| t.footer)}</p>
            <p>
                {tx(|t| t.rules_version)} ": " {eligibility::RULES_VERSION}
            </p>
            {use_ctx().options.with_value(|o| o.owns_document).then(AdvisorLink)}
        </footer>
    }
}

/// The link to the advisor page (a whole client list at once), in the current language.
#[component]
fn AdvisorLink() -> impl IntoView {
    let lang = use_ctx().lang;
    let text = move || match lang.get() {
        Lang::Nl => "Adviseur? Bereken een hele klantenlijst in één keer",
        Lang::En => "Advisor? Calculate a whole client list at once",
        Lang::Fr => "Conseiller\u{a0}? Calculez toute une liste de clients en une fois",
    };
    let href = move || format!("advisor.html?lang={}", lang.get().code());
    view! {
        <p>
            <a href=href data-testid="advisor-link">{text}</a>
        </p>
    }
}
