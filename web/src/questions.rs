//! The one registry of the form's questions. Each question is defined here once: its
//! scenario path, what it holds (its kind), how it is asked, its label and help text,
//! its choices (codes from the engine's enums) and its default. Rendering
//! (`components::field::Ask`), reading the typed text (`form`), the labels of the lists
//! of missing answers and the print view all read this table.
//!
//! Adding a question: the field in the engine's scenario (`scenario.rs`, and its line in
//! the input schema of `input.rs`), one entry in [`QUESTIONS`], its words in `i18n`, and
//! `<Ask path=… />` where it is asked. The tests check that every entry is a field the
//! engine reads and that every choice list offers exactly the engine enum's codes.
use eligibility::scenario::{
    CyberVersion, DigitalCategory, Direction, LegalForm, Nis2, Region, Theme,
};

use crate::i18n::{option_label, Options, Texts};

/// A text picked from a language's words (a label or help text "key").
pub type Words = fn(&'static Texts) -> &'static str;

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

/// How a question is asked.
#[derive(Clone, Copy)]
pub enum Control {
    /// A text input (number, money, percentage, date or text, by the kind).
    Input,
    /// A list of choices; `empty` adds a first option with value "" ("choose").
    Select {
        /// The codes and their words.
        choice: Choice,
        /// The words of a first empty option, if any.
        empty: Option<Words>,
    },
    /// A checkbox: values "true" and "false".
    Check,
}

/// What a question starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// Nothing: the visitor answers.
    Empty,
    /// This raw text (a new form, or a new item of a list).
    Text(&'static str),
    /// Today's date.
    Today,
}

/// A list of choices: the codes come from the engine's enum, the words from `i18n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    LegalForm,
    Region,
    Nis2,
    Direction,
    Theme,
    DigitalCategory,
    CyberVersion,
    /// UI-only: "had a subsidised cyber trajectory?" ("" unknown, "no" never, "yes").
    LastCyber,
    /// A yes/no question: "true", "false" (the engine's `bool`).
    YesNo,
}

/// The JSON code of a holding's direction (the engine's enum has no `code()`).
impl Choice {
    /// Every choice list, for tests.
    pub const ALL: [Choice; 9] = [
        Choice::LegalForm,
        Choice::Region,
        Choice::Nis2,
        Choice::Direction,
        Choice::Theme,
        Choice::DigitalCategory,
        Choice::CyberVersion,
        Choice::LastCyber,
        Choice::YesNo,
    ];

    /// The codes a visitor can choose, from the engine's enum, in its order.
    pub fn codes(self) -> Vec<&'static str> {
        match self {
            Choice::LegalForm => LegalForm::ALL.iter().map(|l| l.code()).collect(),
            Choice::Region => Region::ALL.map(Region::code).to_vec(),
            // "Weet ik niet" first: most visitors do not know their NIS2 class.
            Choice::Nis2 => [
                Nis2::Unknown,
                Nis2::Essential,
                Nis2::Important,
                Nis2::NotInScope,
            ]
            .map(Nis2::code)
            .to_vec(),
            Choice::Direction => Direction::ALL.map(Direction::code).to_vec(),
            Choice::Theme => Theme::ALL.iter().map(|t| t.code()).collect(),
            Choice::DigitalCategory => DigitalCategory::ALL.map(DigitalCategory::code).to_vec(),
            Choice::CyberVersion => CyberVersion::ALL.map(CyberVersion::code).to_vec(),
            Choice::LastCyber => vec!["", "no", "yes"],
            Choice::YesNo => vec!["true", "false"],
        }
    }

    /// The words of the codes in one language.
    pub fn words(self, t: &'static Texts) -> Options {
        match self {
            Choice::LegalForm => t.legal_forms(),
            Choice::Region => t.regions,
            Choice::Nis2 => t.nis2_options,
            Choice::Direction => t.directions,
            Choice::Theme => t.themes(),
            Choice::DigitalCategory => t.digital_categories,
            Choice::CyberVersion => t.cyber_versions,
            Choice::LastCyber => t.last_cyber_options,
            Choice::YesNo => t.yes_no,
        }
    }

    /// The words of one code ("" when the language has none).
    pub fn label(self, code: &str, t: &'static Texts) -> &'static str {
        option_label(self.words(t), code)
    }
}

