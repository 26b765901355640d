//! JavaScript API of the Steunwijzer engine (wasm-bindgen), usable from plain JavaScript:
//!
//! - `evaluate(scenario, { lang, today, measures, detail, format })`: the report as a plain
//!   object (or only its amounts, or its JSON text);
//! - `rules({ lang })`: every rule parameter with what it means for a company (in `lang`),
//!   its validity periods and sources;
//! - `sources({ lang })`: every source (title in `lang`, URL, Dutch quote);
//! - `version()`: `{ engine, rules, format }`.
//!
//! Errors are thrown as `Error` objects carrying `path`, `code` and `message`.

use eligibility::text::Lang;
use eligibility::{Date, InputError};
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod json;
mod tape;
mod writer;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A scenario of format v1 (see the specification); every field but `version` may be absent. */
export type Scenario = { version: 1; date?: string; company?: Record<string, unknown>; plans?: Record<string, unknown> };
/**
 * `lang`: language of error messages (default "nl"); `today`: the date when the scenario has
 * none (default: the visitor's date); `measures`: only these measure ids are asked about
 * (totals, missing, open_questions, assumptions and timeline cover only them; the others have
 * `asked: false`); `detail: "amounts"`: leave out every `reasons` and `next_steps` list;
 * `format: "json"`: return the report as JSON text.
 */
export interface EvaluateOptions { lang?: "nl" | "en" | "fr"; today?: string; measures?: string[]; detail?: "full" | "amounts"; format?: "object" | "json" }
export type Status = "eligible" | "not_eligible" | "uncertain" | "signpost";
export interface Reason { code: string; outcome: "pass" | "fail" | "unknown" | "info"; values: Record<string, string>; source: string }
export interface ItemReport { plan: string; index: number; label?: string | null; status: Status; eligible_cost?: string | null; rate?: string | null; aid_before_ceiling?: string | null; aid: string; reasons: Reason[] }
export interface MeasureReport { id: string; status: Status; kind: "grant" | "tax_deduction" | "signpost"; amount: string; planned: boolean; asked: boolean; de_minimis: boolean; reasons: Reason[]; items: ItemReport[]; next_steps: Reason[] }
export interface Report {
  version: 1; date: string; rules_version: string;
  size: { eu: "micro" | "small" | "medium" | "large" | "unknown"; fiscal: "small" | "not_small" | "unknown"; reasons: Reason[] };
  measures: MeasureReport[];
  de_minimis: { used: string; planned: string; ceiling: string; headroom: string; window_start: string; reasons: Reason[] };
  kmo_portefeuille_ceiling: { year: number; ceiling: string; received: string | null; room: string; planned: string; remaining: string } | null;
  totals: { grants: string; tax_deductions: string; uncertain_grants: string; uncertain_tax_deductions: string };
  missing: string[];
  assumptions: { field: string; value: string; measures: string[] }[];
  open_questions: { field: string; measures: string[]; amount: string }[];
  timeline: { date: string; measure: string; kind: "cyber_new_trajectory" | "kmo_new_ceiling" | "kmo_apply_by" | "kmo_finish_by" | "starter_age_limit" | "de_minimis_room_back" | "rule_change"; amount?: string; item?: string; label?: string }[];
}
/** The report of `detail: "amounts"`: every status and amount, no reasons or next steps. */
export type AmountsReport = Omit<Report, "size" | "measures" | "de_minimis"> & {
  size: Omit<Report["size"], "reasons">;
  measures: (Omit<MeasureReport, "reasons" | "items" | "next_steps"> & { items: Omit<ItemReport, "reasons">[] })[];
  de_minimis: Omit<Report["de_minimis"], "reasons">;
};
/** What `evaluate` throws for a refused scenario or option. */
export interface SteunwijzerError extends Error { name: "SteunwijzerError"; path: string; code: string }
/** `lang`: language of the public notes and titles (default "nl"). */
export interface TextOptions { lang?: "nl" | "en" | "fr" }
/**
 * A rule parameter. `note`: what it means for a company, in the language asked for (show it
 * to visitors); `maintainer_note` of a period: the maintainers' remark on that value
 * (contradictions between sources, decisions; Dutch or English, may be empty).
 */
