//! Rendering in Dutch (default), English and French: reasons with their values, statuses,
//! measure names, kinds, plan kinds, size classes and input errors, from the language
//! files ([`Catalog`]). Plain language for a company owner. The report itself holds only
//! codes and values.
//!
//! Every function here comes in two forms: a method of [`Catalog`] (for a shell that
//! loads a language file at run time) and a function taking a [`Lang`] (the compiled-in
//! texts of that language).

use crate::catalog::next_placeholder;
pub use crate::catalog::Catalog;
use crate::error::{Detail, ErrorCode, Expected, InputError, JsonKind};
pub use crate::lang::Lang;
use crate::report::{
    EuSize, FiscalSize, Kind, MeasureId, Outcome, PlanKind, Reason, Status, ValueKind,
};
use crate::scenario::{LegalForm, Theme};
use std::fmt;

/// Keys whose values are euro amounts.
const MONEY_KEYS: &[&str] = &[
    "amount",
    "aid",
    "aid_before",
    "aid_before_ceiling",
    "ceiling",
    "remaining",
    "received",
    "cost",
    "catering",
    "course_material",
    "teacher_travel",
    "eligible_cost",
    "minimum",
    "maximum",
    "min",
    "max",
    "cap",
    "turnover",
    "balance",
    "deduction",
    "used",
    "planned_before",
    "instalment",
    "per_person_day",
    "counted",
];
/// Keys whose values are plain numbers or percentages (rendered with `format_number`;
/// templates write the `%`). Values of other keys that are not money or dates are codes or
/// text the user typed (a NACE code `62.010`, a name, a year `2026`) and stay verbatim.
const NUMBER_KEYS: &[&str] = &[
    "rate",
    "staff",
    "share",
    "pct",
    "threshold",
    "years",
    "max_years",
    "days",
    "participants",
    "leverage",
    "bonus",
    "size_bonus",
    "collaboration_bonus",
    "rate_cap",
    "base",
    "productivity",
    "min_companies",
    "rate_sme",
    "rate_nis2",
    "collaboration_adds",
    "exceeded",
];
/// Keys whose values are shown exactly as given (codes, names, field paths).
const VERBATIM_KEYS: &[&str] = &["nace", "name", "label", "field", "parameter"];
/// Keys whose values are dates.
const DATE_KEYS: &[&str] = &[
    "date",
    "since",
    "founded",
    "granted_on",
    "window_start",
    "request_date",
    "deadline",
    "acquired_on",
    "closed_on",
    "last",
    "reopens",
    "from",
    "until",
];

// CLI (nl-BE and fr-BE as decided by the product owner):
//   nl  1.234,56 €   30 %   22/11/2026
//   fr  1 234,56 €   30 %   22/11/2026   (thousands: narrow no-break space)
//   en  €1,234.56    30%    22 Nov 2026
// The space before € and % is a no-break space, so an amount never wraps apart.

/// No-break space, between a number and its unit (`1.234,56 €`, `30 %`).
pub const NO_BREAK_SPACE: char = '\u{A0}';
/// Narrow no-break space, the French thousands separator (`1 234,56 €`).
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';

/// Formats a decimal text (`"1234.5"`, `"-20"`) in the conventions of `lang`, keeping the
/// decimals it has: nl `1.234,5`, fr `1 234,5`, en `1,234.5`. Text that is not a plain
/// decimal is returned unchanged.
pub fn format_number(value: &str, lang: Lang) -> String {
    let value = value.trim();
    if !is_plain_decimal(value) {
        return value.to_string();
    }
    let (negative, digits) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let (group, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
        Lang::Fr => (NARROW_NO_BREAK_SPACE, ','),
    };
    let mut out = String::with_capacity(value.len() + value.len() / 3 * 3 + 2);
    if negative {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// Formats a euro amount given as a decimal text (`"7500"`, `"7500.5"`, `"-20.00"`) with at
/// least two decimals: nl `7.500,00 €`, fr `7 500,00 €`, en `€7,500.00` (`-€20.00`). Text
/// that is not a plain decimal is returned unchanged.
pub fn format_money(value: &str, lang: Lang) -> String {
    let value = value.trim();
    if !is_plain_decimal(value) {
        return value.to_string();
    }
    let cents = match value.split_once('.') {
        None => format!("{value}.00"),
        Some((_, f)) if f.len() == 1 => format!("{value}0"),
        Some(_) => value.to_string(),
    };
    let n = format_number(&cents, lang);
    match lang {
        Lang::En => match n.strip_prefix('-') {
            Some(rest) => format!("-€{rest}"),
            None => format!("€{n}"),
        },
        Lang::Nl | Lang::Fr => format!("{n}{NO_BREAK_SPACE}€"),
    }
}

/// `-`, digits, and optionally `.` and digits.
fn is_plain_decimal(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    plain(int) && plain(frac)
}

/// Formats a percentage given as a decimal text (`"30"`, `"12.5"`): nl/fr `30 %`, en `30%`.
pub fn format_percent(value: &str, lang: Lang) -> String {
    let n = format_number(value, lang);
    match lang {
        Lang::En => format!("{n}%"),
        Lang::Nl | Lang::Fr => format!("{n}{NO_BREAK_SPACE}%"),
    }
}

/// Formats a `YYYY-MM-DD` date: nl/fr `22/11/2026`, en `22 Nov 2026`. Text that is not a
/// valid date is returned unchanged.
pub fn format_date(value: &str, lang: Lang) -> String {
    let Some(d) = crate::dates::Date::parse(value.trim()) else {
        return value.to_string();
    };
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Nl | Lang::Fr => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            EN[usize::from(d.month().saturating_sub(1)).min(11)],
            d.year()
        ),
    }
}