/// One question of the form.
#[derive(Clone, Copy)]
pub struct Question {
    /// Scenario path (also the control's `name`); `*` stands for a list index:
    /// "plans.trainings.*.cost". Paths under `ui.` are answers of the app only.
    pub path: &'static str,
    /// What it holds: decides how the raw text is read.
    pub kind: Kind,
    /// How it is asked.
    pub control: Control,
    /// Its label.
    pub label: Words,
    /// Its help text under the control.
    pub help: Option<Words>,
    /// What a new form (or a new item of its list) starts with.
    pub default: Fill,
}

const fn ask(path: &'static str, kind: Kind, label: Words) -> Question {
    Question {
        path,
        kind,
        control: Control::Input,
        label,
        help: None,
        default: Fill::Empty,
    }
}

const fn yes_no(path: &'static str, label: Words) -> Question {
    ask(path, Kind::Bool, label).control(Control::Select {
        choice: Choice::YesNo,
        empty: Some(|t| t.unknown),
    })
}

const fn check(path: &'static str, label: Words) -> Question {
    ask(path, Kind::Bool, label).control(Control::Check)
}

const fn select(
    path: &'static str,
    choice: Choice,
    label: Words,
    empty: Option<Words>,
) -> Question {
    ask(path, Kind::Text, label).control(Control::Select { choice, empty })
}

const CHOOSE: Option<Words> = Some(|t| t.choose);

impl Question {
    const fn control(mut self, control: Control) -> Self {
        self.control = control;
        self
    }

    const fn help(mut self, help: Words) -> Self {
        self.help = Some(help);
        self
    }

    const fn default(mut self, fill: Fill) -> Self {
        self.default = fill;
        self
    }

    /// Whether a field name ("plans.trainings.0.cost") is this question.
    pub fn matches(&self, name: &str) -> bool {
        let mut pattern = self.path.split('.');
        let mut segments = name.split('.');
        loop {
            match (pattern.next(), segments.next()) {
                (None, None) => return true,
                (Some("*"), Some(s)) if s.parse::<usize>().is_ok() => {}
                (Some(p), Some(s)) if p == s => {}
                _ => return false,
            }
        }
    }
}

use Kind::{Date, Decimal, Integer, Money, Percent, Text};