export interface RuleParameter { id: string; unit: "eur" | "percent" | "number" | "date" | "flag"; note: string; periods: { value: string; valid_from: string; valid_until: string | null; source: string; maintainer_note: string }[] }
/**
 * A source the rules cite. `title`: its public title in the language asked for; `quote`: the
 * Dutch phrase a rule rests on; `maintainer_note`: the maintainers' remark (version read,
 * third-party status), not meant for visitors.
 */
export interface Source { id: string; title: string; url: string | null; seed_file: string | null; quote: string; maintainer_note: string }
export function rules(options?: TextOptions): RuleParameter[];
export function sources(options?: TextOptions): Source[];
export interface Version { engine: string; rules: string; format: 1 }
/**
 * Evaluates a scenario (an object or its JSON text) and returns the report as a plain object.
 * `options.today` applies when the scenario has no `date` (default: the visitor's date).
 * Throws a `SteunwijzerError` (`path`, `code`, `message` in `options.lang`) for a bad input.
 */
export function evaluate(scenario: Scenario | string, options: EvaluateOptions & { format: "json" }): string;
export function evaluate(scenario: Scenario | string, options: EvaluateOptions & { detail: "amounts" }): AmountsReport;
export function evaluate(scenario: Scenario | string, options?: EvaluateOptions): Report;
"#;

/// Hands a value to JavaScript as plain objects (as `JSON.parse` would build them),
/// leaving out the struct fields named in `skip`.
fn to_js<T: Serialize + ?Sized>(value: &T, skip: &[&str]) -> Result<JsValue, JsValue> {
    tape::to_js(value, skip).map_err(|e| js_error("", "internal", &e.to_string()))
}

/// A JavaScript `Error` with `path` and `code` properties.
fn js_error(path: &str, code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("SteunwijzerError");
    let object: &JsValue = error.as_ref();
    // Setting a property on a fresh Error cannot fail.
    let _ = js_sys::Reflect::set(object, &"path".into(), &path.into());
    let _ = js_sys::Reflect::set(object, &"code".into(), &code.into());
    error.into()
}

fn input_error(error: &InputError, lang: Lang) -> JsValue {
    js_error(&error.path, error.code.code(), &error.message(lang))
}

/// The options of `evaluate`, read leniently from a JS object (absent = default).
/// A new option is one field here and one block in [`read_options`].
struct EvaluateOptions {
    /// Language of error messages.
    lang: Lang,
    /// The evaluation date when the scenario has none.
    today: Option<Date>,
    /// Only these measures are asked about (`None`: all).
    measures: Option<Vec<eligibility::MeasureId>>,
    /// `detail: "amounts"`: the report without its reasons and next steps.
    amounts_only: bool,
    /// `format: "json"`: the report as JSON text instead of an object.
    json_text: bool,
}

/// The names of the options, as JavaScript strings made once (not on every call).
const OPTION_NAMES: [&str; 5] = ["lang", "today", "measures", "detail", "format"];

thread_local! {
    static OPTION_KEYS: [JsValue; 5] = OPTION_NAMES.map(JsValue::from_str);
}

/// `options[key]`, reading the key's JavaScript string from [`OPTION_KEYS`] when it is an
/// option name.
fn option_value(options: &JsValue, key: &str) -> JsValue {
    let value = match OPTION_NAMES.iter().position(|name| *name == key) {
        Some(i) => OPTION_KEYS.with(|keys| js_sys::Reflect::get(options, &keys[i])),
        None => js_sys::Reflect::get(options, &key.into()),
    };
    value.unwrap_or(JsValue::UNDEFINED)
}

fn option_string(options: &JsValue, key: &str) -> Result<Option<String>, JsValue> {
    let value = option_value(options, key);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        js_error(
            &format!("options.{key}"),
            "wrong_type",
            &format!("options.{key} must be a string"),
        )
    })
}

/// Reads `options[key]`, one of `allowed` (its index), or `None` when absent.
fn option_choice(options: &JsValue, key: &str, allowed: &[&str]) -> Result<Option<usize>, JsValue> {
    let Some(value) = option_string(options, key)? else {
        return Ok(None);
    };
    match allowed.iter().position(|a| *a == value) {
        Some(i) => Ok(Some(i)),
        None => Err(js_error(
            &format!("options.{key}"),
            "invalid_value",
            &format!(
                "options.{key}: \"{value}\" is not one of {}",
                allowed.join(", ")
            ),
        )),
    }
}