/// Renders one value of a reason for `lang` (amounts, dates, codes, yes/no).
pub fn value_text(key: &str, value: &str, lang: Lang) -> String {
    Catalog::builtin_or_fallback(lang).value(key, value)
}

/// Fills `{ $key }` placeholders from `lookup`; in `[...]` segments, drops the segment when
/// a value it names is absent. A value absent from a mandatory segment reads `missing`
/// ("nog niet ingevuld"), never a bare `?`.
fn fill(template: &str, lookup: &dyn Fn(&str) -> Option<String>, missing: &str) -> String {
    fn render(seg: &str, lookup: &dyn Fn(&str) -> Option<String>, out: &mut String) -> bool {
        let mut rest = seg;
        while let Some((name, before, after)) = next_placeholder(rest) {
            out.push_str(before);
            match lookup(name) {
                Some(v) => out.push_str(&v),
                None => return false,
            }
            rest = after;
        }
        out.push_str(rest);
        true
    }
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    loop {
        let (main, optional, after) = match rest.find('[') {
            Some(open) => {
                let inner = &rest[open + 1..];
                let close = inner.find(']').unwrap_or(inner.len());
                (
                    &rest[..open],
                    Some(&inner[..close]),
                    inner.get(close + 1..).unwrap_or(""),
                )
            }
            None => (rest, None, ""),
        };
        let mark = out.len();
        if !render(main, lookup, &mut out) {
            out.truncate(mark);
            render(
                main,
                &|k| Some(lookup(k).unwrap_or_else(|| missing.into())),
                &mut out,
            );
        }
        if let Some(seg) = optional {
            let mark = out.len();
            if !render(seg, lookup, &mut out) {
                out.truncate(mark);
            }
        }
        match optional {
            Some(_) => rest = after,
            None => break,
        }
    }
    out
}

impl Catalog {
    /// The text of `key`, or the key itself when the language file lacks it.
    fn text<'a>(&'a self, key: &'a str) -> &'a str {
        self.get(key).unwrap_or(key)
    }

    /// The text of `prefix` + `code`, or the code when the language file lacks it.
    fn label<'a>(&'a self, prefix: &str, code: &'a str) -> &'a str {
        self.get_parts(&[prefix, code]).unwrap_or(code)
    }

