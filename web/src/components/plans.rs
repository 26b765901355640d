//! "What do you want to do?" and the plan sections it reveals.
use leptos::prelude::*;

use crate::components::company::ItemList;
use crate::components::field::{tx, Ask, Words};
use crate::context::use_ctx;
use crate::form::{self, Intents};
use crate::i18n::tr;

/// One intent checkbox; switching a list section on adds a first empty item.
#[component]
fn IntentBox(
    testid: &'static str,
    label: Words,
    get: fn(&Intents) -> bool,
    set: fn(&mut Intents, bool),
    #[prop(optional)] list: Option<&'static str>,
) -> impl IntoView {
    let ctx = use_ctx();
    let id = format!("i-{testid}");
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=id.clone()
                data-testid=testid
                prop:checked=move || ctx.form.with(|f| get(&f.intents))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    ctx.form.update(|f| {
                        set(&mut f.intents, on);
                        if let Some(list) = list {
                            if on && f.len(list) == 0 {
                                f.add_item(list);
                            }
                        }
                    });
                }
            />
            <label for=id>{move || label(tr(ctx.lang.get()))}</label>
        </div>
    }
}

/// The intent checkboxes.
#[component]
pub fn IntentsSection() -> impl IntoView {
    view! {
        <section class="card intents" aria-labelledby="intents-title">
            <fieldset>
                <legend id="intents-title"><h2>{tx(|t| t.intents_title)}</h2></legend>
                <p class="help">{tx(|t| t.intents_help)}</p>
                <div class="intent-grid">
                    <IntentBox testid="intent-training" label=|t| t.intent_training get=|i| i.training set=|i, v| i.training = v list=form::TRAININGS />
                    <IntentBox testid="intent-advice" label=|t| t.intent_advice get=|i| i.advice set=|i, v| i.advice = v list=form::ADVICE />
                    <IntentBox testid="intent-investment" label=|t| t.intent_investment get=|i| i.investment set=|i, v| i.investment = v list=form::INVESTMENTS />
                    <IntentBox testid="intent-cyber" label=|t| t.intent_cyber get=|i| i.cyber set=|i, v| i.cyber = v />
                    <IntentBox testid="intent-rd" label=|t| t.intent_rd get=|i| i.rd set=|i, v| i.rd = v />
                    <IntentBox testid="intent-starter" label=|t| t.intent_starter get=|i| i.starter set=|i, v| i.starter = v />
                </div>
            </fieldset>
        </section>
    }
}

fn training(i: usize) -> AnyView {
    let p = |name: &str| format!("{}.{i}.{name}", form::TRAININGS);
    view! {
        <div class="grid">
            <Ask path=p("label") />
            <Ask path=p("theme") />
            <Ask path=p("cost") />
            <Ask path=p("participants") />
            <Ask path=p("days") />
            <Ask path=p("catering") />
            <Ask path=p("course_material") />
            <Ask path=p("teacher_travel") />
            <Ask path=p("starts_on") />
        </div>
    }
    .into_any()
}

fn advice(i: usize) -> AnyView {
    let p = |name: &str| format!("{}.{i}.{name}", form::ADVICE);
    view! {
        <div class="grid">
            <Ask path=p("label") />
            <Ask path=p("theme") />
            <Ask path=p("cost") />
            <Ask path=p("starts_on") />
        </div>
    }
    .into_any()
}

fn investment(i: usize) -> AnyView {
    let p = |name: &str| format!("{}.{i}.{name}", form::INVESTMENTS);
    view! {
        <div class="grid">
            <Ask path=p("label") />
            <Ask path=p("amount") />
            <Ask path=p("digital_category") />
            <Ask path=p("acquired_on") />
        </div>
    }
    .into_any()
}

