//! Scenario state of the form: the raw text of every field keyed by its scenario path
//! (what the user typed is never discarded), the conversion to scenario JSON (only valid
//! values go in), the conversion back (URL fragment, upload, storage), and the URL
//! fragment codec `#s=<base64url of compact JSON>&lang=nl&p=rules`.
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::i18n::Lang;

/// What a field holds, which decides how its raw text is checked and written to JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Euro amount: non-negative decimal, at most 2 decimals; written as a string.
    Money,
    /// Non-negative decimal with at most 2 decimals (staff in AWU); written as a string.
    Decimal,
    /// Percentage 0..=100, at most 2 decimals; written as a string.
    Percent,
    /// Whole non-negative number; written as a JSON number.
    Integer,
    /// ISO date YYYY-MM-DD.
    Date,
    /// "true" / "false"; empty means unanswered.
    Bool,
    /// One of a fixed list of codes, or free text; written as a string.
    Text,
}

/// The kind of a field, from the last named segment of its scenario path.
pub fn kind_of(path: &str) -> Kind {
    let name = path
        .rsplit('.')
        .find(|s| s.parse::<usize>().is_err())
        .unwrap_or(path);
    match name {
        "cost"
        | "catering"
        | "course_material"
        | "teacher_travel"
        | "amount"
        | "accepted_costs"
        | "research_costs"
        | "development_costs"
        | "turnover"
        | "balance_sheet_total"
        | "kmo_portefeuille_received_this_year" => Kind::Money,
        "staff_awu" => Kind::Decimal,
        "public_ownership_pct" | "share_pct" => Kind::Percent,
        "participants" | "days" => Kind::Integer,
        "date"
        | "founded"
        | "granted_on"
        | "acquired_on"
        | "starts_on"
        | "last_cyber_trajectory" => Kind::Date,
        "liberal_profession"
        | "vzw_corporate_tax"
        | "maatwerkbedrijf"
        | "negative_equity"
        | "control"
        | "exempt_investor"
        | "collaboration"
        | "pioneering"
        | "main_activity_acceptable" => Kind::Bool,
        _ => Kind::Text,
    }
}

/// Why the raw text of a field cannot go into the scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// Letters or other characters that are not a number.
    NotANumber,
    /// A negative number where only zero or more makes sense.
    Negative,
    /// A count (staff, participants, days) that is not a number.
    NotACount,
    /// A negative count.
    NegativeCount,
    /// More than two decimals.
    TooManyDecimals,
    /// A fraction where a whole number is needed.
    NotWhole,
    /// A percentage above 100.
    AbovePercent,
    /// Not a valid date.
    BadDate,
    /// The engine refused the value; the text is already in the user's language.
    Engine(String),
}

/// Parses the raw text of a decimal field as typed in a language (see
/// [`crate::format::read_number`]); returns the canonical decimal string ("1234.56").
/// `None` reads canonical text (scenario files: "1234.5").
pub fn parse_decimal(raw: &str, lang: Option<Lang>) -> Result<String, FieldError> {
    crate::format::read_number(raw, lang.unwrap_or(Lang::En))
}

fn valid_iso_date(raw: &str) -> bool {
    let b = raw.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(&raw[0..4]), num(&raw[5..7]), num(&raw[8..10])) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && y >= 1900
}

/// Whether a plain decimal ("100.5", "-3", "007") is above 100, without float parsing
/// (which would link a float parser into the wasm).
fn above_hundred(decimal: &str) -> bool {
    if decimal.starts_with('-') {
        return false;
    }
    let (int_part, frac) = decimal.split_once('.').unwrap_or((decimal, ""));
    let int_part = int_part.trim_start_matches('0');
    match int_part.len() {
        0..=2 => false,
        3 => int_part > "100" || (int_part == "100" && frac.bytes().any(|b| b != b'0')),
        _ => true,
    }
}

