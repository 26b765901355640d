//! Form fields bound to a scenario path. The raw text is kept as typed; an inline
//! message in the user's language explains why a value is not used (aria-invalid,
//! aria-describedby).
use leptos::prelude::*;

use crate::format;
use crate::i18n::{tr, Options, Texts};
use crate::state::{kind_of, parse_decimal, Kind};
use crate::use_ctx;

/// A text picked from the current language's words.
pub type Words = fn(&'static Texts) -> &'static str;
/// A list of choices picked from the current language's words.
pub type Choices = fn(&'static Texts) -> Options;

/// A text of the current language as a reactive value. One closure type for every
/// text keeps the wasm small (each distinct closure would be compiled separately).
pub fn tx(words: Words) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_ctx().lang;
    move || words(tr(lang.get()))
}

/// The element id of a field.
pub fn field_id(path: &str) -> String {
    format!("f-{}", path.replace('.', "-"))
}

/// The raw value of a field, as a memo (changes only when that field changes).
fn raw_value(path: &str) -> Memo<String> {
    let ctx = use_ctx();
    let path = path.to_string();
    Memo::new(move |_| ctx.form.with(|f| f.get(&path)))
}

/// Stores the raw text of a field.
fn setter(path: &str) -> impl Fn(String) + Copy + 'static {
    let ctx = use_ctx();
    let path = StoredValue::new(path.to_string());
    move |value: String| ctx.form.update(|f| f.answer(&path.get_value(), value))
}

/// The label, help text and error message around a control.
#[component]
fn FieldShell(
    path: String,
    label: Words,
    help: Option<Words>,
    error: Memo<Option<String>>,
    children: Children,
) -> impl IntoView {
    let ctx = use_ctx();
    let id = field_id(&path);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-error");
    let testid = format!("error-{path}");
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id>{move || label(tr(ctx.lang.get()))}</label>
            {children()}
            {help.map(|h| view! { <p class="help" id=help_id>{move || h(tr(ctx.lang.get()))}</p> })}
            <Show when=move || error.with(Option::is_some)>
                <p class="error" id=err_id.clone() data-testid=testid.clone()>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
        </div>
    }
}

