//! The context panel's words, read from the language files (the `context.*` keys of
//! `texts/<lang>.context.ftl`, see [`Catalog::builtin_context`]), and how numbers are written in each language ("25,5 %" in nl/fr,
//! "25.5%" in en): number formatting stays code.

use super::data::{
    Application, Barrier, Benefit, Geography, Place, Qualitative, Sector, StartupPurpose,
    StartupTechnology, Study, Technology, Value,
};
use super::{Answer, QuotedRates};
use crate::catalog::{placeholders, Catalog};
use crate::text::Lang;
use crate::MeasureId;

/// No-break space: keeps "25,5" and "%" on one line.
const NBSP: char = '\u{a0}';
/// Narrow no-break space: the French thousands separator.
const NNBSP: char = '\u{202f}';

/// The panel's text of `key` in `lang` (from the language files, see
/// [`crate::catalog`]); the key itself when the file lacks it (a test looks for that).
pub(crate) fn text(lang: Lang, key: &'static str) -> &'static str {
    Catalog::context_or_fallback(lang).get(key).unwrap_or(key)
}

/// The text of `prefix` + `code` (a name), or the prefix when the file lacks it.
fn name(lang: Lang, prefix: &'static str, code: &str) -> &'static str {
    Catalog::context_or_fallback(lang)
        .get_parts(&[prefix, code])
        .unwrap_or(prefix)
}

/// The panel's text of `key` with its `{ $name }` placeholders filled from `values`; a
/// placeholder without a value stays as it is written (a test looks for that).
pub(crate) fn fill(lang: Lang, key: &str, values: &[(&str, &str)]) -> String {
    let catalog = Catalog::context_or_fallback(lang);
    let marked: Vec<(&str, String)> = placeholders(catalog.get(key).unwrap_or(key))
        .into_iter()
        .filter(|p| values.iter().all(|(name, _)| name != p))
        .map(|p| (p, format!("{{ ${p} }}")))
        .collect();
    if marked.is_empty() {
        return catalog.fill_args(key, values);
    }
    let mut all = values.to_vec();
    all.extend(marked.iter().map(|(p, v)| (*p, v.as_str())));
    catalog.fill_args(key, &all)
}

/// Writes a percentage: one decimal for survey figures, none for whole percentages.
pub fn percent(value: Value, lang: Lang) -> String {
    let number = match value {
        Value::Percent { tenths } => {
            let sep = if lang == Lang::En { '.' } else { ',' };
            format!("{}{sep}{}", tenths / 10, tenths % 10)
        }
        Value::WholePercent(p) => p.to_string(),
        Value::Count(n) => return count(n, lang),
    };
    whole_percent_suffix(number, lang)
}

/// Writes an integer percentage such as a subsidy rate ("30 %").
pub fn rate(p: u32, lang: Lang) -> String {
    whole_percent_suffix(p.to_string(), lang)
}

/// Writes a range of integer percentages ("20 tot 45 %", "20 to 45%", "20 à 45 %").
pub fn rate_range(lo: u32, hi: u32, lang: Lang) -> String {
    fill(
        lang,
        "context.panel.rate-range",
        &[("low", &lo.to_string()), ("high", &rate(hi, lang))],
    )
}

fn whole_percent_suffix(number: String, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Nl | Lang::Fr => format!("{number}{NBSP}%"),
    }
}

/// Writes a count with the language's thousands separator.
pub fn count(n: u32, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
        Lang::Fr => NNBSP,
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A value written for display (percentage or count).
pub fn value(v: Value, lang: Lang) -> String {
    match v {
        Value::Count(n) => count(n, lang),
        _ => percent(v, lang),
    }
}

/// Upper-cases the first letter (list items start with a capital).
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        // Latin-1 letters by hand (à → À is 0x20 lower, like ASCII): std's full Unicode
        // case table would cost the web app about 8 KB for the three languages' texts.
        Some(first) => {
            let upper = match first {
                'a'..='z' => first.to_ascii_uppercase(),
                'à'..='þ' if first != '÷' => {
                    char::from_u32(first as u32 - 0x20).unwrap_or(first)
                }
                _ => first,
            };
            std::iter::once(upper).chain(chars).collect()
        }
        None => String::new(),
    }
}

