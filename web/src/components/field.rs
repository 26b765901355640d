//! Form fields bound to a scenario path, drawn from the question registry
//! ([`Ask`]). The raw text is kept as typed; an inline message in the user's language
//! explains why a value is not used (aria-invalid, aria-describedby).
use leptos::prelude::*;

use crate::context::use_ctx;
use crate::form::parse_decimal;
use crate::format;
use crate::i18n::tr;
pub use crate::questions::Words;
use crate::questions::{question, Choice, Control, Kind};

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
        ctx.computed
            .with(|c| c.as_ref().and_then(|c| c.error_for(&path, lang)))
    })
}

/// One question of the registry, asked at a field name ("plans.trainings.0.cost"):
/// its control, label, help text and choices all come from `crate::questions`.
#[component]
pub fn Ask(#[prop(into)] path: String) -> impl IntoView {
    let Some(q) = question(&path) else {
        debug_assert!(false, "no question at {path}");
        return ().into_any();
    };
    let (label, help) = (q.label, q.help);
    match q.control {
        Control::Input => {
            view! { <InputField path=path kind=q.kind label=label help=help /> }.into_any()
        }
        Control::Select { choice, empty } => {
            view! { <SelectField path=path label=label choice=choice help=help empty=empty /> }
                .into_any()
        }
        Control::Check => view! { <CheckField path=path label=label help=help /> }.into_any(),
    }
}

/// A text, number, money, percentage or date input (by the question's kind).
#[component]
fn InputField(path: String, kind: Kind, label: Words, help: Option<Words>) -> impl IntoView {
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
fn SelectField(
    path: String,
    label: Words,
    choice: Choice,
    help: Option<Words>,
    empty: Option<Words>,
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
                    let rest = choice
                        .codes()
                        .into_iter()
                        .map(|code| {
                            view! { <option value=code selected=current == code>{choice.label(code, t)}</option> }
                        })
                        .collect::<Vec<_>>();
                    (first, rest)
                }}
            </select>
        </FieldShell>
    }
}

/// A checkbox (values "true" / "false").
#[component]
fn CheckField(path: String, label: Words, help: Option<Words>) -> impl IntoView {
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