    /// The text of `key` with its `{ $name }` placeholders filled from `args`.
    pub fn fill_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        let lookup = |k: &str| {
            args.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        };
        fill(self.text(key), &lookup, "")
    }

    /// Renders a reason with its values, in plain language.
    pub fn reason(&self, reason: &Reason) -> String {
        let code = reason.code.code();
        let call = if reason.code == crate::measures::signposts::reasons::CS_ICON_CALL {
            reason.values.get("open")
        } else {
            None
        };
        let variant = match (call, reason.outcome) {
            (Some("false"), _) | (None, Outcome::Fail) => ".fail",
            (Some("unknown"), _) | (None, Outcome::Unknown) => ".unknown",
            _ => "",
        };
        // A text for one value (`.when-raised-true`) wins over the general text.
        let when = reason
            .values
            .iter()
            .find_map(|(k, v)| self.get_parts(&["reason.", code, variant, ".when-", k, "-", v]));
        let template = when
            .or_else(|| self.get_parts(&["reason.", code, variant]))
            .or_else(|| self.get_parts(&["reason.", code]));
        match template {
            Some(t) => fill(
                t,
                &|k| {
                    let (v, kind) = reason.values.typed(k)?;
                    Some(self.typed_value(k, v, kind))
                },
                self.text("word.missing"),
            ),
            None => code.to_string(),
        }
    }

    /// The sentence of an assumed answer ("We gaan ervan uit dat …"); `None` for a field
    /// the engine never assumes.
    pub fn assumption(&self, a: &crate::report::Assumption) -> Option<String> {
        crate::assumptions::typical(&a.field).map(|t| self.reason(&crate::assumptions::reason(t)))
    }

    /// The sentence of a timeline event, without its date (a shell shows the date next to
    /// it in its own format).
    pub fn timeline_event(&self, e: &crate::report::TimelineEvent) -> String {
        let amount = e
            .amount
            .map(|m| format_money(&m.to_string(), self.lang()))
            .unwrap_or_default();
        let label = match e.label.as_deref() {
            Some(l) => self.fill_args("timeline.quoted", &[("label", l)]),
            None => self.text("timeline.this-plan").to_string(),
        };
        self.fill_args(
            &format!("timeline.{}", e.kind.code()),
            &[
                ("amount", &amount),
                ("label", &label),
                ("measure", self.measure(e.measure)),
            ],
        )
    }

    /// Renders one value of a reason by its type: money, a number, a date, yes/no, a code's
    /// label, or a text as typed. A value read back from JSON has no type; its key decides.
    pub fn typed_value(&self, key: &str, value: &str, kind: ValueKind) -> String {
        let lang = self.lang();
        match kind {
            ValueKind::Money if is_plain_decimal(value) => format_money(value, lang),
            ValueKind::Percent | ValueKind::Number if is_plain_decimal(value) => {
                format_number(value, lang)
            }
            ValueKind::Date => format_date(value, lang),
            ValueKind::Flag => self.label("value.", value).into(),
            ValueKind::Code => self.code_value(key, value),
            ValueKind::Unknown => self.value(key, value),
            _ => value.to_string(),
        }
    }

    /// The label of a code value (`theme`, `legal_form`, a size class, a region…), or the
    /// code itself (a field path, a NACE code).
    fn code_value(&self, key: &str, value: &str) -> String {
        self.code_label(key, value)
            .unwrap_or_else(|| value.to_string())
    }

    /// The words for a code value, when the language files have them.
    fn code_label(&self, key: &str, value: &str) -> Option<String> {
        match key {
            "class" | "best" | "worst" | "latest" | "previous" | "applied" | "fiscal" => {
                let fiscal = key == "fiscal";
                if let Some((a, b)) = value.split_once('-') {
                    let (a, b) = (self.size_code(a, fiscal), self.size_code(b, fiscal));
                    return Some(self.fill_args("word.range", &[("from", a), ("to", b)]));
                }
                return Some(self.size_code(value, fiscal).into());
            }
            "theme" | "legal_form" | "measure" => {
                let prefix = match key {
                    "theme" => "theme.",
                    "legal_form" => "legal-form.",
                    _ => "measure.",
                };
                if let Some(t) = self.get_parts(&[prefix, value]) {
                    return Some(t.into());
                }
            }
            "last" if value == "none" => return Some(self.text("word.none").into()),
            "year" if value == "latest" => return Some(self.text("word.year-latest").into()),
            "year" if value == "previous" => return Some(self.text("word.year-previous").into()),
            "version" => {
                if let Some(t) = self.get_parts(&["value.version-", value]) {
                    return Some(t.into());
                }
            }
            _ => {}
        }
        self.get_parts(&["value.", value]).map(Into::into)
    }

    /// Renders one value of a reason read back from JSON (plain strings, no type): its key
    /// says whether it is money, a number, a date or a code.
    pub fn value(&self, key: &str, value: &str) -> String {
        let lang = self.lang();
        if VERBATIM_KEYS.contains(&key) {
            return value.to_string();
        }
        if MONEY_KEYS.contains(&key) && value.contains('.') {
            return format_money(value, lang);
        }
        if DATE_KEYS.contains(&key) && crate::dates::Date::parse(value).is_some() {
            return format_date(value, lang);
        }
        if value == "true" || value == "false" {
            return self.label("value.", value).into();
        }
        if let Some(words) = self.code_label(key, value) {
            return words;
        }
        if (NUMBER_KEYS.contains(&key) || MONEY_KEYS.contains(&key)) && is_plain_decimal(value) {
            return format_number(value, lang);
        }
        value.to_string()
    }

    /// A size class code as words: the fiscal label for a fiscal size, else the EU label.
    fn size_code<'a>(&'a self, code: &'a str, fiscal: bool) -> &'a str {
        let is_eu = EuSize::ALL.iter().any(|s| s.code() == code);
        let is_fiscal = FiscalSize::ALL.iter().any(|f| f.code() == code);
        match (is_eu, is_fiscal) {
            (_, true) if fiscal => self.label("fiscal-size.", code),
            (true, _) => self.label("eu-size.", code),
            (_, true) => self.label("fiscal-size.", code),
            _ => code,
        }
    }

    /// Name of a measure.
    pub fn measure(&self, id: MeasureId) -> &str {
        self.label("measure.", id.code())
    }
    /// Label of a status.
    pub fn status(&self, s: Status) -> &str {
        self.label("status.", s.code())
    }
    /// Label of a kind of support.
    pub fn kind(&self, k: Kind) -> &str {
        self.label("kind.", k.code())
    }
    /// Label of an outcome.
    pub fn outcome(&self, o: Outcome) -> &str {
        self.label("outcome.", o.code())
    }
    /// Label of a plan kind.
    pub fn plan(&self, p: PlanKind) -> &str {
        self.label("plan.", p.code())
    }
    /// Label of an EU size class.
    pub fn eu_size(&self, s: EuSize) -> &str {
        self.label("eu-size.", s.code())
    }
    /// Label of a fiscal size.
    pub fn fiscal_size(&self, s: FiscalSize) -> &str {
        self.label("fiscal-size.", s.code())
    }
    /// Label of a kmo-portefeuille theme.
    pub fn theme(&self, t: Theme) -> &str {
        self.label("theme.", t.code())
    }
    /// Label of a legal form.
    pub fn legal_form(&self, f: LegalForm) -> &str {
        self.label("legal-form.", f.code())
    }
    /// Label of a legal form as a choice in a form ("Eenmanszaak (natuurlijk persoon)").
    pub fn legal_form_option(&self, f: LegalForm) -> &str {
        self.label("legal-form-option.", f.code())
    }
    /// What a rule parameter means for a company (`kmo.rate.small`: "Het deel van de kost
    /// dat de kmo-portefeuille betaalt…"); `None` when the language file has no note.
    pub fn parameter_note(&self, id: &str) -> Option<&str> {
        self.get_parts(&["param.", id])
    }
    /// The public title of a source in this language (the source table's Dutch title when
    /// the language file has none).
    pub fn source_title(&self, id: &str) -> &str {
        match self.get_parts(&["source.", id]) {
            Some(t) => t,
            None => crate::sources::source(id).map(|s| s.title).unwrap_or(""),
        }
    }
    /// A label of a shell (e.g. `cli.report`), or the key when absent.
    pub fn word<'a>(&'a self, key: &'a str) -> &'a str {
        self.text(key)
    }

    /// The label of an error code (without path or detail).
    pub fn error_code(&self, code: ErrorCode) -> &str {
        self.label("error.", code.code())
    }

    /// The message of an input error, naming the field path: `Waarde buiten het
    /// toegelaten bereik (veld plans.trainings[0].cost, opleiding 1): hoogstens …`.
    pub fn error_message(&self, err: &InputError) -> String {
        let what = self.error_code(err.code);
        let mut msg = if err.path.is_empty() {
            what.to_string()
        } else {
            let field = self.text("error.field");
            match self.list_entry(&err.path) {
                Some(entry) => format!("{what} ({field} {}, {entry})", err.path),
                None => format!("{what} ({field} {})", err.path),
            }
        };
        self.push_detail(&mut msg, &err.detail);
        msg
    }

    /// The message of an input error without the field path, for display next to its
    /// field: `Waarde buiten het toegelaten bereik: hoogstens 1.000.000.000.000`.
    pub fn error_field_message(&self, err: &InputError) -> String {
        let mut msg = self.error_code(err.code).to_string();
        self.push_detail(&mut msg, &err.detail);
        msg
    }

    /// For a path into a list (`plans.trainings[0].cost`), the entry in words, counted
    /// from 1 as the user sees it: nl `opleiding 1`, en `training 1`, fr `formation 1`.
    fn list_entry(&self, path: &str) -> Option<String> {
        let (list, rest) = path.split_once('[')?;
        let index: usize = rest.split_once(']')?.0.parse().ok()?;
        let template = self.get_parts(&["entry.", list])?;
        let number = index.checked_add(1)?.to_string();
        Some(fill(
            template,
            &|k| (k == "number").then(|| number.clone()),
            "",
        ))
    }

    fn push_detail(&self, msg: &mut String, detail: &Detail) {
        let d = self.detail(detail);
        if !d.is_empty() {
            msg.push_str(if self.lang() == Lang::Fr {
                "\u{a0}: "
            } else {
                ": "
            });
            msg.push_str(&d);
        }
    }

    /// What a field expects.
    pub fn expected(&self, e: Expected) -> &str {
        self.label("expected.", expected_code(e))
    }

    /// The kind of a JSON value.
    pub fn json_kind(&self, k: JsonKind) -> &str {
        self.label("found.", json_kind_code(k))
    }

    /// The detail of an input error, with numbers in the conventions of the language
    /// (`hoogstens 1.000.000.000.000`). Empty for no detail and for a developer note.
    pub fn detail(&self, detail: &Detail) -> String {
        let lang = self.lang();
        let n = |v: &str| format_number(v, lang);
        let quoted = |v: &str| self.fill_args("detail.quoted", &[("value", v)]);
        match detail {
            Detail::None | Detail::Note { .. } => String::new(),
            Detail::AtMost { limit } => self.fill_args("detail.at-most", &[("limit", &n(limit))]),
            Detail::Between { min, max } => {
                self.fill_args("detail.between", &[("min", &n(min)), ("max", &n(max))])
            }
            // Years as written in dates: 2026, never 2.026.
            Detail::YearBetween { min, max } => self.fill_args(
                "detail.year-between",
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            Detail::AtMostCharacters { limit } => self.fill_args(
                "detail.at-most-characters",
                &[("limit", &n(&limit.to_string()))],
            ),
            Detail::AtMostEntries { limit } => self.fill_args(
                "detail.at-most-entries",
                &[("limit", &n(&limit.to_string()))],
            ),
            Detail::TooLarge => self.text("detail.too-large").into(),
            Detail::CalculationDate { date } => self.fill_args(
                "detail.calculation-date",
                &[("date", &format_date(date, lang))],
            ),
            Detail::AllowedValues { value, allowed } => self.fill_args(
                "detail.allowed-values",
                &[("value", &quoted(value)), ("allowed", &allowed.join(", "))],
            ),
            Detail::KnownFields { fields } => {
                self.fill_args("detail.known-fields", &[("fields", &fields.join(", "))])
            }
            Detail::JsonSyntax { line, column } => self.fill_args(
                "detail.json-syntax",
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            Detail::WrongType { expected, found } => self.fill_args(
                "detail.wrong-type",
                &[
                    ("expected", self.expected(*expected)),
                    ("found", self.json_kind(*found)),
                ],
            ),
            Detail::Number { value } => n(value),
            Detail::Given { value } => quoted(value),
        }
    }
}

fn expected_code(e: Expected) -> &'static str {
    match e {
        Expected::Boolean => "boolean",
        Expected::Text => "text",
        Expected::WholeNumber => "whole_number",
        Expected::Decimal => "decimal",
        Expected::Date => "date",
        Expected::Object => "object",
        Expected::List => "list",
        Expected::VersionOne => "version_one",
    }
}