/// Checks the raw text of a field and turns it into its JSON value; `Ok(None)` when empty.
pub fn field_value(kind: Kind, raw: &str, lang: Option<Lang>) -> Result<Option<Value>, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    // Counts (staff, participants, days) get their own wording.
    let count_error = |e: FieldError| match e {
        FieldError::NotANumber => FieldError::NotACount,
        FieldError::Negative => FieldError::NegativeCount,
        other => other,
    };
    match kind {
        Kind::Money => parse_decimal(raw, lang).map(|s| Some(Value::String(s))),
        Kind::Decimal => parse_decimal(raw, lang)
            .map(|s| Some(Value::String(s)))
            .map_err(count_error),
        Kind::Percent => {
            let s = parse_decimal(raw, lang)?;
            if above_hundred(&s) {
                return Err(FieldError::AbovePercent);
            }
            Ok(Some(Value::String(s)))
        }
        Kind::Integer => {
            let s = parse_decimal(raw, lang).map_err(|e| match e {
                FieldError::TooManyDecimals => FieldError::NotWhole,
                other => count_error(other),
            })?;
            if s.contains('.') {
                return Err(FieldError::NotWhole);
            }
            s.parse::<u64>()
                .map(|n| Some(Value::from(n)))
                .map_err(|_| FieldError::NotANumber)
        }
        Kind::Date => {
            if valid_iso_date(raw) {
                Ok(Some(Value::String(raw.to_string())))
            } else {
                Err(FieldError::BadDate)
            }
        }
        Kind::Bool => match raw {
            "true" => Ok(Some(Value::Bool(true))),
            "false" => Ok(Some(Value::Bool(false))),
            _ => Ok(None),
        },
        Kind::Text => Ok(Some(Value::String(raw.to_string()))),
    }
}

/// What the user wants to do; decides which plan sections are shown and sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Intents {
    pub training: bool,
    pub advice: bool,
    pub investment: bool,
    pub cyber: bool,
    /// Research or development: shows the two choices below.
    pub rd: bool,
    pub development: bool,
    pub research: bool,
    pub starter: bool,
}

/// A plan the visitor can open from a measure that needs it ("fill in your plan").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanChoice {
    Training,
    Advice,
    Investment,
    Cyber,
    Development,
    Research,
    Starter,
}

impl PlanChoice {
    /// Short code, for test ids.
    pub fn code(self) -> &'static str {
        match self {
            PlanChoice::Training => "training",
            PlanChoice::Advice => "advice",
            PlanChoice::Investment => "investment",
            PlanChoice::Cyber => "cyber",
            PlanChoice::Development => "development",
            PlanChoice::Research => "research",
            PlanChoice::Starter => "starter",
        }
    }

    /// The first question of the plan (field name), to move the focus to.
    pub fn first_field(self) -> &'static str {
        match self {
            PlanChoice::Training => "plans.trainings.0.cost",
            PlanChoice::Advice => "plans.advice.0.cost",
            PlanChoice::Investment => "plans.investments.0.amount",
            PlanChoice::Cyber => "plans.cyber_trajectory.version",
            PlanChoice::Development => "plans.development_project.accepted_costs",
            PlanChoice::Research => "plans.research_project.research_costs",
            PlanChoice::Starter => "plans.innovative_starter.pioneering",
        }
    }
}

/// The plan lists (with add/remove) of the form.
pub const TRAININGS: &str = "plans.trainings";
pub const ADVICE: &str = "plans.advice";
pub const INVESTMENTS: &str = "plans.investments";
pub const HOLDINGS: &str = "company.holdings";
pub const DE_MINIMIS: &str = "company.de_minimis_received";
/// The single-object plans.
pub const CYBER: &str = "plans.cyber_trajectory";
pub const DEVELOPMENT: &str = "plans.development_project";
pub const RESEARCH: &str = "plans.research_project";
pub const STARTER: &str = "plans.innovative_starter";