fn read_options(options: &JsValue) -> Result<EvaluateOptions, JsValue> {
    let mut parsed = EvaluateOptions {
        lang: Lang::Nl,
        today: None,
        measures: None,
        amounts_only: false,
        json_text: false,
    };
    if options.is_undefined() || options.is_null() {
        return Ok(parsed);
    }
    if !options.is_object() {
        return Err(js_error(
            "options",
            "wrong_type",
            "options must be an object such as { lang: \"nl\", today: \"2026-11-22\" }",
        ));
    }
    if let Some(lang) = option_choice(options, "lang", &["nl", "en", "fr"])? {
        parsed.lang = [Lang::Nl, Lang::En, Lang::Fr][lang];
    }
    if let Some(today) = option_string(options, "today")? {
        parsed.today = Some(Date::parse(&today).ok_or_else(|| {
            js_error(
                "options.today",
                "invalid_date",
                &format!("options.today: \"{today}\" is not a valid date YYYY-MM-DD"),
            )
        })?);
    }
    parsed.measures = option_measures(options)?;
    if let Some(detail) = option_choice(options, "detail", &["full", "amounts"])? {
        parsed.amounts_only = detail == 1;
    }
    if let Some(format) = option_choice(options, "format", &["object", "json"])? {
        parsed.json_text = format == 1;
    }
    Ok(parsed)
}

/// `options.measures`: an array of measure ids (absent or null: every measure).
fn option_measures(options: &JsValue) -> Result<Option<Vec<eligibility::MeasureId>>, JsValue> {
    let value = option_value(options, "measures");
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let wrong = || {
        js_error(
            "options.measures",
            "wrong_type",
            "options.measures must be an array of measure ids such as [\"kmo-portefeuille\"]",
        )
    };
    if !js_sys::Array::is_array(&value) {
        return Err(wrong());
    }
    let mut ids = Vec::new();
    for item in js_sys::Array::from(&value).iter() {
        let code = item.as_string().ok_or_else(wrong)?;
        let id = eligibility::MeasureId::ALL
            .into_iter()
            .find(|m| m.code() == code)
            .ok_or_else(|| {
                js_error(
                    "options.measures",
                    "invalid_value",
                    &format!("options.measures: \"{code}\" is not a measure id"),
                )
            })?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(Some(ids))
}

/// Today's date in the visitor's time zone, from the JavaScript clock.
fn today_from_clock() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = now.get_month() as u8 + 1;
    let day = now.get_date() as u8;
    Date::new(year, month, day)
}

/// Evaluates a scenario (a JS object or a JSON string, format v1) and returns the report
/// as a plain object. `options`: `{ lang: "nl" | "en" | "fr", today: "YYYY-MM-DD",
/// measures: ["kmo-portefeuille", …], detail: "full" | "amounts", format: "object" | "json" }`
/// (`today` applies when the scenario has no `date`; default: the clock's date; `measures`:
/// only these are asked about).
/// Throws an `Error` with `path`, `code` and `message` (in `lang`) for a bad input.
// Typed in the custom section above (with `options` optional).
#[wasm_bindgen(skip_typescript)]
pub fn evaluate(scenario: JsValue, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let options = read_options(&options.unwrap_or(JsValue::UNDEFINED))?;
    let json = scenario_text(&scenario)?;
    let today = options
        .today
        .or_else(today_from_clock)
        .ok_or_else(|| js_error("options.today", "invalid_date", "no usable date"))?;
    let parsed =
        eligibility::input::parse_one_pass(&json).map_err(|e| input_error(&e, options.lang))?;
    let engine_options = eligibility::Options {
        measures: options.measures,
    };
    let report = eligibility::evaluate_with(&parsed, today, &engine_options)
        .map_err(|e| input_error(&e, options.lang))?;
    // The report crosses as one tape that `js/decode.js` turns into objects (see `tape`):
    // faster than `JSON.parse`, far faster than building them field by field from wasm.
    let skip: &[&str] = if options.amounts_only {
        &["reasons", "next_steps"]
    } else {
        &[]
    };
    if options.json_text {
        let text =
            json::to_json(&report, skip).map_err(|e| js_error("", "internal", &e.to_string()))?;
        return Ok(JsValue::from_str(&text));
    }
    to_js(&report, skip)
}