fn describedby(
    path: &str,
    has_help: bool,
    error: Memo<Option<String>>,
) -> impl Fn() -> Option<String> {
    let id = field_id(path);
    move || {
        let mut ids = Vec::new();
        if has_help {
            ids.push(format!("{id}-help"));
        }
        if error.with(Option::is_some) {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

fn error_memo(path: &str) -> Memo<Option<String>> {
    let ctx = use_ctx();
    let path = path.to_string();
    Memo::new(move |_| {
        let lang = ctx.lang.get();
        ctx.computed.with(|c| c.error_for(&path, lang))
    })
}

/// A text, number, money, percentage or date input (by the kind of its path).
#[component]
pub fn InputField(
    #[prop(into)] path: String,
    label: Words,
    #[prop(optional)] help: Option<Words>,
) -> impl IntoView {
    let kind = kind_of(&path);
    let value = raw_value(&path);
    let set = setter(&path);
    let error = error_memo(&path);
    let (input_type, inputmode) = match kind {
        Kind::Date => ("date", None),
        Kind::Integer => ("text", Some("numeric")),
        Kind::Money | Kind::Decimal | Kind::Percent => ("text", Some("decimal")),
        _ => ("text", None),
    };
    let suffix = match kind {
        Kind::Money => Some("€"),
        Kind::Percent => Some("%"),
        _ => None,
    };
    let described = describedby(&path, help.is_some(), error);
    let ctx = use_ctx();
    // Shows how a number was read ("= 3.200,00 €", "= 1,5"), to catch a slip of
    // magnitude or a decimal point read as meant.
    let numeric = matches!(
        kind,
        Kind::Money | Kind::Decimal | Kind::Percent | Kind::Integer
    );
    let reads_as = move || {
        let lang = ctx.lang.get();
        let raw = value.get();
        let raw = raw.trim();
        if raw.is_empty() {
            return String::new();
        }
        match parse_decimal(raw, Some(lang)) {
            Ok(d) if kind == Kind::Money => format!("= {}", format::money(&d, lang)),
            Ok(d) => {
                let shown = format::number(&d, lang);
                if shown == raw {
                    String::new()
                } else {
                    format!("= {shown}")
                }
            }
            Err(_) => String::new(),
        }
    };
    // A purchase date far after the date of the application is most likely a slip.
    let far_future = path.ends_with("acquired_on").then(|| {
        let path = path.clone();
        Memo::new(move |_| {
            ctx.form.with(|f| {
                let date = f.get(&path);
                let base = Some(f.get("date"))
                    .filter(|d| d.len() == 10)
                    .unwrap_or_else(|| ctx.today.get_value());
                far_after(&date, &base)
            })
        })
    });
    view! {
        <FieldShell path=path.clone() label=label help=help error=error>
            <span class="control" class:with-suffix=suffix.is_some()>
                <input
                    id=field_id(&path)
                    name=path.clone()
                    type=input_type
                    inputmode=inputmode
                    autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |ev| set(event_target_value(&ev))
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=described
                />
                {suffix.map(|s| view! { <span class="suffix" aria-hidden="true">{s}</span> })}
            </span>
            {numeric.then(|| view! { <span class="reads-as" data-testid="reads-as" aria-hidden="true">{reads_as}</span> })}
            {far_future.map(|far| view! {
                <Show when=move || far.get()>
                    <p class="warning" role="status" data-testid="date-warning">{tx(|t| t.warn_far_future)}</p>
                </Show>
            })}
        </FieldShell>
    }
}

/// Whether an ISO date lies more than a year after another ("2028-01-02" after
/// "2026-11-29"); false when either is not a date.
pub fn far_after(date: &str, base: &str) -> bool {
    let year = |d: &str| d.get(0..4).and_then(|y| y.parse::<u32>().ok());
    match (year(date), year(base), date.get(4..), base.get(4..)) {
        (Some(y), Some(b), Some(rest), Some(base_rest)) if date.len() == 10 && base.len() == 10 => {
            (y, rest) > (b + 1, base_rest)
        }
        _ => false,
    }
}

/// A choice from a list; `empty` adds a first "choose"/"unknown" option with value "".
#[component]
pub fn SelectField(
    #[prop(into)] path: String,
    label: Words,
    options: Choices,
    #[prop(optional)] help: Option<Words>,
    #[prop(optional)] empty: Option<Words>,
) -> impl IntoView {
    let ctx = use_ctx();
    let value = raw_value(&path);
    let set = setter(&path);
    let error = error_memo(&path);
    let described = describedby(&path, help.is_some(), error);
    view! {
        <FieldShell path=path.clone() label=label help=help error=error>
            <select
                id=field_id(&path)
                name=path.clone()
                on:change=move |ev| set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
            >
                {move || {
                    let t = tr(ctx.lang.get());
                    let current = value.get();
                    let first = empty.map(|e| {
                        view! { <option value="" selected=current.is_empty()>{e(t)}</option> }
                    });
                    let rest = options(t)
                        .iter()
                        .map(|(code, text)| {
                            view! { <option value=*code selected=current == *code>{*text}</option> }
                        })
                        .collect::<Vec<_>>();
                    (first, rest)
                }}
            </select>
        </FieldShell>
    }
}

/// A yes / no / don't know question (values "true", "false", "").
#[component]
pub fn YesNoField(
    #[prop(into)] path: String,
    label: Words,
    #[prop(optional)] help: Option<Words>,
) -> impl IntoView {
    match help {
        Some(h) => view! {
            <SelectField path=path label=label options=|t| t.yes_no help=h empty=|t| t.unknown />
        }
        .into_any(),
        None => view! {
            <SelectField path=path label=label options=|t| t.yes_no empty=|t| t.unknown />
        }
        .into_any(),
    }
}

/// A checkbox (values "true" / "false").
#[component]
pub fn CheckField(
    #[prop(into)] path: String,
    label: Words,
    #[prop(optional)] help: Option<Words>,
) -> impl IntoView {
    let ctx = use_ctx();
    let value = raw_value(&path);
    let set = setter(&path);
    let id = field_id(&path);
    let help_id = format!("{id}-help");
    view! {
        <div class="field check">
            <input
                type="checkbox"
                id=id.clone()
                name=path.clone()
                prop:checked=move || value.get() == "true"
                on:change=move |ev| set(event_target_checked(&ev).to_string())
                aria-describedby=help.map(|_| help_id.clone())
            />
            <label for=id>{move || label(tr(ctx.lang.get()))}</label>
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{move || h(tr(ctx.lang.get()))}</p> })}
        </div>
    }
}