/// The date of the last subsidised cyber trajectory (JSON `null` = never).
pub const LAST_CYBER: &str = "company.last_cyber_trajectory";
/// UI-only answer to "had a trajectory?": "", "no" (never) or "yes" (then a date).
pub const LAST_CYBER_ANSWER: &str = "ui.last_cyber";

/// UI-only yes/no answers that gate a company list: "false" writes an empty list (the
/// question is answered), "true" shows and sends the list, "" leaves it unanswered.
pub const LIST_GATES: [(&str, &str); 2] = [
    ("ui.has_holdings", HOLDINGS),
    ("ui.has_de_minimis", DE_MINIMIS),
];

/// Turns an engine error path (`plans.trainings[0].cost`) into a field name
/// (`plans.trainings.0.cost`).
pub fn field_name(engine_path: &str) -> String {
    engine_path.replace('[', ".").replace(']', "")
}

/// The whole form: raw text per scenario path, list lengths and intents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    /// Raw text as typed, by scenario path ("company.turnover", "plans.trainings.0.cost").
    pub fields: BTreeMap<String, String>,
    /// Number of items of each list path ("plans.trainings" -> 2).
    pub lists: BTreeMap<String, usize>,
    /// Which plan sections are on.
    pub intents: Intents,
    /// The language whose number habits the raw text follows; `None` for text straight
    /// from a scenario file ("1234.5"), until [`Form::localize`] rewrites it.
    pub lang: Option<Lang>,
}

impl Form {
    /// A new scenario with sensible defaults: region flanders, legal form bv, date today.
    pub fn with_defaults(today: &str) -> Self {
        let mut form = Form::default();
        for (path, value) in [
            ("date", today),
            ("company.region", "flanders"),
            ("company.legal_form", "bv"),
            ("company.liberal_profession", "false"),
            ("company.vzw_corporate_tax", "false"),
            ("company.maatwerkbedrijf", "false"),
        ] {
            form.fields.insert(path.to_string(), value.to_string());
        }
        form
    }

    /// The raw text of a field ("" when never typed).
    pub fn get(&self, path: &str) -> String {
        self.fields.get(path).cloned().unwrap_or_default()
    }

    /// Stores the raw text of a field.
    pub fn set(&mut self, path: &str, raw: String) {
        self.fields.insert(path.to_string(), raw);
    }

    /// Stores what the user answered in a field. Answering "yes" to a question that
    /// gates a list (holdings, de-minimis aid) adds a first empty item to an empty list,
    /// so the user sees what to fill in (like ticking an intent).
    pub fn answer(&mut self, path: &str, raw: String) {
        let opens = raw == "true";
        self.set(path, raw);
        if let Some((_, list)) = LIST_GATES.iter().find(|(gate, _)| *gate == path) {
            if opens && self.len(list) == 0 {
                self.add_item(list);
            }
        }
    }

    /// Switches a plan on (as ticking its intent does), with a first empty item.
    pub fn open_plan(&mut self, plan: PlanChoice) {
        let i = &mut self.intents;
        let list = match plan {
            PlanChoice::Training => {
                i.training = true;
                Some(TRAININGS)
            }
            PlanChoice::Advice => {
                i.advice = true;
                Some(ADVICE)
            }
            PlanChoice::Investment => {
                i.investment = true;
                Some(INVESTMENTS)
            }
            PlanChoice::Cyber => {
                i.cyber = true;
                None
            }
            PlanChoice::Development => {
                i.rd = true;
                i.development = true;
                None
            }
            PlanChoice::Research => {
                i.rd = true;
                i.research = true;
                None
            }
            PlanChoice::Starter => {
                i.starter = true;
                None
            }
        };
        if let Some(list) = list {
            if self.len(list) == 0 {
                self.add_item(list);
            }
        }
    }

    /// Number of items in a list.
    pub fn len(&self, list: &str) -> usize {
        self.lists.get(list).copied().unwrap_or(0)
    }