/// A plan section shown only when its intent is on.
#[component]
fn PlanCard(title: Words, shown: fn(&Intents) -> bool, children: ChildrenFn) -> impl IntoView {
    let ctx = use_ctx();
    let on = Memo::new(move |_| ctx.form.with(|f| shown(&f.intents)));
    view! {
        <Show when=move || on.get()>
            <section class="card plan">
                <h2>{move || title(tr(ctx.lang.get()))}</h2>
                {children()}
            </section>
        </Show>
    }
}

/// The plan sections.
#[component]
pub fn PlansSection() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <PlanCard title=|t| t.trainings shown=|i| i.training>
            <ItemList list=form::TRAININGS name="training" item_title=|t| t.training() add_label=|t| t.add_training item=training />
        </PlanCard>
        <PlanCard title=|t| t.advice shown=|i| i.advice>
            <ItemList list=form::ADVICE name="advice" item_title=|t| t.advice_one() add_label=|t| t.add_advice item=advice />
        </PlanCard>
        <PlanCard title=|t| t.investments shown=|i| i.investment>
            <ItemList list=form::INVESTMENTS name="investment" item_title=|t| t.investment() add_label=|t| t.add_investment item=investment />
        </PlanCard>
        <PlanCard title=|t| t.cyber_title shown=|i| i.cyber>
            <div class="grid">
                <Ask path="plans.cyber_trajectory.version" />
                <Ask path="plans.cyber_trajectory.cost" />
            </div>
            <CyberVersions />
        </PlanCard>
        <PlanCard title=|t| t.rd_title shown=|i| i.rd>
            <div class="intent-grid">
                <RdChoice testid="want-development" label=|t| t.want_development get=|i| i.development set=|i, v| i.development = v />
                <RdChoice testid="want-research" label=|t| t.want_research get=|i| i.research set=|i, v| i.research = v />
            </div>
            <Show when=move || ctx.form.with(|f| f.intents.development)>
                <fieldset class="group">
                    <legend>{tx(|t| t.want_development)}</legend>
                    <div class="grid">
                        <Ask path="plans.development_project.accepted_costs" />
                    </div>
                    <Ask path="plans.development_project.collaboration" />
                </fieldset>
            </Show>
            <Show when=move || ctx.form.with(|f| f.intents.research)>
                <fieldset class="group">
                    <legend>{tx(|t| t.want_research)}</legend>
                    <div class="grid">
                        <Ask path="plans.research_project.research_costs" />
                        <Ask path="plans.research_project.development_costs" />
                    </div>
                    <Ask path="plans.research_project.collaboration" />
                </fieldset>
            </Show>
        </PlanCard>
        <PlanCard title=|t| t.starter_title shown=|i| i.starter>
            <Ask path="plans.innovative_starter.pioneering" />
        </PlanCard>
    }
}

/// A research/development sub-choice.
#[component]
fn RdChoice(
    testid: &'static str,
    label: Words,
    get: fn(&Intents) -> bool,
    set: fn(&mut Intents, bool),
) -> impl IntoView {
    view! { <IntentBox testid=testid label=label get=get set=set /> }
}

/// The three versions of the cyber trajectory, one line each, with the published cost
/// range (VLAIO, subsidiedatabank "Cybersecurity verbetertrajecten"; seed page 001).
#[component]
fn CyberVersions() -> impl IntoView {
    view! {
        <div class="cyber-versions" data-testid="cyber-versions">
            <h3>{tx(|t| t.cyber_versions_title)}</h3>
            <ul>
                <li>{tx(|t| t.cyber_start)}</li>
                <li>{tx(|t| t.cyber_medium)}</li>
                <li>{tx(|t| t.cyber_plus)}</li>
            </ul>
            <p class="help">{tx(|t| t.cyber_range)}</p>
            <p class="help">
                <a
                    class="source"
                    href="https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/cybersecurity-verbetertrajecten"
                    target="_blank"
                    rel="noopener noreferrer"
                >
                    {tx(|t| t.cyber_source)}
                </a>
            </p>
        </div>
    }
}