fn json_kind_code(k: JsonKind) -> &'static str {
    match k {
        JsonKind::Null => "null",
        JsonKind::Boolean => "boolean",
        JsonKind::Number => "number",
        JsonKind::String => "string",
        JsonKind::Array => "array",
        JsonKind::Object => "object",
    }
}

fn texts(lang: Lang) -> &'static Catalog {
    Catalog::builtin_or_fallback(lang)
}

fn error_texts(lang: Lang) -> &'static Catalog {
    Catalog::errors_or_fallback(lang)
}

/// Renders a reason with its values in `lang`, in plain language.
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    texts(lang).reason(reason)
}
/// The sentence of an assumed answer in `lang` ("We gaan ervan uit dat …").
pub fn assumption_text(a: &crate::report::Assumption, lang: Lang) -> Option<String> {
    texts(lang).assumption(a)
}
/// A scenario field in words, for a shell that names an open question: `company.legal_form`
/// gives "Rechtsvorm", `plans.trainings[0].cost` "Kostprijs (opleiding 1)". A path the
/// language file does not name comes back as it is.
pub fn field_label(path: &str, lang: Lang) -> String {
    let mut generic = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if !in_index => generic.push(c),
            _ => {}
        }
    }
    let Some(label) = texts(lang).get_parts(&["field.", &generic]) else {
        return path.to_string();
    };
    match error_texts(lang).list_entry(path) {
        Some(entry) => format!("{label} ({entry})"),
        None => label.to_string(),
    }
}
/// The sentence of a timeline event in `lang`, without its date.
pub fn timeline_text(e: &crate::report::TimelineEvent, lang: Lang) -> String {
    texts(lang).timeline_event(e)
}
/// Name of a measure.
pub fn measure_name(id: MeasureId, lang: Lang) -> &'static str {
    texts(lang).measure(id)
}
/// Label of a status.
pub fn status_label(s: Status, lang: Lang) -> &'static str {
    texts(lang).status(s)
}
/// Label of a kind of support.
pub fn kind_label(k: Kind, lang: Lang) -> &'static str {
    texts(lang).kind(k)
}
/// Label of an outcome.
pub fn outcome_label(o: Outcome, lang: Lang) -> &'static str {
    texts(lang).outcome(o)
}
/// Label of a plan kind.
pub fn plan_label(p: PlanKind, lang: Lang) -> &'static str {
    texts(lang).plan(p)
}
/// Label of an EU size class.
pub fn eu_size_label(s: EuSize, lang: Lang) -> &'static str {
    texts(lang).eu_size(s)
}
/// Label of a fiscal size.
pub fn fiscal_size_label(s: FiscalSize, lang: Lang) -> &'static str {
    texts(lang).fiscal_size(s)
}
/// Label of a kmo-portefeuille theme.
pub fn theme_label(t: Theme, lang: Lang) -> &'static str {
    texts(lang).theme(t)
}
/// Label of a legal form.
pub fn legal_form_label(f: LegalForm, lang: Lang) -> &'static str {
    texts(lang).legal_form(f)
}
/// Label of a legal form as a choice in a form, in `lang`.
pub fn legal_form_option_label(f: LegalForm, lang: Lang) -> &'static str {
    texts(lang).legal_form_option(f)
}
/// A label of a shell (e.g. `cli.report`) in `lang`.
pub fn word(key: &'static str, lang: Lang) -> &'static str {
    texts(lang).word(key)
}
/// What a rule parameter means for a company, in `lang`.
pub fn parameter_note(id: &str, lang: Lang) -> Option<&'static str> {
    Catalog::notes_or_fallback(lang).parameter_note(id)
}
/// The public title of a source, in `lang`.
pub fn source_title(id: &str, lang: Lang) -> &'static str {
    Catalog::rules_or_fallback(lang).source_title(id)
}
/// A label of a shell with its placeholders filled from `args`, in `lang`.
pub fn word_with(key: &'static str, args: &[(&str, &str)], lang: Lang) -> String {
    texts(lang).fill_args(key, args)
}
/// The message of an input error in `lang`, naming the field path (for uploads, the CLI
/// and the JS API).
pub fn error_message(err: &InputError, lang: Lang) -> String {
    error_texts(lang).error_message(err)
}
/// The message of an input error in `lang` without the field path.
pub fn error_field_message(err: &InputError, lang: Lang) -> String {
    error_texts(lang).error_field_message(err)
}
/// Label of an error code alone.
pub fn error_code_label(code: ErrorCode, lang: Lang) -> String {
    error_texts(lang).error_code(code).to_string()
}
/// What a field expects, in `lang`.
pub fn expected_text(e: Expected, lang: Lang) -> &'static str {
    error_texts(lang).expected(e)
}
/// The kind of a JSON value, in `lang`.
pub fn json_kind_text(k: JsonKind, lang: Lang) -> &'static str {
    error_texts(lang).json_kind(k)
}
/// The detail of an input error in `lang`, with numbers in the conventions of `lang`.
pub fn detail_text(detail: &Detail, lang: Lang) -> String {
    error_texts(lang).detail(detail)
}