    /// Appends an item to a list with its default answers; returns its index.
    pub fn add_item(&mut self, list: &str) -> usize {
        let index = self.len(list);
        self.lists.insert(list.to_string(), index + 1);
        let defaults: &[(&str, &str)] = match list {
            TRAININGS => &[("participants", "1"), ("days", "1")],
            HOLDINGS => &[
                ("direction", "upstream"),
                ("control", "false"),
                ("exempt_investor", "false"),
            ],
            _ => &[],
        };
        for (name, value) in defaults {
            self.set(&format!("{list}.{index}.{name}"), value.to_string());
        }
        index
    }

    /// Removes item `index` of a list; later items move up one place.
    pub fn remove_item(&mut self, list: &str, index: usize) {
        let len = self.len(list);
        if index >= len {
            return;
        }
        let prefix = format!("{list}.");
        let old = std::mem::take(&mut self.fields);
        for (path, raw) in old {
            let Some(rest) = path.strip_prefix(&prefix) else {
                self.fields.insert(path, raw);
                continue;
            };
            let (idx, tail) = rest.split_once('.').unwrap_or((rest, ""));
            match idx.parse::<usize>() {
                Ok(i) if i == index => {}
                Ok(i) if i > index => {
                    self.fields.insert(format!("{list}.{}.{tail}", i - 1), raw);
                }
                _ => {
                    self.fields.insert(path, raw);
                }
            }
        }
        self.lists.insert(list.to_string(), len - 1);
    }

    /// Whether a field path belongs to a plan section that is switched off.
    fn hidden(&self, path: &str) -> bool {
        let i = &self.intents;
        let off = |prefix: &str, on: bool| !on && path.starts_with(prefix);
        off(TRAININGS, i.training)
            || off(ADVICE, i.advice)
            || off(INVESTMENTS, i.investment)
            || off(CYBER, i.cyber)
            || off(DEVELOPMENT, i.rd && i.development)
            || off(RESEARCH, i.rd && i.research)
            || off(STARTER, i.starter)
            || LIST_GATES
                .iter()
                .any(|(gate, list)| path.starts_with(list) && self.get(gate) != "true")
    }

    /// Builds the scenario JSON (format v1) from the valid fields, and the error of
    /// every field whose text cannot go in.
    pub fn to_scenario(&self) -> (Value, BTreeMap<String, FieldError>) {
        let mut root = serde_json::json!({ "version": 1, "company": {}, "plans": {} });
        let mut errors = BTreeMap::new();
        for (list, len) in &self.lists {
            if *len > 0 && !self.hidden(list) {
                let items = vec![Value::Object(Map::new()); *len];
                set_path(&mut root, list, Value::Array(items));
            }
        }
        for (on, path) in [
            (self.intents.cyber, CYBER),
            (self.intents.rd && self.intents.development, DEVELOPMENT),
            (self.intents.rd && self.intents.research, RESEARCH),
            (self.intents.starter, STARTER),
        ] {
            if on {
                set_path(&mut root, path, Value::Object(Map::new()));
            }
        }
        for (path, raw) in &self.fields {
            if self.hidden(path) || path.starts_with("ui.") || path == LAST_CYBER {
                continue;
            }
            match field_value(kind_of(path), raw, self.lang) {
                Ok(Some(value)) => set_path(&mut root, path, value),
                Ok(None) => {}
                Err(e) => {
                    errors.insert(path.clone(), e);
                }
            }
        }
        for (gate, list) in LIST_GATES {
            if self.get(gate) == "false" {
                set_path(&mut root, list, Value::Array(Vec::new()));
            }
        }
        match self.get(LAST_CYBER_ANSWER).as_str() {
            "no" => set_path(&mut root, LAST_CYBER, Value::Null),
            "yes" => match field_value(Kind::Date, &self.get(LAST_CYBER), None) {
                Ok(Some(value)) => set_path(&mut root, LAST_CYBER, value),
                Ok(None) => {}
                Err(e) => {
                    errors.insert(LAST_CYBER.to_string(), e);
                }
            },
            _ => {}
        }
        (root, errors)
    }

