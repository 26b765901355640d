//! Questions about the company and the aid it already received.
use leptos::prelude::*;

use crate::components::field::{tx, CheckField, InputField, SelectField, Words, YesNoField};
use crate::i18n::tr;
use crate::state::{self, LAST_CYBER, LAST_CYBER_ANSWER};
use crate::use_ctx;

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
    let p = |name: &str| format!("{}.{i}.{name}", state::HOLDINGS);
    view! {
        <div class="grid">
            <InputField path=p("name") label=|t| t.holding_name />
            <SelectField path=p("direction") label=|t| t.direction options=|t| t.directions />
            <InputField path=p("share_pct") label=|t| t.share_pct />
            <InputField path=p("staff_awu") label=|t| t.holding_staff />
            <InputField path=p("turnover") label=|t| t.holding_turnover />
            <InputField path=p("balance_sheet_total") label=|t| t.holding_balance />
        </div>
        <CheckField path=p("control") label=|t| t.control />
        <CheckField path=p("exempt_investor") label=|t| t.exempt_investor help=|t| t.exempt_investor_help />
    }
    .into_any()
}

fn de_minimis_grant(i: usize) -> AnyView {
    let p = |name: &str| format!("{}.{i}.{name}", state::DE_MINIMIS);
    view! {
        <div class="grid">
            <InputField path=p("granted_on") label=|t| t.granted_on />
            <InputField path=p("amount") label=|t| t.aid_amount />
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
                <SelectField path="company.legal_form" label=|t| t.legal_form options=|t| t.legal_forms() empty=|t| t.choose />
                <SelectField path="company.region" label=|t| t.region options=|t| t.regions empty=|t| t.choose />
                <InputField path="company.founded" label=|t| t.founded help=|t| t.founded_help />
                <InputField path="date" label=|t| t.eval_date help=|t| t.eval_date_help />
            </div>
            <fieldset class="group">
                <legend>{tx(|t| t.size_title)}</legend>
                <p class="help">{tx(|t| t.size_help)}</p>
                <div class="grid">
                    <InputField path="company.staff_awu" label=|t| t.staff_awu help=|t| t.staff_awu_help />
                    <InputField path="company.turnover" label=|t| t.turnover help=|t| t.turnover_help />
                    <InputField path="company.balance_sheet_total" label=|t| t.balance help=|t| t.balance_help />
                    <InputField path="company.public_ownership_pct" label=|t| t.public_ownership help=|t| t.public_ownership_help />
                </div>
            </fieldset>
            <fieldset class="group">
                <legend>{tx(|t| t.holdings)}</legend>
                <p class="help">{tx(|t| t.holdings_help)}</p>
                <YesNoField path="ui.has_holdings" label=|t| t.has_holdings />
                <Show when=move || has_holdings.get()>
                    <ItemList
                        list=state::HOLDINGS
                        name="holding"
                        item_title=|t| t.holding_item
                        add_label=|t| t.add_holding
                        item=holding
                    />
                </Show>
            </fieldset>
            <YesNoField path="company.main_activity_acceptable" label=|t| t.main_activity help=|t| t.main_activity_help />
            <details class="more" data-testid="more-company">
                <summary>{tx(|t| t.more_company)}</summary>
                <fieldset class="group">
                    <legend>{tx(|t| t.previous_year)}</legend>
                    <p class="help">{tx(|t| t.previous_year_help)}</p>
                    <div class="grid">
                        <InputField path="company.previous_year.staff_awu" label=|t| t.staff_awu />
                        <InputField path="company.previous_year.turnover" label=|t| t.turnover />
                        <InputField path="company.previous_year.balance_sheet_total" label=|t| t.balance />
                    </div>
                </fieldset>
                <div class="grid">
                    <InputField path="company.nace" label=|t| t.nace help=|t| t.nace_help />
                    <SelectField path="company.nis2" label=|t| t.nis2 options=|t| t.nis2_options help=|t| t.nis2_help empty=|t| t.choose />
                    <YesNoField path="company.negative_equity" label=|t| t.negative_equity help=|t| t.negative_equity_help />
                    <YesNoField path="company.maatwerkbedrijf" label=|t| t.maatwerkbedrijf help=|t| t.maatwerkbedrijf_help />
                    <YesNoField path="company.liberal_profession" label=|t| t.liberal_profession />
                    <YesNoField path="company.vzw_corporate_tax" label=|t| t.vzw_corporate_tax />
                    <SelectField path=LAST_CYBER_ANSWER label=|t| t.last_cyber options=|t| t.last_cyber_options />
                    <Show when=move || had_cyber.get()>
                        <InputField path=LAST_CYBER label=|t| t.last_cyber_date />
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
                <YesNoField path="ui.has_de_minimis" label=|t| t.has_de_minimis />
                <Show when=move || has_de_minimis.get()>
                    <ItemList
                        list=state::DE_MINIMIS
                        name="de-minimis"
                        item_title=|t| t.grant_item
                        add_label=|t| t.add_de_minimis
                        item=de_minimis_grant
                    />
                </Show>
            </fieldset>
            <InputField path="company.kmo_portefeuille_received_this_year" label=|t| t.kmo_received help=|t| t.kmo_received_help />
        </section>
    }
}
