//! Strict input: the JSON is walked against the format v1 schema before it is turned into a
//! [`Scenario`], so every refusal names its field path (`plans.trainings[0].cost`). Then the
//! typed scenario is checked for plausible values ([`validate`], also run by `evaluate`).

use crate::dates::Date;
use crate::error::{Detail, ErrorCode, Expected, InputError, JsonKind};
use crate::money::{decimal_from_f64, parse_decimal2, DecimalError};
use crate::scenario::Scenario;
use rust_decimal::Decimal;
use serde_json::Value;

/// Largest accepted amount of money (€1,000,000,000,000).
pub const MAX_MONEY: i64 = 1_000_000_000_000;
/// Largest accepted staff count (annual work units).
pub const MAX_STAFF: i64 = 10_000_000;
/// Largest accepted number of participants of one training.
pub const MAX_PARTICIPANTS: u32 = 10_000;
/// Largest accepted number of days of one training.
pub const MAX_DAYS: u32 = 1_000;
/// Largest accepted number of entries in one list.
pub const MAX_LIST: usize = 1_000;
/// Largest accepted text length (characters).
pub const MAX_TEXT: usize = 500;
/// Earliest accepted year in a date.
pub const MIN_YEAR: i32 = 1800;
/// Latest accepted year in a date.
pub const MAX_YEAR: i32 = 2200;

#[derive(Clone, Copy)]
enum Ty {
    Bool,
    Text,
    Count,
    Money,
    Percent,
    Quantity,
    Date,
    Enum(&'static [&'static str]),
    Obj(&'static [(&'static str, Ty)]),
    List(&'static Ty),
}

const LEGAL_FORMS: &[&str] = &[
    "eenmanszaak",
    "bv",
    "nv",
    "cv",
    "vof",
    "commv",
    "vzw",
    "other_company",
    "maatschap",
    "feitelijke_vereniging",
];
const REGIONS: &[&str] = &["flanders", "brussels", "wallonia", "abroad"];
const NIS2: &[&str] = &["essential", "important", "not_in_scope", "unknown"];
const DIRECTIONS: &[&str] = &["upstream", "downstream"];
const THEMES: &[&str] = &[
    "bedrijfsstrategie",
    "beroepsspecifieke_competenties",
    "digitalisering",
    "digitalisering_cybersecurity",
    "duurzaamheid",
    "duurzaamheid_energie_efficientie",
    "financiele_geletterdheid",
    "innovatie",
    "internationalisering",
    "personeelsmanagement",
];
const DIGITAL: &[&str] = &["payment_invoicing", "crm", "e_commerce", "ict_security"];
const CYBER_VERSIONS: &[&str] = &["start", "medium", "plus"];