    /// Rewrites the numbers in the habits of another language ("3200.5" → nl "3.200,5"),
    /// so that they read the same after a language switch or an upload. Text that does
    /// not read as a number stays as typed.
    pub fn localize(&mut self, lang: Lang) {
        if self.lang == Some(lang) {
            return;
        }
        let from = self.lang;
        for (path, raw) in self.fields.iter_mut() {
            let kind = kind_of(path);
            if !matches!(
                kind,
                Kind::Money | Kind::Decimal | Kind::Percent | Kind::Integer
            ) || raw.trim().is_empty()
            {
                continue;
            }
            if let Ok(canonical) = parse_decimal(raw, from) {
                *raw = crate::format::number(&canonical, lang);
            }
        }
        self.lang = Some(lang);
    }

    /// Rebuilds a form from scenario JSON (an already validated scenario).
    pub fn from_scenario(scenario: &Value) -> Self {
        let mut form = Form::default();
        if let Value::Object(map) = scenario {
            for (key, value) in map {
                if key != "version" {
                    form.absorb(key, value);
                }
            }
        }
        match scenario.pointer("/company/last_cyber_trajectory") {
            Some(Value::Null) => form.set(LAST_CYBER_ANSWER, "no".into()),
            Some(_) => form.set(LAST_CYBER_ANSWER, "yes".into()),
            None => {}
        }
        for (gate, list) in LIST_GATES {
            let answer = match scenario.pointer(&format!("/{}", list.replace('.', "/"))) {
                Some(Value::Array(items)) if items.is_empty() => "false",
                Some(Value::Array(_)) => "true",
                _ => continue,
            };
            form.set(gate, answer.to_string());
        }
        let present = |path: &str| {
            path.split('.')
                .try_fold(scenario, |v, key| v.get(key))
                .is_some_and(|v| !v.is_null())
        };
        form.intents = Intents {
            training: form.len(TRAININGS) > 0,
            advice: form.len(ADVICE) > 0,
            investment: form.len(INVESTMENTS) > 0,
            cyber: present(CYBER),
            rd: present(DEVELOPMENT) || present(RESEARCH),
            development: present(DEVELOPMENT),
            research: present(RESEARCH),
            starter: present(STARTER),
        };
        form
    }

    fn absorb(&mut self, path: &str, value: &Value) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    self.absorb(&format!("{path}.{key}"), v);
                }
            }
            Value::Array(items) => {
                self.lists.insert(path.to_string(), items.len());
                for (i, v) in items.iter().enumerate() {
                    self.absorb(&format!("{path}.{i}"), v);
                }
            }
            Value::String(s) => self.set(path, s.clone()),
            Value::Number(n) => self.set(path, n.to_string()),
            Value::Bool(b) => self.set(path, b.to_string()),
            Value::Null => {}
        }
    }
}

/// Sets `value` at a dotted path, creating objects on the way; numeric segments index
/// into arrays that already exist (out of range: ignored).
pub fn set_path(root: &mut Value, path: &str, value: Value) {
    let mut current = root;
    let segments: Vec<&str> = path.split('.').collect();
    for (n, segment) in segments.iter().enumerate() {
        let last = n + 1 == segments.len();
        current = match current {
            Value::Array(items) => {
                match segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    Some(item) => item,
                    None => return,
                }
            }
            Value::Object(map) => {
                if last {
                    map.insert(segment.to_string(), value);
                    return;
                }
                let entry = map
                    .entry(segment.to_string())
                    .or_insert_with(|| Value::Object(Map::new()));
                if entry.is_null() {
                    *entry = Value::Object(Map::new());
                }
                entry
            }
            _ => return,
        };
        if last {
            *current = value;
            return;
        }
    }
}

