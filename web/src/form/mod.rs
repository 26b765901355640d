//! The form: what the visitor typed, kept as raw text per scenario path (nothing typed
//! is ever lost), the plan sections switched on, and the lists' lengths. Each field is a
//! question of the registry (`crate::questions`), which says how its text is read; the
//! form turns the readable answers into scenario JSON and back.
pub mod json;
pub mod value;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::field_error::FieldError;
use crate::i18n::Lang;
use crate::questions::{kind_of, Fill, Kind, QUESTIONS};
pub use json::{field_name, remove_path, set_path};
pub use value::{field_value, parse_decimal};

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
    /// A new scenario with the registry's defaults (region flanders, legal form bv, date
    /// today, …).
    pub fn with_defaults(today: &str) -> Self {
        let mut form = Form::default();
        for q in QUESTIONS.iter().filter(|q| !q.path.contains('*')) {
            match q.default {
                Fill::Empty => {}
                Fill::Text(text) => form.set(q.path, text.to_string()),
                Fill::Today => form.set(q.path, today.to_string()),
            }
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
        // The registry's defaults of the list's questions ("plans.trainings.*.days" = 1).
        let pattern = format!("{list}.*.");
        for q in QUESTIONS {
            if let (Some(name), Fill::Text(text)) = (q.path.strip_prefix(&pattern), q.default) {
                self.set(&format!("{list}.{index}.{name}"), text.to_string());
            }
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