const YEAR: &[(&str, Ty)] = &[
    ("staff_awu", Ty::Quantity),
    ("turnover", Ty::Money),
    ("balance_sheet_total", Ty::Money),
];
const HOLDING: &[(&str, Ty)] = &[
    ("name", Ty::Text),
    ("direction", Ty::Enum(DIRECTIONS)),
    ("share_pct", Ty::Percent),
    ("staff_awu", Ty::Quantity),
    ("turnover", Ty::Money),
    ("balance_sheet_total", Ty::Money),
    ("control", Ty::Bool),
    ("exempt_investor", Ty::Bool),
];
const GRANT: &[(&str, Ty)] = &[("granted_on", Ty::Date), ("amount", Ty::Money)];
const COMPANY: &[(&str, Ty)] = &[
    ("legal_form", Ty::Enum(LEGAL_FORMS)),
    ("liberal_profession", Ty::Bool),
    ("vzw_corporate_tax", Ty::Bool),
    ("maatwerkbedrijf", Ty::Bool),
    ("region", Ty::Enum(REGIONS)),
    ("founded", Ty::Date),
    ("nace", Ty::Text),
    ("main_activity_acceptable", Ty::Bool),
    ("public_ownership_pct", Ty::Percent),
    ("staff_awu", Ty::Quantity),
    ("turnover", Ty::Money),
    ("balance_sheet_total", Ty::Money),
    ("previous_year", Ty::Obj(YEAR)),
    ("holdings", Ty::List(&Ty::Obj(HOLDING))),
    ("nis2", Ty::Enum(NIS2)),
    ("negative_equity", Ty::Bool),
    ("last_cyber_trajectory", Ty::Date),
    ("de_minimis_received", Ty::List(&Ty::Obj(GRANT))),
    ("kmo_portefeuille_received_this_year", Ty::Money),
];
const TRAINING: &[(&str, Ty)] = &[
    ("label", Ty::Text),
    ("theme", Ty::Enum(THEMES)),
    ("cost", Ty::Money),
    ("participants", Ty::Count),
    ("days", Ty::Count),
    ("catering", Ty::Money),
    ("course_material", Ty::Money),
    ("teacher_travel", Ty::Money),
    ("starts_on", Ty::Date),
];
const ADVICE: &[(&str, Ty)] = &[
    ("label", Ty::Text),
    ("theme", Ty::Enum(THEMES)),
    ("cost", Ty::Money),
    ("starts_on", Ty::Date),
];
const INVESTMENT: &[(&str, Ty)] = &[
    ("label", Ty::Text),
    ("amount", Ty::Money),
    ("digital_category", Ty::Enum(DIGITAL)),
    ("acquired_on", Ty::Date),
];
const CYBER: &[(&str, Ty)] = &[("version", Ty::Enum(CYBER_VERSIONS)), ("cost", Ty::Money)];
const DEV: &[(&str, Ty)] = &[("accepted_costs", Ty::Money), ("collaboration", Ty::Bool)];
const RESEARCH: &[(&str, Ty)] = &[
    ("research_costs", Ty::Money),
    ("development_costs", Ty::Money),
    ("collaboration", Ty::Bool),
];
const STARTER: &[(&str, Ty)] = &[("pioneering", Ty::Bool)];
const PLANS: &[(&str, Ty)] = &[
    ("trainings", Ty::List(&Ty::Obj(TRAINING))),
    ("advice", Ty::List(&Ty::Obj(ADVICE))),
    ("investments", Ty::List(&Ty::Obj(INVESTMENT))),
    ("cyber_trajectory", Ty::Obj(CYBER)),
    ("development_project", Ty::Obj(DEV)),
    ("research_project", Ty::Obj(RESEARCH)),
    ("innovative_starter", Ty::Obj(STARTER)),
];
const ROOT: &[(&str, Ty)] = &[
    ("version", Ty::Count),
    ("date", Ty::Date),
    ("company", Ty::Obj(COMPANY)),
    ("plans", Ty::Obj(PLANS)),
];

/// Where the walk is in the JSON document; turned into text (`plans.trainings[0].cost`)
/// only for an error, so that walking a valid document allocates no paths.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn text(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Key(Path::Root, key) => key.to_string(),
            Path::Key(parent, key) => format!("{}.{key}", parent.text()),
            Path::Index(parent, i) => format!("{}[{i}]", parent.text()),
        }
    }
}

fn json_kind(v: &Value) -> JsonKind {
    match v {
        Value::Null => JsonKind::Null,
        Value::Bool(_) => JsonKind::Boolean,
        Value::Number(_) => JsonKind::Number,
        Value::String(_) => JsonKind::String,
        Value::Array(_) => JsonKind::Array,
        Value::Object(_) => JsonKind::Object,
    }
}

fn wrong(path: &str, expected: Expected, v: &Value) -> InputError {
    InputError::new(
        path,
        ErrorCode::WrongType,
        Detail::WrongType {
            expected,
            found: json_kind(v),
        },
    )
}

/// The number given, as a decimal text.
fn number(value: impl ToString) -> Detail {
    Detail::Number {
        value: value.to_string(),
    }
}