impl InputError {
    /// The message in `lang`, naming the field path.
    pub fn message(&self, lang: Lang) -> String {
        error_message(self, lang)
    }
    /// The message in `lang` without the field path, for display next to the field.
    pub fn field_message(&self, lang: Lang) -> String {
        error_field_message(self, lang)
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Detail::Note { text } => f.write_str(text),
            d => f.write_str(&detail_text(d, Lang::En)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_text_is_well_formed_in_all_three_languages() {
        for lang in Lang::ALL {
            let c = Catalog::builtin(lang).unwrap();
            for &code in crate::report::ReasonCode::ALL {
                assert!(
                    c.get_parts(&["reason.", code.code()]).is_some(),
                    "{}",
                    code.code()
                );
                for variant in ["", ".fail", ".unknown"] {
                    let Some(s) = c.get_parts(&["reason.", code.code(), variant]) else {
                        continue;
                    };
                    assert!(!s.contains('\\'), "{}: escape left in {s}", code.code());
                    if lang != Lang::En {
                        // Percentages as format_percent writes them: "30 %", no-break.
                        assert!(!s.contains("}%") && !s.contains("} %"), "{s}");
                    }
                    assert_eq!(s.matches('[').count(), s.matches(']').count(), "{s}");
                }
            }
        }
    }

    #[test]
    fn labels_exist_for_every_code_in_every_language() {
        for lang in Lang::ALL {
            for m in MeasureId::ALL {
                assert!(!measure_name(m, lang).is_empty());
            }
            for s in Status::ALL {
                assert!(!status_label(s, lang).is_empty());
            }
            for k in Kind::ALL {
                assert!(!kind_label(k, lang).is_empty());
            }
            for p in PlanKind::ALL {
                assert!(!plan_label(p, lang).is_empty());
            }
            for c in ErrorCode::ALL {
                assert!(!error_code_label(c, lang).is_empty());
            }
        }
    }

    #[test]
    fn fills_values_and_optional_segments() {
        // Values are formatted by their type: money as money, a year as written.
        let r = Reason::new(
            crate::measures::kmo_portefeuille::reasons::CEILING,
            Outcome::Info,
            "seed-002",
        )
        .with("ceiling", crate::Money::from_int(7500))
        .with("year", crate::Year(2026))
        .with("remaining", crate::Money::from_int(7500));
        assert_eq!(
            reason_text(&r, Lang::Nl),
            "Je krijgt hoogstens 7.500,00\u{a0}€ kmo-portefeuille per kalenderjaar, dus er blijft 7.500,00\u{a0}€ over."
        );
        assert!(reason_text(&r, Lang::En).contains("€7,500.00"));
        assert!(reason_text(&r, Lang::Fr).contains("7\u{202f}500,00\u{a0}€"));
        let r = r.with("received", crate::Money::from_int(1000));
        assert!(reason_text(&r, Lang::Nl).contains("in 2026 kreeg je al 1.000,00\u{a0}€"));
    }

    #[test]
    fn a_value_read_back_from_json_is_typed_by_its_key() {
        let json = r#"{"code":"kmo.ceiling","outcome":"info","values":{"ceiling":"7500.00","remaining":"7500.00","year":"2026"},"source":"seed-002"}"#;
        let r: Reason = serde_json::from_str(json).unwrap();
        assert!(reason_text(&r, Lang::Nl).contains("7.500,00\u{a0}€"));
    }

    #[test]
    fn numbers_money_percent_and_dates_in_each_language() {
        assert_eq!(format_money("1234.56", Lang::Nl), "1.234,56\u{A0}€");
        assert_eq!(format_money("1234.5", Lang::Fr), "1\u{202F}234,50\u{A0}€");
        assert_eq!(format_money("1234567", Lang::En), "€1,234,567.00");
        assert_eq!(format_money("-20.00", Lang::En), "-€20.00");
        assert_eq!(format_money("-999.00", Lang::Nl), "-999,00\u{A0}€");
        assert_eq!(format_money("300000.00", Lang::Nl), "300.000,00\u{A0}€");
        assert_eq!(format_money("?", Lang::Nl), "?");
        assert_eq!(format_number("18.5", Lang::Nl), "18,5");
        assert_eq!(format_number("1234.5", Lang::En), "1,234.5");
        assert_eq!(format_number("abc", Lang::Fr), "abc");
        assert_eq!(format_percent("30", Lang::Nl), "30\u{A0}%");
        assert_eq!(format_percent("12.5", Lang::En), "12.5%");
        assert_eq!(format_date("2026-11-22", Lang::Nl), "22/11/2026");
        assert_eq!(format_date("2026-11-22", Lang::Fr), "22/11/2026");
        assert_eq!(format_date("2026-02-03", Lang::En), "3 Feb 2026");
        assert_eq!(format_date("2026-02-30", Lang::En), "2026-02-30");
    }

    #[test]
    fn error_messages_name_the_path() {
        let e = InputError::new("plans.trainings[0].cost", ErrorCode::Negative, "-5");
        assert!(error_message(&e, Lang::Nl).contains("plans.trainings[0].cost"));
        assert!(error_message(&e, Lang::Fr).contains("négatif"));
    }

    /// One example of every detail kind.
    fn every_detail() -> Vec<Detail> {
        vec![
            Detail::None,
            Detail::AtMost {
                limit: "1000000000000".into(),
            },
            Detail::Between {
                min: "1".into(),
                max: "10000".into(),
            },
            Detail::YearBetween {
                min: 1800,
                max: 2200,
            },
            Detail::AtMostCharacters { limit: 500 },
            Detail::AtMostEntries { limit: 1000 },
            Detail::TooLarge,
            Detail::CalculationDate {
                date: "2026-11-28".into(),
            },
            Detail::AllowedValues {
                value: "flandres".into(),
                allowed: vec!["flanders".into(), "brussels".into()],
            },
            Detail::KnownFields {
                fields: vec!["legal_form".into(), "nace".into()],
            },
            Detail::JsonSyntax { line: 1, column: 1 },
            Detail::WrongType {
                expected: Expected::Boolean,
                found: JsonKind::String,
            },
            Detail::Number {
                value: "-5.5".into(),
            },
            Detail::Given {
                value: "2026-02-30".into(),
            },
            Detail::Note {
                text: "amount too large".into(),
            },
        ]
    }

    const ENGLISH_WORDS: &[&str] = &[
        "at most",
        "between",
        "too large",
        "known fields",
        "allowed",
        "line",
        "column",
        "expected",
        "found",
        "characters",
        "entries",
        "year",
        "a text",
        " and ",
    ];

    #[test]
    fn every_error_detail_and_code_in_nl_and_fr_has_no_english_words() {
        let expected = [
            Expected::Boolean,
            Expected::Text,
            Expected::WholeNumber,
            Expected::Decimal,
            Expected::Date,
            Expected::Object,
            Expected::List,
            Expected::VersionOne,
        ];
        let found = [
            JsonKind::Null,
            JsonKind::Boolean,
            JsonKind::Number,
            JsonKind::String,
            JsonKind::Array,
            JsonKind::Object,
        ];
        let mut details = every_detail();
        for e in expected {
            for f in found {
                details.push(Detail::WrongType {
                    expected: e,
                    found: f,
                });
            }
        }
        for detail in &details {
            for code in ErrorCode::ALL {
                let err = InputError::new("plans.trainings[0].cost", code, detail.clone());
                for lang in [Lang::Nl, Lang::Fr] {
                    for msg in [err.message(lang), err.field_message(lang)] {
                        let lower = msg.to_lowercase();
                        for w in ENGLISH_WORDS {
                            assert!(!lower.contains(w), "{lang:?} {detail:?}: {msg}");
                        }
                    }
                }
                for lang in Lang::ALL {
                    assert!(err.message(lang).contains("plans.trainings[0].cost"));
                    assert!(!err.field_message(lang).contains("plans."));
                }
            }
            if !matches!(detail, Detail::None | Detail::Note { .. }) {
                let texts = Lang::ALL.map(|l| detail_text(detail, l));
                assert!(texts.iter().all(|t| !t.is_empty()), "{detail:?}");
            }
        }
    }

    #[test]
    fn error_details_use_the_number_format_of_the_language() {
        let at_most = Detail::AtMost {
            limit: "1000000000000".into(),
        };
        assert_eq!(
            detail_text(&at_most, Lang::Nl),
            "hoogstens 1.000.000.000.000"
        );
        assert_eq!(detail_text(&at_most, Lang::En), "at most 1,000,000,000,000");
        assert_eq!(
            detail_text(&at_most, Lang::Fr),
            "au plus 1\u{202f}000\u{202f}000\u{202f}000\u{202f}000"
        );
        let between = Detail::Between {
            min: "1".into(),
            max: "10000".into(),
        };
        assert_eq!(detail_text(&between, Lang::Nl), "tussen 1 en 10.000");
        assert_eq!(detail_text(&between, Lang::Fr), "entre 1 et 10\u{202f}000");
        let years = Detail::YearBetween {
            min: 1800,
            max: 2200,
        };
        assert_eq!(
            detail_text(&years, Lang::Nl),
            "een jaar tussen 1800 en 2200"
        );
        let json = Detail::JsonSyntax { line: 3, column: 7 };
        assert_eq!(detail_text(&json, Lang::Nl), "regel 3, kolom 7");
        let note = Detail::from("amount too large");
        assert_eq!(detail_text(&note, Lang::Nl), "");
        assert_eq!(Detail::from(""), Detail::None);
    }

    #[test]
    fn parsed_input_errors_read_fully_in_the_language() {
        let with =
            |training: &str| format!(r#"{{"version": 1, "plans": {{"trainings": [{training}]}}}}"#);
        let err = crate::parse_scenario(&with(r#"{"cost": 99999999999999}"#)).unwrap_err();
        assert_eq!(
            err.message(Lang::Nl),
            "Waarde buiten het toegelaten bereik (veld plans.trainings[0].cost, opleiding 1): hoogstens 1.000.000.000.000"
        );
        assert_eq!(
            err.field_message(Lang::Nl),
            "Waarde buiten het toegelaten bereik: hoogstens 1.000.000.000.000"
        );
        assert!(err
            .message(Lang::Fr)
            .ends_with("\u{a0}: au plus 1\u{202f}000\u{202f}000\u{202f}000\u{202f}000"));
        assert!(err
            .message(Lang::Fr)
            .contains("(champ plans.trainings[0].cost, formation 1)"));
        assert!(err
            .message(Lang::En)
            .contains("(field plans.trainings[0].cost, training 1)"));
        assert_eq!(
            Catalog::builtin(Lang::Nl)
                .unwrap()
                .list_entry("company.holdings[2].name")
                .unwrap(),
            "deelneming 3"
        );
        assert_eq!(
            Catalog::builtin(Lang::Nl)
                .unwrap()
                .list_entry("company.turnover"),
            None
        );
        let err = crate::parse_scenario(&with(r#"{"participants": 20000}"#)).unwrap_err();
        assert!(
            err.message(Lang::Nl).ends_with(": tussen 1 en 10.000"),
            "{err}"
        );
        let err = crate::parse_scenario(&with(r#"{"participants": 4294967296}"#)).unwrap_err();
        assert!(err.message(Lang::Nl).ends_with(": te groot"), "{err}");
        assert!(
            err.message(Lang::Fr).ends_with("\u{a0}: trop grand"),
            "{err}"
        );
        let err =
            crate::parse_scenario(r#"{"version": 1, "company": {"colour": "red"}}"#).unwrap_err();
        assert_eq!(err.path, "company.colour");
        let nl = err.message(Lang::Nl);
        assert!(nl.contains("bekende velden: legal_form"), "{nl}");
        assert!(!nl.contains("known"), "{nl}");
        let err = crate::parse_scenario("x").unwrap_err();
        assert_eq!(
            err.message(Lang::Nl),
            "Dit is geen geldige JSON: regel 1, kolom 1"
        );
        assert_eq!(
            err.message(Lang::Fr),
            "Ce n'est pas du JSON valide\u{a0}: ligne 1, colonne 1"
        );
        let err =
            crate::parse_scenario(r#"{"version": 1, "company": {"region": "x"}}"#).unwrap_err();
        assert!(err
            .message(Lang::Nl)
            .contains("\"x\"; toegelaten waarden: flanders"));
    }

    #[test]
    fn input_errors_keep_path_code_and_a_machine_readable_detail_in_json() {
        let err = crate::parse_scenario(
            r#"{"version": 1, "plans": {"trainings": [{"cost": 99999999999999}]}}"#,
        )
        .unwrap_err();
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["path"], "plans.trainings[0].cost");
        assert_eq!(json["code"], "out_of_range");
        assert_eq!(json["detail"]["kind"], "at_most");
        assert_eq!(json["detail"]["limit"], "1000000000000");
        let back: InputError = serde_json::from_value(json).unwrap();
        assert_eq!(back, err);
        for detail in every_detail() {
            let e = InputError::new("a", ErrorCode::OutOfRange, detail);
            let back: InputError =
                serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
            assert_eq!(back, e);
        }
    }

    #[test]
    fn codes_names_and_years_in_reasons_stay_as_typed() {
        let nace = Reason::new(
            crate::measures::kmo_portefeuille::reasons::MAIN_ACTIVITY,
            Outcome::Pass,
            "seed-002",
        )
        .with("nace", "62.010");
        assert!(reason_text(&nace, Lang::Nl).contains("(NACE 62.010)"));
        assert!(reason_text(&nace, Lang::Fr).contains("(NACE 62.010)"));
        assert!(reason_text(&nace, Lang::En).contains("(NACE 62.010)"));
        for lang in Lang::ALL {
            assert_eq!(value_text("nace", "62.010", lang), "62.010");
            assert_eq!(value_text("name", "1.5 Holding", lang), "1.5 Holding");
            assert_eq!(value_text("name", "2024", lang), "2024");
            assert_eq!(value_text("name", "crm", lang), "crm");
            assert_eq!(
                value_text("label", "Opleiding 2024", lang),
                "Opleiding 2024"
            );
            assert_eq!(value_text("year", "2026", lang), "2026");
            assert_eq!(
                value_text("field", "plans.trainings[0].cost", lang),
                "plans.trainings[0].cost"
            );
        }
        // Quantities and percentages are numbers in the language's format.
        assert_eq!(value_text("staff", "12500.5", Lang::Nl), "12.500,5");
        assert_eq!(value_text("rate", "12.5", Lang::Fr), "12,5");
        assert_eq!(value_text("share", "30", Lang::En), "30");
        assert_eq!(value_text("cost", "7500.00", Lang::Nl), "7.500,00\u{a0}€");
    }
}