/// The scenario's JSON text: a string as it is, an object through `JSON.stringify` (the
/// same strict parser then reads both: identical errors and results).
fn scenario_text(scenario: &JsValue) -> Result<String, JsValue> {
    if let Some(text) = scenario.as_string() {
        return Ok(text);
    }
    let text = js_sys::JSON::stringify(scenario).map_err(|_| {
        js_error(
            "",
            "syntax",
            "the scenario cannot be converted to JSON (a cycle or a BigInt?)",
        )
    })?;
    text.as_string().ok_or_else(|| {
        js_error(
            "",
            "wrong_type",
            "the scenario must be an object or a JSON string",
        )
    })
}

/// Reads `options.lang` of `rules` and `sources` (default Dutch).
fn text_lang(options: Option<JsValue>) -> Result<Lang, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    if options.is_undefined() || options.is_null() {
        return Ok(Lang::Nl);
    }
    if !options.is_object() {
        return Err(js_error(
            "options",
            "wrong_type",
            "options must be an object such as { lang: \"en\" }",
        ));
    }
    Ok(option_choice(&options, "lang", &["nl", "en", "fr"])?.map_or(Lang::Nl, |i| Lang::ALL[i]))
}

/// A rule parameter as `rules()` gives it: the public note in the language asked for, the
/// maintainers' notes per period.
#[derive(Serialize)]
struct RuleForVisitor {
    id: &'static str,
    unit: &'static str,
    note: &'static str,
    periods: Vec<PeriodForVisitor>,
}

#[derive(Serialize)]
struct PeriodForVisitor {
    value: String,
    valid_from: String,
    valid_until: Option<String>,
    source: &'static str,
    maintainer_note: &'static str,
}

/// A source as `sources()` gives it: the title in the language asked for.
#[derive(Serialize)]
struct SourceForVisitor {
    id: &'static str,
    title: &'static str,
    url: Option<&'static str>,
    seed_file: Option<&'static str>,
    quote: &'static str,
    maintainer_note: &'static str,
}

/// Every rule parameter (rate, ceiling, threshold, date) as `{ id, unit, note, periods:
/// [{ value, valid_from, valid_until, source, maintainer_note }] }`: `note` says what it
/// means for a company, in `options.lang` (`"nl"`, `"en"`, `"fr"`; default Dutch).
// Typed in the custom section above (with `options` optional).
#[wasm_bindgen(skip_typescript)]
pub fn rules(options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let lang = text_lang(options)?;
    let rules: Vec<RuleForVisitor> = eligibility::rules_by_id()
        .into_iter()
        .map(|p| RuleForVisitor {
            id: p.id,
            unit: p.unit,
            note: eligibility::text::parameter_note(p.id, lang).unwrap_or(""),
            periods: p
                .periods
                .into_iter()
                .map(|period| PeriodForVisitor {
                    value: period.value,
                    valid_from: period.valid_from,
                    valid_until: period.valid_until,
                    source: period.source,
                    maintainer_note: period.note,
                })
                .collect(),
        })
        .collect();
    to_js(&rules, &[])
}

/// Every source the rules and reasons cite: id, title (in `options.lang`, default Dutch),
/// URL, seed file, Dutch quote, the maintainers' note.
// Typed in the custom section above (with `options` optional).
#[wasm_bindgen(skip_typescript)]
pub fn sources(options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let lang = text_lang(options)?;
    let sources: Vec<SourceForVisitor> = eligibility::sources()
        .into_iter()
        .map(|s| SourceForVisitor {
            id: s.id,
            title: eligibility::text::source_title(s.id, lang),
            url: s.url,
            seed_file: s.seed_file,
            quote: s.quote,
            maintainer_note: s.note,
        })
        .collect();
    to_js(&sources, &[])
}

/// The versions: `{ engine: "0.1.0", rules: "2026-11-22", format: 1 }`.
#[wasm_bindgen(unchecked_return_type = "Version")]
pub fn version() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Version {
        engine: &'static str,
        rules: &'static str,
        format: u32,
    }
    to_js(
        &Version {
            engine: env!("CARGO_PKG_VERSION"),
            rules: eligibility::RULES_VERSION,
            format: 1,
        },
        &[],
    )
}