/// Every question of the form.
pub const QUESTIONS: &[Question] = &[
    ask("date", Date, |t| t.eval_date)
        .help(|t| t.eval_date_help)
        .default(Fill::Today),
    select(
        "company.legal_form",
        Choice::LegalForm,
        |t| t.legal_form,
        CHOOSE,
    )
    .default(Fill::Text("bv")),
    select("company.region", Choice::Region, |t| t.region, CHOOSE).default(Fill::Text("flanders")),
    ask("company.founded", Date, |t| t.founded).help(|t| t.founded_help),
    ask("company.staff_awu", Decimal, |t| t.staff_awu).help(|t| t.staff_awu_help),
    ask("company.turnover", Money, |t| t.turnover).help(|t| t.turnover_help),
    ask("company.balance_sheet_total", Money, |t| t.balance).help(|t| t.balance_help),
    ask("company.public_ownership_pct", Percent, |t| {
        t.public_ownership
    })
    .help(|t| t.public_ownership_help),
    yes_no("ui.has_holdings", |t| t.has_holdings),
    ask("company.holdings.*.name", Text, |t| t.holding_name),
    select(
        "company.holdings.*.direction",
        Choice::Direction,
        |t| t.direction,
        None,
    )
    .default(Fill::Text("upstream")),
    ask("company.holdings.*.share_pct", Percent, |t| t.share_pct),
    ask("company.holdings.*.staff_awu", Decimal, |t| t.holding_staff),
    ask("company.holdings.*.turnover", Money, |t| t.holding_turnover),
    ask("company.holdings.*.balance_sheet_total", Money, |t| {
        t.holding_balance
    }),
    check("company.holdings.*.control", |t| t.control).default(Fill::Text("false")),
    check("company.holdings.*.exempt_investor", |t| t.exempt_investor)
        .help(|t| t.exempt_investor_help)
        .default(Fill::Text("false")),
    yes_no("company.main_activity_acceptable", |t| t.main_activity).help(|t| t.main_activity_help),
    ask("company.previous_year.staff_awu", Decimal, |t| t.staff_awu),
    ask("company.previous_year.turnover", Money, |t| t.turnover),
    ask("company.previous_year.balance_sheet_total", Money, |t| {
        t.balance
    }),
    ask("company.nace", Text, |t| t.nace).help(|t| t.nace_help),
    select("company.nis2", Choice::Nis2, |t| t.nis2, CHOOSE).help(|t| t.nis2_help),
    yes_no("company.negative_equity", |t| t.negative_equity).help(|t| t.negative_equity_help),
    yes_no("company.maatwerkbedrijf", |t| t.maatwerkbedrijf)
        .help(|t| t.maatwerkbedrijf_help)
        .default(Fill::Text("false")),
    yes_no("company.liberal_profession", |t| t.liberal_profession).default(Fill::Text("false")),
    yes_no("company.vzw_corporate_tax", |t| t.vzw_corporate_tax).default(Fill::Text("false")),
    select("ui.last_cyber", Choice::LastCyber, |t| t.last_cyber, None),
    ask("company.last_cyber_trajectory", Date, |t| t.last_cyber_date),
    yes_no("ui.has_de_minimis", |t| t.has_de_minimis),
    ask("company.de_minimis_received.*.granted_on", Date, |t| {
        t.granted_on
    }),
    ask("company.de_minimis_received.*.amount", Money, |t| {
        t.aid_amount
    }),
    ask("company.kmo_portefeuille_received_this_year", Money, |t| {
        t.kmo_received
    })
    .help(|t| t.kmo_received_help),
    ask("plans.trainings.*.label", Text, |t| t.label),
    select(
        "plans.trainings.*.theme",
        Choice::Theme,
        |t| t.theme,
        CHOOSE,
    ),
    ask("plans.trainings.*.cost", Money, |t| t.cost).help(|t| t.cost_help),
    ask("plans.trainings.*.participants", Integer, |t| {
        t.participants
    })
    .default(Fill::Text("1")),
    ask("plans.trainings.*.days", Integer, |t| t.days).default(Fill::Text("1")),
    ask("plans.trainings.*.catering", Money, |t| t.catering),
    ask("plans.trainings.*.course_material", Money, |t| {
        t.course_material
    }),
    ask("plans.trainings.*.teacher_travel", Money, |t| {
        t.teacher_travel
    }),
    ask("plans.trainings.*.starts_on", Date, |t| t.starts_on).help(|t| t.starts_on_help),
    ask("plans.advice.*.label", Text, |t| t.label),
    select("plans.advice.*.theme", Choice::Theme, |t| t.theme, CHOOSE),
    ask("plans.advice.*.cost", Money, |t| t.cost).help(|t| t.cost_help),
    ask("plans.advice.*.starts_on", Date, |t| t.starts_on).help(|t| t.starts_on_help),
    ask("plans.investments.*.label", Text, |t| t.label),
    ask("plans.investments.*.amount", Money, |t| t.invest_amount),
    select(
        "plans.investments.*.digital_category",
        Choice::DigitalCategory,
        |t| t.digital_category,
        Some(|t| option_label(t.digital_categories, "")),
    ),
    ask("plans.investments.*.acquired_on", Date, |t| t.acquired_on),
    select(
        "plans.cyber_trajectory.version",
        Choice::CyberVersion,
        |t| t.cyber_version,
        CHOOSE,
    ),
    ask("plans.cyber_trajectory.cost", Money, |t| t.cyber_cost).help(|t| t.cost_help),
    ask("plans.development_project.accepted_costs", Money, |t| {
        t.accepted_costs
    }),
    check("plans.development_project.collaboration", |t| {
        t.collaboration
    })
    .help(|t| t.collaboration_help),
    ask("plans.research_project.research_costs", Money, |t| {
        t.research_costs
    }),
    ask("plans.research_project.development_costs", Money, |t| {
        t.development_costs
    }),
    check("plans.research_project.collaboration", |t| t.collaboration)
        .help(|t| t.collaboration_help),
    yes_no("plans.innovative_starter.pioneering", |t| t.pioneering).help(|t| t.pioneering_help),
];