fn decimal_of(path: &Path, v: &Value) -> Result<Decimal, InputError> {
    let res = match v {
        Value::String(s) => parse_decimal2(s),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Ok(Decimal::from(i))
            } else if let Some(u) = n.as_u64() {
                Ok(Decimal::from(u))
            } else {
                decimal_from_f64(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        _ => return Err(wrong(&path.text(), Expected::Decimal, v)),
    };
    res.map_err(|e| match e {
        DecimalError::TooManyDecimals => {
            InputError::new(path.text(), ErrorCode::TooManyDecimals, Detail::None)
        }
        DecimalError::NotANumber => InputError::new(
            path.text(),
            ErrorCode::InvalidNumber,
            Detail::Given {
                value: v.as_str().map_or_else(|| v.to_string(), str::to_string),
            },
        ),
    })
}

fn walk(path: &Path, ty: Ty, v: &Value) -> Result<(), InputError> {
    if v.is_null() {
        // Every optional field may be null (= not answered, or "none" where the format says so).
        return Ok(());
    }
    match ty {
        Ty::Bool => v
            .as_bool()
            .map(|_| ())
            .ok_or_else(|| wrong(&path.text(), Expected::Boolean, v)),
        Ty::Text => match v.as_str() {
            Some(s) if s.chars().count() > MAX_TEXT => Err(InputError::new(
                path.text(),
                ErrorCode::OutOfRange,
                Detail::AtMostCharacters { limit: MAX_TEXT },
            )),
            Some(_) => Ok(()),
            None => Err(wrong(&path.text(), Expected::Text, v)),
        },
        Ty::Count => match v {
            Value::Number(n) if n.as_u64().is_some() => {
                if n.as_u64().is_some_and(|u| u > u64::from(u32::MAX)) {
                    Err(InputError::new(
                        path.text(),
                        ErrorCode::OutOfRange,
                        Detail::TooLarge,
                    ))
                } else {
                    Ok(())
                }
            }
            Value::Number(n) if n.as_i64().is_some() => {
                Err(InputError::new(path.text(), ErrorCode::Negative, number(v)))
            }
            _ => Err(wrong(&path.text(), Expected::WholeNumber, v)),
        },
        Ty::Money | Ty::Percent | Ty::Quantity => {
            let d = decimal_of(path, v)?;
            if d.is_sign_negative() && !d.is_zero() {
                return Err(InputError::new(path.text(), ErrorCode::Negative, number(d)));
            }
            Ok(())
        }
        Ty::Date => match v.as_str() {
            Some(s) => match Date::parse(s) {
                Some(_) => Ok(()),
                None => Err(InputError::new(
                    path.text(),
                    ErrorCode::InvalidDate,
                    Detail::Given { value: s.into() },
                )),
            },
            None => Err(wrong(&path.text(), Expected::Date, v)),
        },
        Ty::Enum(allowed) => match v.as_str() {
            Some(s) if allowed.contains(&s) => Ok(()),
            Some(s) => Err(InputError::new(
                path.text(),
                ErrorCode::InvalidValue,
                Detail::AllowedValues {
                    value: s.into(),
                    allowed: allowed.iter().map(|a| a.to_string()).collect(),
                },
            )),
            None => Err(wrong(&path.text(), Expected::Text, v)),
        },
        Ty::Obj(fields) => {
            let obj = v
                .as_object()
                .ok_or_else(|| wrong(&path.text(), Expected::Object, v))?;
            for (k, child) in obj {
                let p = Path::Key(path, k);
                match fields.iter().find(|(name, _)| name == k) {
                    Some((_, t)) => walk(&p, *t, child)?,
                    None => {
                        return Err(InputError::new(
                            p.text(),
                            ErrorCode::UnknownField,
                            Detail::KnownFields {
                                fields: fields.iter().map(|(n, _)| n.to_string()).collect(),
                            },
                        ));
                    }
                }
            }
            Ok(())
        }
        Ty::List(inner) => {
            let arr = v
                .as_array()
                .ok_or_else(|| wrong(&path.text(), Expected::List, v))?;
            if arr.len() > MAX_LIST {
                return Err(InputError::new(
                    path.text(),
                    ErrorCode::OutOfRange,
                    Detail::AtMostEntries { limit: MAX_LIST },
                ));
            }
            for (i, e) in arr.iter().enumerate() {
                let p = Path::Index(path, i);
                if e.is_null() {
                    return Err(wrong(&p.text(), Expected::Object, e));
                }
                walk(&p, *inner, e)?;
            }
            Ok(())
        }
    }
}

/// Parses and validates a scenario; see [`crate::parse_scenario`].
pub fn parse(json: &str) -> Result<Scenario, InputError> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        InputError::new(
            "",
            ErrorCode::Syntax,
            Detail::JsonSyntax {
                line: e.line(),
                column: e.column(),
            },
        )
    })?;
    parse_value(value)
}