/// Removes the value at a dotted path (used to drop a value the engine refused).
pub fn remove_path(root: &mut Value, path: &str) -> bool {
    let Some((parent, key)) = path.rsplit_once('.') else {
        return root.as_object_mut().and_then(|m| m.remove(path)).is_some();
    };
    let mut current = root;
    for segment in parent.split('.') {
        current = match current {
            Value::Array(items) => {
                match segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    Some(item) => item,
                    None => return false,
                }
            }
            Value::Object(map) => match map.get_mut(segment) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match current {
        Value::Object(map) => map.remove(key).is_some(),
        Value::Array(items) => match key.parse::<usize>() {
            Ok(i) if i < items.len() => {
                items[i] = Value::Object(Map::new());
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// Which page of the app is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Calculator,
    Rules,
    Print,
}

impl Page {
    /// Code of the page in the URL fragment (`p=`), `None` for the calculator.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Page::Calculator => None,
            Page::Rules => Some("rules"),
            Page::Print => Some("print"),
        }
    }
}

/// What a URL fragment holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fragment {
    /// The scenario JSON text, when `s=` was present and decodable as UTF-8.
    pub scenario: Option<String>,
    /// True when `s=` was present but could not be decoded.
    pub broken: bool,
    pub lang: Option<Lang>,
    pub page: Page,
}

/// Builds the fragment (without '#') for a scenario, a language and a page.
pub fn encode_fragment(scenario_json: &str, lang: Lang, page: Page) -> String {
    let mut out = format!(
        "s={}&lang={}",
        base64url_encode(scenario_json.as_bytes()),
        lang.code()
    );
    if let Some(p) = page.code() {
        out.push_str("&p=");
        out.push_str(p);
    }
    out
}

/// Reads a fragment ("#s=...&lang=en", "#/rules"); never fails: a broken `s=` only
/// sets `broken`.
pub fn decode_fragment(fragment: &str) -> Fragment {
    let body = fragment.trim_start_matches('#');
    let mut out = Fragment::default();
    let body = match body.strip_prefix('/') {
        Some(rest) => {
            let (route, tail) = rest.split_once(['?', '&']).unwrap_or((rest, ""));
            out.page = page_from(route);
            tail
        }
        None => body,
    };
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "s" => match base64url_decode(value).and_then(|b| String::from_utf8(b).ok()) {
                Some(text) => out.scenario = Some(text),
                None => out.broken = true,
            },
            "lang" => out.lang = Lang::from_code(value),
            "p" => out.page = page_from(value),
            _ => {}
        }
    }
    out
}