/// The question of a field name ("plans.trainings.0.cost"), if the form asks it.
pub fn question(name: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.matches(name))
}

/// What a field holds (text for a name the form does not ask).
pub fn kind_of(name: &str) -> Kind {
    question(name).map_or(Kind::Text, |q| q.kind)
}

/// The sections that group questions, with their title: a field's label in a list of
/// answers names its section ("Opleiding 1 — Kostprijs").
const SECTIONS: &[(&str, Words)] = &[
    ("plans.trainings", |t| t.training()),
    ("plans.advice", |t| t.advice_one()),
    ("plans.investments", |t| t.investment()),
    ("plans.cyber_trajectory", |t| t.cyber_title),
    ("plans.development_project", |t| t.want_development),
    ("plans.research_project", |t| t.want_research),
    ("company.holdings", |t| t.holdings),
    ("company.de_minimis_received", |t| t.de_minimis_received),
    ("company.previous_year", |t| t.previous_year),
];

/// The field a visitor changes to answer for a scenario path: lists and the last
/// trajectory are answered through their yes/no question.
pub fn answer_field(name: &str) -> &str {
    match name {
        "company.holdings" => "ui.has_holdings",
        "company.de_minimis_received" => "ui.has_de_minimis",
        "company.last_cyber_trajectory" => "ui.last_cyber",
        _ => name,
    }
}