/// Parses and validates a scenario with the same result and the same errors as [`parse`],
/// reading a valid scenario in one pass: the typed scenario straight from the text, then
/// [`validate`]. Anything that pass does not accept (or that it might read differently)
/// goes through [`parse`], which then names the problem exactly as before.
///
/// It costs a second copy of the typed scenario's reader in the binary, so callers that
/// count their bytes (the web app) keep [`parse`].
pub fn parse_one_pass(json: &str) -> Result<Scenario, InputError> {
    if containers_in_place(json.as_bytes()) {
        if let Ok(scenario) = serde_json::from_str::<Scenario>(json) {
            if validate(&scenario).is_ok() {
                return Ok(scenario);
            }
        }
    }
    parse(json)
}

/// What an open container of the JSON text holds, by the input schema.
#[derive(Clone, Copy)]
enum Open {
    /// An object: its fields.
    Fields(&'static [(&'static str, Ty)]),
    /// A list: the type of its elements.
    Items(&'static Ty),
}

/// Whether every object and array of the JSON text stands where the input schema
/// ([`ROOT`]) has one: the root object, an object field's value, a list field's array and
/// its elements. The typed reader alone would also take an array for an object (serde
/// reads structs from sequences) and `{"bv": null}` for an enum value, which [`parse`]
/// refuses; this check sends those to [`parse`]. Not a validation: anything it lets through
/// is still read strictly by the typed reader and [`validate`].
fn containers_in_place(json: &[u8]) -> bool {
    // The schema is four levels deep; deeper text is not format v1.
    const MAX_DEPTH: usize = 8;
    let mut open = [Open::Fields(ROOT); MAX_DEPTH];
    let mut depth: usize = 0;
    let mut seen_root = false;
    // The last string read, and whether a `:` followed it (then it is the pending key).
    let mut last_string: &[u8] = &[];
    let mut key: Option<&[u8]> = None;
    let mut i = 0;
    while i < json.len() {
        let byte = json[i];
        match byte {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < json.len() && json[i] != b'"' {
                    i += if json[i] == b'\\' { 2 } else { 1 };
                }
                last_string = &json[start..i.min(json.len())];
                key = None;
            }
            b':' => key = Some(last_string),
            b'{' | b'[' => {
                let expected = match (depth.checked_sub(1).map(|d| open[d]), key) {
                    (None, None) if !seen_root => Some(Ty::Obj(ROOT)),
                    (Some(Open::Fields(fields)), Some(k)) => fields
                        .iter()
                        .find(|(name, _)| name.as_bytes() == k)
                        .map(|(_, ty)| *ty),
                    (Some(Open::Items(item)), None) => Some(*item),
                    _ => None,
                };
                let container = match (byte, expected) {
                    (b'{', Some(Ty::Obj(fields))) => Open::Fields(fields),
                    (b'[', Some(Ty::List(item))) => Open::Items(item),
                    _ => return false,
                };
                if depth == MAX_DEPTH {
                    return false;
                }
                open[depth] = container;
                depth += 1;
                seen_root = true;
                key = None;
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                key = None;
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => key = None,
        }
        i += 1;
    }
    true
}