fn page_from(code: &str) -> Page {
    match code {
        "rules" => Page::Rules,
        "print" => Page::Print,
        _ => Page::Calculator,
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url (padding and standard '+' '/' tolerated); `None` when malformed.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_above_100_is_refused() {
        for ok in ["0", "100", "100.00", "099.99", "25.5", "007"] {
            assert!(!above_hundred(ok), "{ok}");
        }
        for above in ["100.01", "101", "250", "1000", "0100.5"] {
            assert!(above_hundred(above), "{above}");
        }
        assert_eq!(
            field_value(Kind::Percent, "100,5", Some(Lang::Nl)),
            Err(FieldError::AbovePercent)
        );
        assert!(field_value(Kind::Percent, "100", None).is_ok());
    }

    #[test]
    fn decimals_are_checked_not_guessed() {
        let nl = Some(Lang::Nl);
        assert_eq!(parse_decimal("1234,56", nl), Ok("1234.56".into()));
        assert_eq!(parse_decimal(" 1 234.5 €", None), Ok("1234.5".into()));
        assert_eq!(parse_decimal("12a", nl), Err(FieldError::NotANumber));
        assert_eq!(parse_decimal("-5", nl), Err(FieldError::Negative));
        assert_eq!(
            parse_decimal("1.234", None),
            Err(FieldError::TooManyDecimals)
        );
        assert_eq!(parse_decimal("1.234", nl), Ok("1234".into()));
        assert_eq!(
            field_value(Kind::Percent, "101", nl),
            Err(FieldError::AbovePercent)
        );
        assert_eq!(
            field_value(Kind::Integer, "2,5", nl),
            Err(FieldError::NotWhole)
        );
        assert_eq!(
            field_value(Kind::Date, "2026-02-30", nl),
            Err(FieldError::BadDate)
        );
    }

    #[test]
    fn counts_get_their_own_wording() {
        let nl = Some(Lang::Nl);
        assert_eq!(
            field_value(Kind::Integer, "-3", nl),
            Err(FieldError::NegativeCount)
        );
        assert_eq!(
            field_value(Kind::Decimal, "-3", nl),
            Err(FieldError::NegativeCount)
        );
        assert_eq!(
            field_value(Kind::Integer, "twaalf", nl),
            Err(FieldError::NotACount)
        );
        assert_eq!(
            field_value(Kind::Integer, "1.200", nl),
            Ok(Some(Value::from(1200u64)))
        );
        assert_eq!(
            field_value(Kind::Money, "-3", nl),
            Err(FieldError::Negative)
        );
    }

    #[test]
    fn numbers_from_a_file_are_shown_in_the_visitors_format_and_mean_the_same() {
        let mut form = Form::with_defaults("2026-11-22");
        form.set("company.turnover", "1800000".into());
        form.set("company.staff_awu", "12.5".into());
        form.intents.training = true;
        form.add_item(TRAININGS);
        form.set("plans.trainings.0.cost", "3200.5".into());
        let (canonical, _) = form.to_scenario();
        form.localize(Lang::Nl);
        assert_eq!(form.get("company.turnover"), "1.800.000");
        assert_eq!(form.get("plans.trainings.0.cost"), "3.200,5");
        assert_eq!(form.get("company.staff_awu"), "12,5");
        assert_eq!(form.to_scenario().0, canonical);
        form.localize(Lang::En);
        assert_eq!(form.get("company.turnover"), "1,800,000");
        assert_eq!(form.to_scenario().0, canonical);
        form.localize(Lang::Fr);
        assert_eq!(form.to_scenario().0, canonical);
        // Text that does not read stays as typed.
        form.set("company.turnover", "12x".into());
        form.localize(Lang::Nl);
        assert_eq!(form.get("company.turnover"), "12x");
    }

    #[test]
    fn form_to_scenario_keeps_only_valid_values() {
        let mut form = Form::with_defaults("2026-11-22");
        form.set("company.turnover", "12x".into());
        form.set("company.staff_awu", "18".into());
        form.intents.training = true;
        form.add_item(TRAININGS);
        form.set("plans.trainings.0.cost", "2400".into());
        let (json, errors) = form.to_scenario();
        assert_eq!(
            errors.get("company.turnover"),
            Some(&FieldError::NotANumber)
        );
        assert_eq!(json["company"]["staff_awu"], "18");
        assert!(json["company"].get("turnover").is_none());
        assert_eq!(json["plans"]["trainings"][0]["cost"], "2400");
        assert_eq!(json["plans"]["trainings"][0]["participants"], 1);
        assert_eq!(form.get("company.turnover"), "12x");
    }

    #[test]
    fn answering_yes_to_a_list_question_adds_a_first_item_once() {
        let mut form = Form::with_defaults("2026-11-22");
        form.answer("ui.has_holdings", "true".into());
        assert_eq!(form.len(HOLDINGS), 1);
        assert_eq!(form.get("company.holdings.0.direction"), "upstream");
        form.answer("ui.has_holdings", "false".into());
        form.answer("ui.has_holdings", "true".into());
        assert_eq!(form.len(HOLDINGS), 1);
        form.answer("ui.has_de_minimis", "false".into());
        assert_eq!(form.len(DE_MINIMIS), 0);
        form.answer("ui.has_de_minimis", "true".into());
        assert_eq!(form.len(DE_MINIMIS), 1);
    }

    #[test]
    fn hidden_sections_stay_out_and_roundtrip_restores_intents() {
        let mut form = Form::with_defaults("2026-11-22");
        form.add_item(ADVICE);
        form.set("plans.advice.0.cost", "6000".into());
        let (json, _) = form.to_scenario();
        assert!(json["plans"].get("advice").is_none());
        form.intents.advice = true;
        form.intents.cyber = true;
        let (json, _) = form.to_scenario();
        let back = Form::from_scenario(&json);
        assert!(back.intents.advice && back.intents.cyber && !back.intents.training);
        assert_eq!(back.get("plans.advice.0.cost"), "6000");
        assert_eq!(back.to_scenario().0, json);
    }

    #[test]
    fn last_cyber_trajectory_never_is_null() {
        let mut form = Form::default();
        form.set(LAST_CYBER_ANSWER, "no".into());
        form.set(LAST_CYBER, "2020-01-01".into());
        let (json, _) = form.to_scenario();
        assert!(json["company"]["last_cyber_trajectory"].is_null());
        assert!(json["company"].get("last_cyber_trajectory").is_some());
        let back = Form::from_scenario(&json);
        assert_eq!(back.get(LAST_CYBER_ANSWER), "no");
        form.set(LAST_CYBER_ANSWER, "yes".into());
        assert_eq!(
            form.to_scenario().0["company"]["last_cyber_trajectory"],
            "2020-01-01"
        );
        assert_eq!(
            field_name("plans.trainings[0].cost"),
            "plans.trainings.0.cost"
        );
    }

    #[test]
    fn a_no_answer_writes_an_empty_list() {
        let mut form = Form::default();
        form.add_item(HOLDINGS);
        form.set("company.holdings.0.share_pct", "30".into());
        form.set("ui.has_holdings", "false".into());
        let (json, _) = form.to_scenario();
        assert_eq!(json["company"]["holdings"], serde_json::json!([]));
        assert_eq!(Form::from_scenario(&json).get("ui.has_holdings"), "false");
        form.set("ui.has_holdings", "true".into());
        let (json, _) = form.to_scenario();
        assert_eq!(json["company"]["holdings"][0]["share_pct"], "30");
        assert_eq!(Form::from_scenario(&json).get("ui.has_holdings"), "true");
        // Unanswered: the list is hidden and stays out of the scenario.
        form.set("ui.has_holdings", String::new());
        assert!(form.to_scenario().0["company"].get("holdings").is_none());
    }

    #[test]
    fn removing_an_item_moves_later_items_up() {
        let mut form = Form::default();
        for cost in ["1", "2", "3"] {
            let i = form.add_item(TRAININGS);
            form.set(&format!("{TRAININGS}.{i}.cost"), cost.into());
        }
        form.remove_item(TRAININGS, 1);
        assert_eq!(form.len(TRAININGS), 2);
        assert_eq!(form.get("plans.trainings.0.cost"), "1");
        assert_eq!(form.get("plans.trainings.1.cost"), "3");
        assert_eq!(form.get("plans.trainings.2.cost"), "");
    }

    #[test]
    fn fragment_roundtrip_and_broken_input() {
        let json = r#"{"version":1,"company":{"name":"Café ü"}}"#;
        let frag = encode_fragment(json, Lang::Fr, Page::Rules);
        let back = decode_fragment(&format!("#{frag}"));
        assert_eq!(back.scenario.as_deref(), Some(json));
        assert_eq!(back.lang, Some(Lang::Fr));
        assert_eq!(back.page, Page::Rules);
        assert!(decode_fragment("#s=%%%").broken);
        assert_eq!(decode_fragment("#/rules").page, Page::Rules);
        for n in 0..10 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37) as u8).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
    }

    #[test]
    fn remove_path_drops_a_refused_value() {
        let mut v = serde_json::json!({"company": {"turnover": "1"}, "plans": {"trainings": [{"cost": "x"}]}});
        assert!(remove_path(&mut v, "company.turnover"));
        assert!(remove_path(&mut v, "plans.trainings.0.cost"));
        assert_eq!(
            v,
            serde_json::json!({"company": {}, "plans": {"trainings": [{}]}})
        );
    }
}