/// The geography's name.
pub fn geography(g: Geography, lang: Lang) -> &'static str {
    let code = match g {
        Geography::Flanders => "flanders",
        Geography::Belgium => "belgium",
        Geography::Netherlands => "netherlands",
        Geography::Benelux => "benelux",
    };
    name(lang, "context.geography.", code)
}

/// "AI-barometer 2022, Vlaanderen": the label that follows every figure.
pub fn source_label(study: &Study, g: Geography, lang: Lang) -> String {
    format!("{}, {}", study.label, geography(g, lang))
}

/// The host name of a link ("cropland.be"), to name a third-party source briefly.
pub fn host(url: &str) -> &str {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

// ---------------------------------------------------------------------------------------
// Names

/// The sector's name (lower case, for use inside a sentence).
pub fn sector(s: Sector, lang: Lang) -> &'static str {
    let code = match s {
        Sector::InformationCommunication => "information_communication",
        Sector::Finance => "finance",
        Sector::Manufacturing => "manufacturing",
        Sector::Utilities => "utilities",
        Sector::Health => "health",
        Sector::Construction => "construction",
    };
    name(lang, "context.sector.", code)
}

/// The technology's name (lower case).
pub fn technology(t: Technology, lang: Lang) -> &'static str {
    let code = match t {
        Technology::TextAnalysis => "text_analysis",
        Technology::MachineLearning => "machine_learning",
        Technology::ProcessAutomation => "process_automation",
        Technology::ImageRecognition => "image_recognition",
        Technology::NaturalLanguageGeneration => "natural_language_generation",
        Technology::AutonomousMachines => "autonomous_machines",
    };
    name(lang, "context.technology.", code)
}

/// The benefit's name (lower case).
pub fn benefit(b: Benefit, lang: Lang) -> &'static str {
    let code = match b {
        Benefit::ProcessQuality => "process_quality",
        Benefit::NewProducts => "new_products",
        Benefit::CostReduction => "cost_reduction",
    };
    name(lang, "context.benefit.", code)
}

/// The application's name (lower case).
pub fn application(a: Application, lang: Lang) -> &'static str {
    let code = match a {
        Application::AdministrativeProcesses => "administrative_processes",
        Application::IctSecurity => "ict_security",
        Application::PredictiveMaintenance => "predictive_maintenance",
        Application::Chatbots => "chatbots",
    };
    name(lang, "context.application.", code)
}

/// The barrier's name (lower case, for use inside a sentence).
pub fn barrier(b: Barrier, lang: Lang) -> &'static str {
    let code = match b {
        Barrier::LackOfKnowledge => "lack_of_knowledge",
        Barrier::AssessingApplications => "assessing_applications",
        Barrier::AttractingStaff => "attracting_staff",
        Barrier::CostBenefit => "cost_benefit",
        Barrier::ExternalFinancing => "external_financing",
        Barrier::Incompatibility => "incompatibility",
        Barrier::DataQuality => "data_quality",
        Barrier::LackOfKnowledgePartners => "lack_of_knowledge_partners",
        Barrier::LegalEthical => "legal_ethical",
    };
    name(lang, "context.barrier.", code)
}

/// The place's name in the language.
pub fn place(p: Place, lang: Lang) -> &'static str {
    let code = match p {
        Place::BrusselsRegion => "brussels_region",
        Place::Gent => "gent",
        Place::Antwerpen => "antwerpen",
        Place::Leuven => "leuven",
        Place::Hasselt => "hasselt",
        Place::Liege => "liege",
        Place::Kontich => "kontich",
        Place::LouvainLaNeuve => "louvain_la_neuve",
        Place::Charleroi => "charleroi",
    };
    name(lang, "context.place.", code)
}

