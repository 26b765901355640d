//! Questions about the company and the aid it already received.
use leptos::prelude::*;

use crate::components::field::{tx, Ask, Words};
use crate::context::use_ctx;
use crate::form::{self, LAST_CYBER, LAST_CYBER_ANSWER};
use crate::i18n::tr;

/// A list of items with add and remove buttons (`add-<name>`, `remove-<name>-<i>`).
#[component]
pub fn ItemList(
    list: &'static str,
    /// Short name used in test ids: "training", "holding", ...
    name: &'static str,
    /// Title of one item ("Training").
    item_title: Words,
    add_label: Words,
    item: fn(usize) -> AnyView,
) -> impl IntoView {
    let ctx = use_ctx();
    let len = Memo::new(move |_| ctx.form.with(|f| f.len(list)));
    let add = move |_| {
        let index = ctx.form.try_update(|f| f.add_item(list)).unwrap_or(0);
        // Move focus to the first control of the new item.
        request_animation_frame(move || {
            ctx.focus(&format!(
                "[data-item='{list}.{index}'] input, [data-item='{list}.{index}'] select"
            ));
        });
    };
    view! {
        <div class="item-list">
            <For each=move || 0..len.get() key=|i| *i let:index>
                <fieldset class="item" data-item=format!("{list}.{index}")>
                    <legend>
                        {move || item_title(tr(ctx.lang.get()))} " " {index + 1}
                    </legend>
                    {item(index)}
                    <button
                        type="button"
                        class="remove"
                        data-testid=format!("remove-{name}-{index}")
                        on:click=move |_| {
                            ctx.form.update(|f| f.remove_item(list, index));
                            // The button is gone: keep keyboard users in the list.
                            request_animation_frame(move || ctx.focus(&format!("[data-testid=add-{name}]")));
                        }
                    >
                        {tx(|t| t.remove)}
                        <span class="sr-only">
                            {move || format!(" {} {}", item_title(tr(ctx.lang.get())), index + 1)}
                        </span>
                    </button>
                </fieldset>
            </For>
            <button type="button" class="add" data-testid=format!("add-{name}") on:click=add>
                "+ " {move || add_label(tr(ctx.lang.get()))}
            </button>
        </div>
    }
}

fn holding(i: usize) -> AnyView {
    let p = |name: &str| format!("{}.{i}.{name}", form::HOLDINGS);
    view! {
        <div class="grid">
            <Ask path=p("name") />
            <Ask path=p("direction") />
            <Ask path=p("share_pct") />
            <Ask path=p("staff_awu") />
            <Ask path=p("turnover") />
            <Ask path=p("balance_sheet_total") />
        </div>
        <Ask path=p("control") />
        <Ask path=p("exempt_investor") />
    }
    .into_any()
}

fn de_minimis_grant(i: usize) -> AnyView {
    let p = |name: &str| format!("{}.{i}.{name}", form::DE_MINIMIS);
    view! {
        <div class="grid">
            <Ask path=p("granted_on") />
            <Ask path=p("amount") />
        </div>
    }
    .into_any()
}

/// The company questions; advanced ones behind a "more" disclosure.
#[component]
pub fn CompanySection() -> impl IntoView {
    let ctx = use_ctx();
    let had_cyber = Memo::new(move |_| ctx.form.with(|f| f.get(LAST_CYBER_ANSWER) == "yes"));
    let has_holdings = Memo::new(move |_| ctx.form.with(|f| f.get("ui.has_holdings") == "true"));
    view! {
        <section class="card" aria-labelledby="company-title">
            <h2 id="company-title">{tx(|t| t.company_title)}</h2>
            <div class="grid">
                <Ask path="company.legal_form" />
                <Ask path="company.region" />
                <Ask path="company.founded" />
                <Ask path="date" />
            </div>
            <fieldset class="group">
                <legend>{tx(|t| t.size_title)}</legend>
                <p class="help">{tx(|t| t.size_help)}</p>
                <div class="grid">
                    <Ask path="company.staff_awu" />
                    <Ask path="company.turnover" />
                    <Ask path="company.balance_sheet_total" />
                    <Ask path="company.public_ownership_pct" />
                </div>
            </fieldset>
            <fieldset class="group">
                <legend>{tx(|t| t.holdings)}</legend>
                <p class="help">{tx(|t| t.holdings_help)}</p>
                <Ask path="ui.has_holdings" />
                <Show when=move || has_holdings.get()>
                    <ItemList
                        list=form::HOLDINGS
                        name="holding"
                        item_title=|t| t.holding_item
                        add_label=|t| t.add_holding
                        item=holding
                    />
                </Show>
            </fieldset>
            <Ask path="company.main_activity_acceptable" />
            <details class="more" data-testid="more-company">
                <summary>{tx(|t| t.more_company)}</summary>
                <fieldset class="group">
                    <legend>{tx(|t| t.previous_year)}</legend>
                    <p class="help">{tx(|t| t.previous_year_help)}</p>
                    <div class="grid">
                        <Ask path="company.previous_year.staff_awu" />
                        <Ask path="company.previous_year.turnover" />
                        <Ask path="company.previous_year.balance_sheet_total" />
                    </div>
                </fieldset>
                <div class="grid">
                    <Ask path="company.nace" />
                    <Ask path="company.nis2" />
                    <Ask path="company.negative_equity" />
                    <Ask path="company.maatwerkbedrijf" />
                    <Ask path="company.liberal_profession" />
                    <Ask path="company.vzw_corporate_tax" />
                    <Ask path=LAST_CYBER_ANSWER />
                    <Show when=move || had_cyber.get()>
                        <Ask path=LAST_CYBER />
                    </Show>
                </div>
            </details>
        </section>
    }
}

/// Aid already received: de-minimis grants and this year's kmo-portefeuille.
#[component]
pub fn AidSection() -> impl IntoView {
    let ctx = use_ctx();
    let has_de_minimis =
        Memo::new(move |_| ctx.form.with(|f| f.get("ui.has_de_minimis") == "true"));
    view! {
        <section class="card" aria-labelledby="aid-title">
            <h2 id="aid-title">{tx(|t| t.aid_title)}</h2>
            <fieldset class="group">
                <legend>{tx(|t| t.de_minimis_received)}</legend>
                <p class="help">{tx(|t| t.de_minimis_received_help)}</p>
                <Ask path="ui.has_de_minimis" />
                <Show when=move || has_de_minimis.get()>
                    <ItemList
                        list=form::DE_MINIMIS
                        name="de-minimis"
                        item_title=|t| t.grant_item
                        add_label=|t| t.add_de_minimis
                        item=de_minimis_grant
                    />
                </Show>
            </fieldset>
            <Ask path="company.kmo_portefeuille_received_this_year" />
        </section>
    }
}