/// A readable label for a field name (for the list of missing answers):
/// "Opleiding 1 — Kostprijs (excl. btw)".
pub fn label_for(name: &str, t: &'static Texts) -> String {
    let segments: Vec<&str> = name.split('.').collect();
    let last = segments
        .iter()
        .rev()
        .find(|s| s.parse::<usize>().is_err())
        .copied()
        .unwrap_or(name);
    let index = segments.iter().find_map(|s| s.parse::<usize>().ok());
    let in_prev = name.contains("previous_year");
    let field = match last {
        "legal_form" => t.legal_form,
        "region" => t.region,
        "founded" => t.founded,
        "date" => t.eval_date,
        "staff_awu" => t.staff_awu,
        "turnover" => t.turnover,
        "balance_sheet_total" => t.balance,
        "holdings" => t.holdings,
        "name" => t.holding_name,
        "direction" => t.direction,
        "share_pct" => t.share_pct,
        "control" => t.control,
        "exempt_investor" => t.exempt_investor,
        "public_ownership_pct" => t.public_ownership,
        "nace" => t.nace,
        "main_activity_acceptable" => t.main_activity,
        "nis2" => t.nis2,
        "negative_equity" => t.negative_equity,
        "maatwerkbedrijf" => t.maatwerkbedrijf,
        "liberal_profession" => t.liberal_profession,
        "vzw_corporate_tax" => t.vzw_corporate_tax,
        "last_cyber_trajectory" => t.last_cyber,
        "de_minimis_received" => t.de_minimis_received,
        "granted_on" => t.granted_on,
        "kmo_portefeuille_received_this_year" => t.kmo_received,
        "label" => t.label,
        "theme" => t.theme,
        "cost" => t.cost,
        "participants" => t.participants,
        "days" => t.days,
        "catering" => t.catering,
        "course_material" => t.course_material,
        "teacher_travel" => t.teacher_travel,
        "amount" if name.contains("investments") => t.invest_amount,
        "amount" => t.aid_amount,
        "digital_category" => t.digital_category,
        "acquired_on" => t.acquired_on,
        "starts_on" => t.starts_on,
        "version" => t.cyber_version,
        "accepted_costs" => t.accepted_costs,
        "research_costs" => t.research_costs,
        "development_costs" => t.development_costs,
        "collaboration" => t.collaboration,
        "pioneering" => t.pioneering,
        _ => return name.to_string(),
    };
    let section = if name.starts_with("plans.trainings") {
        Some(t.training())
    } else if name.starts_with("plans.advice") {
        Some(t.advice_one())
    } else if name.starts_with("plans.investments") {
        Some(t.investment())
    } else if name.starts_with("plans.cyber_trajectory") {
        Some(t.cyber_title)
    } else if name.starts_with("plans.development_project") {
        Some(t.want_development)
    } else if name.starts_with("plans.research_project") {
        Some(t.want_research)
    } else if name.starts_with("company.holdings") && last != "holdings" {
        Some(t.holdings)
    } else if name.starts_with("company.de_minimis_received") && last != "de_minimis_received" {
        Some(t.de_minimis_received)
    } else if in_prev {
        Some(t.previous_year)
    } else {
        None
    };
    match (section, index) {
        (Some(s), Some(i)) => format!("{s} {} — {field}", i + 1),
        (Some(s), None) => format!("{s} — {field}"),
        _ => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::far_after;

    #[test]
    fn a_date_more_than_a_year_ahead_is_far() {
        assert!(far_after("2027-11-30", "2026-11-29"));
        assert!(far_after("2030-01-01", "2026-11-29"));
        assert!(!far_after("2027-11-29", "2026-11-29"));
        assert!(!far_after("2026-12-31", "2026-11-29"));
        assert!(!far_after("", "2026-11-29"));
        assert!(!far_after("2030-01-01", "garbage"));
    }
}