/// Validates a parsed JSON value and turns it into a scenario.
pub fn parse_value(value: Value) -> Result<Scenario, InputError> {
    let obj = value
        .as_object()
        .ok_or_else(|| wrong("", Expected::Object, &value))?;
    // The version first: a later format gets "unsupported version", not a field error.
    match obj.get("version") {
        None | Some(Value::Null) => {
            return Err(InputError::new(
                "version",
                ErrorCode::MissingField,
                Detail::None,
            ))
        }
        Some(Value::Number(n)) if n.as_u64() == Some(1) => {}
        Some(Value::Number(n)) if n.as_u64().is_some() || n.as_f64().is_some() => {
            return Err(InputError::new(
                "version",
                ErrorCode::UnsupportedVersion,
                Detail::Given {
                    value: n.to_string(),
                },
            ))
        }
        Some(v) => return Err(wrong("version", Expected::VersionOne, v)),
    }
    walk(&Path::Root, Ty::Obj(ROOT), &value)?;
    let scenario: Scenario = serde_json::from_value(value)
        .map_err(|e| InputError::new("", ErrorCode::InvalidValue, e.to_string()))?;
    validate(&scenario)?;
    Ok(scenario)
}

/// Where a checked value sits. Its path text is built only when a check fails, so that
/// checking a valid scenario allocates nothing.
#[derive(Clone, Copy)]
struct At<'a> {
    list: &'a str,
    index: Option<usize>,
    field: &'a str,
}

impl<'a> At<'a> {
    /// A field outside lists, by its full path (`company.turnover`).
    fn field(path: &'a str) -> At<'a> {
        At {
            list: "",
            index: None,
            field: path,
        }
    }
    /// A field of entry `index` of a list (`plans.trainings[3].cost`).
    fn item(list: &'a str, index: usize, field: &'a str) -> At<'a> {
        At {
            list,
            index: Some(index),
            field,
        }
    }
    fn path(self) -> String {
        match self.index {
            None => self.field.to_string(),
            Some(i) => format!("{}[{i}].{}", self.list, self.field),
        }
    }
}

struct Checker {
    err: Option<InputError>,
}