/// A readable label for a field name (the lists of missing and unreadable answers):
/// "Opleiding 1 — Kostprijs (excl. btw)"; a list itself goes by its section's title.
pub fn label_for(name: &str, t: &'static Texts) -> String {
    if let Some((_, title)) = SECTIONS.iter().find(|(path, _)| *path == name) {
        return title(t).to_string();
    }
    let Some(q) = question(answer_field(name)) else {
        return name.to_string();
    };
    let field = (q.label)(t);
    let section = SECTIONS.iter().find(|(path, _)| {
        name.strip_prefix(path)
            .is_some_and(|rest| rest.starts_with('.'))
    });
    let index = name.split('.').find_map(|s| s.parse::<usize>().ok());
    match (section, index) {
        (Some((_, s)), Some(i)) => format!("{} {} — {field}", s(t), i + 1),
        (Some((_, s)), None) => format!("{} — {field}", s(t)),
        _ => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{tr, LANGS};
    use serde::de::DeserializeOwned;

    /// Whether every code reads as the engine's enum and every variant of it is offered.
    fn offers_exactly<T: DeserializeOwned + PartialEq + std::fmt::Debug>(
        choice: Choice,
        every_variant: &[T],
    ) {
        let read: Vec<T> = choice
            .codes()
            .iter()
            .map(|code| {
                // A code is a JSON string ("bv"), or a JSON literal for a `bool` ("true").
                serde_json::from_value(serde_json::Value::String(code.to_string()))
                    .or_else(|_| serde_json::from_str(code))
                    .unwrap_or_else(|_| panic!("{choice:?}: the engine has no code {code:?}"))
            })
            .collect();
        assert_eq!(read.len(), every_variant.len(), "{choice:?}");
        for variant in every_variant {
            assert!(
                read.contains(variant),
                "{choice:?} does not offer {variant:?}"
            );
        }
    }

    #[test]
    fn the_choices_are_the_engines_enums_and_every_code_has_words() {
        use eligibility::scenario::{
            CyberVersion as C, DigitalCategory as D, Direction as Di, Nis2 as N, Region as R,
        };
        // The matches fail to compile when the engine adds a variant the web lacks.
        let region = |r: R| match r {
            R::Flanders | R::Brussels | R::Wallonia | R::Abroad => r,
        };
        let nis2 = |n: N| match n {
            N::Essential | N::Important | N::NotInScope | N::Unknown => n,
        };
        let direction = |d: Di| match d {
            Di::Upstream | Di::Downstream => d,
        };
        let digital = |d: D| match d {
            D::PaymentInvoicing | D::Crm | D::ECommerce | D::IctSecurity => d,
        };
        let cyber = |c: C| match c {
            C::Start | C::Medium | C::Plus => c,
        };
        offers_exactly(Choice::LegalForm, &LegalForm::ALL);
        offers_exactly(Choice::Theme, &Theme::ALL);
        offers_exactly(
            Choice::Region,
            &[R::Flanders, R::Brussels, R::Wallonia, R::Abroad].map(region),
        );
        offers_exactly(
            Choice::Nis2,
            &[N::Essential, N::Important, N::NotInScope, N::Unknown].map(nis2),
        );
        offers_exactly(
            Choice::Direction,
            &[Di::Upstream, Di::Downstream].map(direction),
        );
        offers_exactly(
            Choice::DigitalCategory,
            &[D::PaymentInvoicing, D::Crm, D::ECommerce, D::IctSecurity].map(digital),
        );
        offers_exactly(
            Choice::CyberVersion,
            &[C::Start, C::Medium, C::Plus].map(cyber),
        );
        offers_exactly(Choice::YesNo, &[true, false]);
        // Every code has words in every language, and the words name no other code.
        for lang in LANGS {
            let t = tr(lang);
            for choice in Choice::ALL {
                let codes = choice.codes();
                for code in &codes {
                    assert!(
                        !choice.label(code, t).is_empty(),
                        "{choice:?} {code:?} {lang:?}"
                    );
                }
                for (code, _) in choice.words(t) {
                    assert!(
                        code.is_empty() || codes.contains(code),
                        "{choice:?}: words for {code:?}, which the engine lacks"
                    );
                }
            }
        }
    }

    #[test]
    fn every_question_is_a_field_the_engine_reads() {
        use crate::form::{Form, ADVICE, DE_MINIMIS, HOLDINGS, INVESTMENTS, TRAININGS};
        let mut form = Form::with_defaults("2026-11-22");
        for list in [TRAININGS, ADVICE, INVESTMENTS, HOLDINGS, DE_MINIMIS] {
            form.add_item(list);
        }
        form.intents = crate::form::Intents {
            training: true,
            advice: true,
            investment: true,
            cyber: true,
            rd: true,
            development: true,
            research: true,
            starter: true,
        };
        for q in QUESTIONS {
            let name = q.path.replace('*', "0");
            let sample = match (q.kind, q.control) {
                (_, Control::Select { choice, .. }) => *choice
                    .codes()
                    .iter()
                    .rev()
                    .find(|c| **c != "false")
                    .unwrap(),
                (Kind::Date, _) => "2026-01-01",
                (Kind::Bool, _) => "true",
                (Kind::Text, _) => "x",
                _ => "1",
            };
            form.set(&name, sample.to_string());
        }
        let (scenario, errors) = form.to_scenario();
        assert!(errors.is_empty(), "{errors:?}");
        let parsed = eligibility::parse_scenario(&scenario.to_string());
        assert!(parsed.is_ok(), "{parsed:?}\n{scenario}");
        // Every answer made it into the scenario.
        let back = Form::from_scenario(&scenario);
        for q in QUESTIONS.iter().filter(|q| !q.path.starts_with("ui.")) {
            let name = q.path.replace('*', "0");
            assert!(!back.get(&name).is_empty(), "{name} is not sent");
        }
    }

    #[test]
    fn a_field_finds_its_question_and_its_label() {
        let t = crate::i18n::tr(crate::i18n::Lang::Nl);
        assert_eq!(kind_of("plans.trainings.3.cost"), Kind::Money);
        assert_eq!(kind_of("plans.trainings.x.cost"), Kind::Text);
        assert_eq!(kind_of("company.holdings.0.share_pct"), Kind::Percent);
        assert_eq!(
            label_for("plans.trainings.1.cost", t),
            format!("{} 2 — {}", t.training(), t.cost)
        );
        assert_eq!(label_for("company.holdings", t), t.holdings);
        assert_eq!(label_for("company.last_cyber_trajectory", t), t.last_cyber);
        assert_eq!(label_for("nothing.here", t), "nothing.here");
    }
}