/// The start-up technology's name (starts with a capital: used as a list item).
pub fn startup_technology(t: StartupTechnology, lang: Lang) -> &'static str {
    let code = match t {
        StartupTechnology::WorkflowAutomation => "workflow_automation",
        StartupTechnology::MachineLearning => "machine_learning",
        StartupTechnology::LanguageGeneration => "language_generation",
        StartupTechnology::ImageRecognition => "image_recognition",
        StartupTechnology::AutonomousRobots => "autonomous_robots",
        StartupTechnology::TextMining => "text_mining",
        StartupTechnology::ImageGeneration => "image_generation",
        StartupTechnology::SpeechRecognition => "speech_recognition",
        StartupTechnology::Hardware => "hardware",
    };
    name(lang, "context.startup-technology.", code)
}

/// The start-up purpose's name (starts with a capital: used as a list item).
pub fn startup_purpose(p: StartupPurpose, lang: Lang) -> &'static str {
    let code = match p {
        StartupPurpose::Administration => "administration",
        StartupPurpose::Marketing => "marketing",
        StartupPurpose::Production => "production",
        StartupPurpose::Logistics => "logistics",
        StartupPurpose::Research => "research",
        StartupPurpose::Accounting => "accounting",
        StartupPurpose::IctSecurity => "ict_security",
    };
    name(lang, "context.startup-purpose.", code)
}

/// The measure's name as the panel links it ("kmo-portefeuille" inside a sentence).
pub fn measure(m: MeasureId, lang: Lang) -> &'static str {
    // The panel's own short name where it has one, else the measure's name.
    Catalog::context_or_fallback(lang)
        .get_parts(&["context.measure.", m.code()])
        .unwrap_or_else(|| crate::text::measure_name(m, lang))
}

/// What a measure does about a barrier, as a short phrase after the measure's name.
/// `r` holds the rates quoted (from the engine's parameters).
pub fn answer(a: Answer, r: &QuotedRates, lang: Lang) -> String {
    let kmo = rate_range(r.kmo_low, r.kmo_high, lang);
    match a {
        Answer::KmoTraining => fill(lang, "context.answer.kmo_training", &[("range", &kmo)]),
        Answer::KmoAiLiteracyTraining => fill(
            lang,
            "context.answer.kmo_ai_literacy_training",
            &[("range", &kmo)],
        ),
        Answer::InvestmentDeduction => fill(
            lang,
            "context.answer.investment_deduction",
            &[
                ("basic", &rate(r.deduction_basic, lang)),
                ("digital", &rate(r.deduction_digital, lang)),
            ],
        ),
        Answer::DevelopmentProject => fill(
            lang,
            "context.answer.development_project",
            &[(
                "range",
                &rate_range(r.development_base, r.development_cap, lang),
            )],
        ),
        Answer::CollaborationBonus => fill(
            lang,
            "context.answer.collaboration_bonus",
            &[("n", &r.collaboration_bonus.to_string())],
        ),
        Answer::CsIcon => text(lang, "context.answer.cs_icon").to_string(),
        Answer::CyberTrajectory => fill(
            lang,
            "context.answer.cyber_trajectory",
            &[
                ("sme", &rate(r.cyber_sme, lang)),
                ("large", &rate(r.cyber_nis2, lang)),
            ],
        ),
    }
}

/// What a figure's qualitative label says, with its source.
pub fn qualitative(q: Qualitative, source: &str, lang: Lang) -> String {
    let key = match q {
        Qualitative::LimitedAcrossTechnologies => "context.qualitative.limited_across_technologies",
        Qualitative::LowIntensity => "context.qualitative.low_intensity",
    };
    fill(lang, key, &[("source", source)])
}