impl Checker {
    fn fail(&mut self, at: At, code: ErrorCode, detail: Detail) {
        if self.err.is_none() {
            self.err = Some(InputError::new(at.path(), code, detail));
        }
    }
    fn decimal(&mut self, at: At, d: Option<Decimal>, max: Decimal) {
        let Some(d) = d else { return };
        if d.is_sign_negative() && !d.is_zero() {
            self.fail(at, ErrorCode::Negative, number(d));
        } else if d > max {
            self.fail(
                at,
                ErrorCode::OutOfRange,
                Detail::AtMost {
                    limit: max.to_string(),
                },
            );
        } else if d.normalize().scale() > 2 {
            self.fail(at, ErrorCode::TooManyDecimals, Detail::None);
        }
    }
    fn money(&mut self, at: At, m: Option<crate::money::Money>) {
        self.decimal(at, m.map(|m| m.0), Decimal::from(MAX_MONEY));
    }
    fn pct(&mut self, at: At, p: Option<crate::money::Percent>) {
        self.decimal(at, p.map(|p| p.0), Decimal::ONE_HUNDRED);
    }
    fn staff(&mut self, at: At, q: Option<crate::money::Quantity>) {
        self.decimal(at, q.map(|q| q.0), Decimal::from(MAX_STAFF));
    }
    fn count(&mut self, at: At, n: Option<u32>, max: u32) {
        if n.is_some_and(|v| v == 0 || v > max) {
            self.fail(
                at,
                ErrorCode::OutOfRange,
                Detail::Between {
                    min: "1".into(),
                    max: max.to_string(),
                },
            );
        }
    }
    fn date(&mut self, at: At, d: Option<Date>) {
        if d.is_some_and(|d| d.year() < MIN_YEAR || d.year() > MAX_YEAR) {
            self.fail(
                at,
                ErrorCode::OutOfRange,
                Detail::YearBetween {
                    min: MIN_YEAR,
                    max: MAX_YEAR,
                },
            );
        }
    }
    /// A date that must not lie after `limit`, the date of the calculation.
    fn not_after(&mut self, at: At, d: Option<Date>, limit: Date) {
        if d.is_some_and(|d| d > limit) {
            self.fail(
                at,
                ErrorCode::AfterDate,
                Detail::CalculationDate {
                    date: limit.to_string(),
                },
            );
        }
    }
    fn text(&mut self, at: At, t: Option<&String>) {
        // Bytes bound characters from above: count characters only for long texts.
        if t.is_some_and(|t| t.len() > MAX_TEXT && t.chars().count() > MAX_TEXT) {
            self.fail(
                at,
                ErrorCode::OutOfRange,
                Detail::AtMostCharacters { limit: MAX_TEXT },
            );
        }
    }
    fn list<T>(&mut self, at: At, l: Option<&Vec<T>>) {
        if l.is_some_and(|l| l.len() > MAX_LIST) {
            self.fail(
                at,
                ErrorCode::OutOfRange,
                Detail::AtMostEntries { limit: MAX_LIST },
            );
        }
    }
}

