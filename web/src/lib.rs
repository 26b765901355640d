//! Steunwijzer web app: a client-side Leptos app that evaluates a scenario with the
//! `eligibility` engine as the user types. Nothing leaves the browser.
//!
//! Stable hooks for end-to-end tests (keep in sync when changing views):
//!
//! data-testid:
//!   html[data-ready=true]    set once the app is mounted (also on the mount element)
//!   html[data-rules-version] the engine's rules date (ISO), for the offline loader's notice
//!   app                      root element (class `embed`/`compact` in those modes)
//!   lang-nl, lang-en, lang-fr  language buttons (aria-pressed)
//!   tab-calculator, tab-rules, tab-print  page tabs (hidden in embed mode)
//!   fragment-notice          notice when the URL fragment held a broken/invalid scenario
//!   intent-training, intent-advice, intent-investment, intent-cyber, intent-rd,
//!   intent-starter           "what do you want to do" checkboxes
//!   want-development, want-research  R&D sub-choices (checkboxes)
//!   more-company             <details> with advanced company questions
//!   add-training, add-advice, add-investment, add-holding, add-de-minimis  add buttons
//!   remove-training-<i>, remove-advice-<i>, remove-investment-<i>, remove-holding-<i>,
//!   remove-de-minimis-<i>    remove buttons of list item i
//!   error-<field name>       inline error of a field (also the target of aria-describedby)
//!   results                  results column
//!   total-grants, total-tax  totals (attribute data-amount holds the plain decimal)
//!   total-uncertain, total-tax-uncertain  under a total, when uncertain measures of that
//!                            kind have an amount: their sum, not counted in the total
//!                            (data-amount = plain decimal)
//!   measure-<measure id>     one card per measure (data-status = status code), with children
//!     [data-testid=status]   status label (data-status = code)
//!     [data-testid=amount]   formatted amount (data-amount = plain decimal "1260.00")
//!     [data-testid=reasons]  company-level reasons; [data-testid=reason] each reason line
//!                            anywhere (data-code = reason code, data-outcome = pass/fail/…)
//!     [data-testid=item-<plan>-<index>]  plan item lines (plan = trainings, advice, …;
//!                            data-status), with [data-testid=item-reasons]
//!     [data-testid=next-steps] with [data-testid=next-steps-list]
//!   size-reasons, de-minimis-reasons  reason lists of the size and de-minimis blocks
//!   size-eu, size-fiscal     size classes (data-code)
//!   missing                  list of missing answers
//!   de-minimis               de-minimis bar (data-used, data-planned, data-ceiling, data-headroom)
//!   kmo-ceiling              kmo-portefeuille yearly ceiling bar
//!   engine-error             shown when no report could be computed
//!   engine-loading           shown while the engine's code is on its way (first visit)
//!   engine-failed, engine-retry  the engine's code could not be fetched; try again
//!   results-invalid          an answer cannot be read (in the results and in the phone bar
//!                            `mobile-summary`), with buttons to the fields
//!   total-assumed            "if these assumptions hold" under the totals
//!   assumptions, assumption (data-field)  the answers the engine assumed
//!   open-questions           the questions that hold money back, largest amount first
//!   other-measures           <details> with the measures not planned and the programmes
//!   fill-in, fill-in-<plan>  "fill in your plan to see the amount" and its buttons
//!   reads-as                 how a number was read ("= 3.200,00 €"); date-warning
//!   copy-link, copy-status, share-url (fallback field)  "Kopieer link"
//!   reset-confirm, reset-yes, reset-cancel  confirmation of "Opnieuw beginnen"
//!   print-full               print option "met alle uitleg"; cyber-versions
//!   download, upload (an <input type=file>), upload-status, remember (checkbox), forget,
//!   new-scenario, print, print-now
//!   forget-status, back (print view: back to the calculator)
//!   print-view, print-date, print-rules-version
//!   rules-page, rule-<parameter id> (one row per validity period), source-<source id>
//!   context-slot             holds the AI-adoption context panel (its own ids: context-panel,
//!                            context-sector, context-barrier, … see components/context_panel.rs)
//! Element ids: measure-<measure id> on each card (in-page links), f-<field name with
//! dots as dashes> on each control (e.g. f-company-turnover), results on the result column.
//!
//! Field names are scenario paths (also the input's `name`): date, company.legal_form,
//! company.region, company.founded, company.staff_awu, company.turnover,
//! company.balance_sheet_total, company.previous_year.{staff_awu,turnover,balance_sheet_total},
//! company.holdings.<i>.{name,direction,share_pct,staff_awu,turnover,balance_sheet_total,
//! control,exempt_investor}, company.public_ownership_pct, company.nace,
//! company.main_activity_acceptable, company.nis2, company.negative_equity,
//! company.maatwerkbedrijf, company.liberal_profession, company.vzw_corporate_tax,
//! ui.last_cyber (""/no/yes), company.last_cyber_trajectory, ui.has_holdings and
//! ui.has_de_minimis (""/true/false; false writes an empty list),
//! company.de_minimis_received.<i>.{granted_on,amount},
//! company.kmo_portefeuille_received_this_year,
//! plans.trainings.<i>.{label,theme,cost,participants,days,catering,course_material,teacher_travel},
//! plans.advice.<i>.{label,theme,cost}, plans.investments.<i>.{label,amount,digital_category,acquired_on},
//! plans.cyber_trajectory.{version,cost}, plans.development_project.{accepted_costs,collaboration},
//! plans.research_project.{research_costs,development_costs,collaboration},
//! plans.innovative_starter.pioneering.
//! Yes/no questions are <select>s with values "", "true", "false"; checkboxes (control,
//! exempt_investor, collaboration) are inputs of type checkbox.
//!
//! URL: `#s=<base64url of the compact scenario JSON>&lang=nl|en|fr&p=rules|print` (also
//! `#/rules`, `#/print`); the fragment never reaches a server. Query (read once):
//! `?embed=1&lang=fr&measures=kmo-portefeuille,efro&accent=0b5cad&compact=1`.
//! Embedded in an iframe the app posts `{type:"steunwijzer:ready"}` once mounted and
//! `{type:"steunwijzer:resize", height}` when its height changes, to `window.parent`.
//! Hosts can mount it themselves: `mountSteunwijzer(element, "lang=en&...")` (wasm export)
//! or [`mount_into`]; mark `<html data-steunwijzer-manual>` to skip the automatic mount.
//!
//! Modules, each doing one thing: [`app`] (the app and its effects), [`context`]
//! (shared state), [`engine_bridge`] (form → engine → report), [`engine_ready`] (whether the
//! engine's code has arrived), [`form`] (the typed
//! text of every answer), [`questions`] (the one registry of questions), [`fragment`]
//! (URL codec), [`url_sync`] (the address bar), [`deferred`] (writes that wait until the
//! result is painted), [`mount`] and [`embed`] (mounting and the
//! iframe protocol), [`components`] and [`pages`] (views), [`i18n`], [`format`].
pub mod app;
pub mod components;
pub mod context;
pub mod deferred;
pub mod embed;
pub mod engine_bridge;
pub mod engine_ready;
pub mod field_error;
pub mod form;
pub mod format;
pub mod fragment;
pub mod i18n;
pub mod lang_texts;
pub mod mount;
pub mod pages;
pub mod questions;
pub mod storage;
pub mod url_sync;

pub use app::App;
pub use context::{use_ctx, Ctx, Notice};
pub use embed::AppOptions;
pub use engine_bridge::{form_from_json, read_scenario, Computed};
pub use mount::{mount_into, mount_into_js, start};

#[cfg(test)]
mod module_graph;