/// Checks a typed scenario for a supported version and plausible values (the first problem
/// is returned with its path). Run by [`crate::evaluate`] too.
pub fn validate(s: &Scenario) -> Result<(), InputError> {
    if s.version != 1 {
        return Err(InputError::new(
            "version",
            ErrorCode::UnsupportedVersion,
            Detail::Given {
                value: s.version.to_string(),
            },
        ));
    }
    let mut ck = Checker { err: None };
    let f = At::field;
    ck.date(f("date"), s.date);
    let c = &s.company;
    ck.date(f("company.founded"), c.founded);
    ck.text(f("company.nace"), c.nace.as_ref());
    ck.pct(f("company.public_ownership_pct"), c.public_ownership_pct);
    ck.staff(f("company.staff_awu"), c.staff_awu);
    ck.money(f("company.turnover"), c.turnover);
    ck.money(f("company.balance_sheet_total"), c.balance_sheet_total);
    if let Some(p) = &c.previous_year {
        ck.staff(f("company.previous_year.staff_awu"), p.staff_awu);
        ck.money(f("company.previous_year.turnover"), p.turnover);
        ck.money(
            f("company.previous_year.balance_sheet_total"),
            p.balance_sheet_total,
        );
    }
    ck.list(f("company.holdings"), c.holdings.as_ref());
    for (i, h) in c.holdings.iter().flatten().enumerate() {
        let at = |field| At::item("company.holdings", i, field);
        ck.text(at("name"), h.name.as_ref());
        ck.pct(at("share_pct"), h.share_pct);
        ck.staff(at("staff_awu"), h.staff_awu);
        ck.money(at("turnover"), h.turnover);
        ck.money(at("balance_sheet_total"), h.balance_sheet_total);
    }
    if let Some(Some(d)) = c.last_cyber_trajectory {
        ck.date(f("company.last_cyber_trajectory"), Some(d));
    }
    ck.list(
        f("company.de_minimis_received"),
        c.de_minimis_received.as_ref(),
    );
    for (i, g) in c.de_minimis_received.iter().flatten().enumerate() {
        let at = |field| At::item("company.de_minimis_received", i, field);
        ck.date(at("granted_on"), g.granted_on);
        ck.money(at("amount"), g.amount);
    }
    if let Some(date) = s.date {
        dates_not_after(&mut ck, s, date);
    }
    ck.money(
        f("company.kmo_portefeuille_received_this_year"),
        c.kmo_portefeuille_received_this_year,
    );
    let p = &s.plans;
    ck.list(f("plans.trainings"), p.trainings.as_ref());
    for (i, t) in p.trainings.iter().flatten().enumerate() {
        let at = |field| At::item("plans.trainings", i, field);
        ck.text(at("label"), t.label.as_ref());
        ck.money(at("cost"), t.cost);
        ck.count(at("participants"), t.participants, MAX_PARTICIPANTS);
        ck.count(at("days"), t.days, MAX_DAYS);
        ck.money(at("catering"), t.catering);
        ck.money(at("course_material"), t.course_material);
        ck.money(at("teacher_travel"), t.teacher_travel);
        ck.date(at("starts_on"), t.starts_on);
    }
    ck.list(f("plans.advice"), p.advice.as_ref());
    for (i, a) in p.advice.iter().flatten().enumerate() {
        let at = |field| At::item("plans.advice", i, field);
        ck.text(at("label"), a.label.as_ref());
        ck.money(at("cost"), a.cost);
        ck.date(at("starts_on"), a.starts_on);
    }
    ck.list(f("plans.investments"), p.investments.as_ref());
    for (i, inv) in p.investments.iter().flatten().enumerate() {
        let at = |field| At::item("plans.investments", i, field);
        ck.text(at("label"), inv.label.as_ref());
        ck.money(at("amount"), inv.amount);
        ck.date(at("acquired_on"), inv.acquired_on);
    }
    if let Some(t) = &p.cyber_trajectory {
        ck.money(f("plans.cyber_trajectory.cost"), t.cost);
    }
    if let Some(d) = &p.development_project {
        ck.money(
            f("plans.development_project.accepted_costs"),
            d.accepted_costs,
        );
    }
    if let Some(r) = &p.research_project {
        ck.money(f("plans.research_project.research_costs"), r.research_costs);
        ck.money(
            f("plans.research_project.development_costs"),
            r.development_costs,
        );
    }
    match ck.err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The dates that must not lie after the date of the calculation (rulings of 2026-11-28:
/// the founding date, and de-minimis grants, ruling 10).
fn dates_not_after(ck: &mut Checker, s: &Scenario, date: Date) {
    let c = &s.company;
    ck.not_after(At::field("company.founded"), c.founded, date);
    for (i, g) in c.de_minimis_received.iter().flatten().enumerate() {
        ck.not_after(
            At::item("company.de_minimis_received", i, "granted_on"),
            g.granted_on,
            date,
        );
    }
}

/// Checks the dates that must not lie after `date`, the date the calculation is for (the
/// scenario's `date`, or today when it has none). Run by [`crate::evaluate`].
pub fn validate_dates(s: &Scenario, date: Date) -> Result<(), InputError> {
    let mut ck = Checker { err: None };
    dates_not_after(&mut ck, s, date);
    match ck.err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{
        CyberVersion, DigitalCategory, Direction, LegalForm, Nis2, Region, Theme,
    };

    /// The one-pass reader gives exactly what [`parse`] gives: the same scenario or the
    /// same error (path, code, detail).
    fn same(json: &str) {
        assert_eq!(parse_one_pass(json), parse(json), "for {json}");
    }

    #[test]
    fn one_pass_reads_every_golden_scenario_as_parse_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/scenarios");
        let mut read = 0;
        for entry in std::fs::read_dir(dir).expect("golden scenarios") {
            let path = entry.expect("entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".json") && !name.ends_with(".expected.json") {
                let json = std::fs::read_to_string(&path).expect("scenario text");
                same(&json);
                // A valid scenario takes the one pass (not the fallback).
                if parse(&json).is_ok() {
                    assert!(containers_in_place(json.as_bytes()), "{name}");
                    assert!(serde_json::from_str::<Scenario>(&json).is_ok(), "{name}");
                }
                read += 1;
            }
        }
        assert!(read > 50, "only {read} golden scenarios found");
    }

    #[test]
    fn one_pass_refuses_what_parse_refuses() {
        let company = |body: &str| format!(r#"{{"version": 1, "company": {{{body}}}}}"#);
        let training =
            |body: &str| format!(r#"{{"version": 1, "plans": {{"trainings": [{{{body}}}]}}}}"#);
        for json in [
            "",
            "x",
            "[1]",
            "[1, null, null, null]",
            "null",
            r#"{"version": 2}"#,
            r#"{"version": 1.0}"#,
            r#"{"version": "1"}"#,
            r#"{}"#,
            r#"{"version": 1} {}"#,
            r#"{"version": 1, "version": 1}"#,
            r#"{"version": 1, "company": [null, "bv"]}"#,
            r#"{"version": 1, "company": null}"#,
            r#"{"version": 1, "plans": {"trainings": {"cost": "1"}}}"#,
            r#"{"version": 1, "plans": {"trainings": [null]}}"#,
            r#"{"version": 1, "plans": {"trainings": [[]]}}"#,
            r#"{"version": 1, "plans": {"trainings": [{}], "advice": [{"cost": "-1"}]}}"#,
            r#"{"version": 1, "plans": {"cyber_trajectory": {"version": {"plus": null}}}}"#,
            &company(r#""legal_form": {"bv": null}"#),
            &company(r#""legal_form": "BV""#),
            &company(r#""region": "flanders", "region": "brussels""#),
            &company(r#""turnover": "-5""#),
            &company(r#""turnover": -5"#),
            &company(r#""turnover": "1.005""#),
            &company(r#""turnover": 1e400"#),
            &company(r#""turnover": 1e20"#),
            &company(r#""public_ownership_pct": "101""#),
            &company(r#""founded": "2023-02-30""#),
            &company(r#""founded": "1700-01-01""#),
            &company(r#""nace": 62010"#),
            &company(&format!(r#""nace": "{}""#, "é".repeat(501))),
            &company(r#""holdings": [{"share_pct": "30", "colour": 1}]"#),
            &company(r#""previous_year": {"staff_awu": "-1"}"#),
            &company(r#""last_cyber_trajectory": null"#),
            &company(r#""com\u0070any": {}"#),
            &training(r#""participants": 3.0"#),
            &training(r#""participants": -3"#),
            &training(r#""participants": 0"#),
            &training(r#""days": 4294967296"#),
            &training(r#""theme": "digitalisering", "label": "[{\"a\": 1}]""#),
            &training(r#""cost": "2400", "starts_on": "2026-01-01""#),
        ] {
            same(json);
        }
    }

    /// Every value of the engine's enums is one the walk accepts, so that the typed reader
    /// takes no value [`parse`] refuses.
    #[test]
    fn walk_lists_name_every_enum_value() {
        fn names<T: serde::Serialize>(all: &[T]) -> Vec<String> {
            all.iter()
                .map(|v| {
                    serde_json::to_value(v)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect()
        }
        let lists: [(&[&str], Vec<String>); 7] = [
            (LEGAL_FORMS, names(&LegalForm::ALL)),
            (REGIONS, names(&Region::ALL)),
            (NIS2, names(&Nis2::ALL)),
            (DIRECTIONS, names(&Direction::ALL)),
            (THEMES, names(&Theme::ALL)),
            (DIGITAL, names(&DigitalCategory::ALL)),
            (CYBER_VERSIONS, names(&CyberVersion::ALL)),
        ];
        for (walk, engine) in lists {
            let mut walk: Vec<&str> = walk.to_vec();
            let mut engine: Vec<&str> = engine.iter().map(String::as_str).collect();
            walk.sort_unstable();
            engine.sort_unstable();
            assert_eq!(walk, engine);
        }
    }
}
