//! Evidence for the visitor: AI adoption and start-up figures from the seed reports.
//! Context only: nothing here is a rule or changes an amount, and [`crate::evaluate`] never
//! reads it.
//!
//! [`for_visitor`] builds a [`ContextPanel`] from the company's NACE code, which plans it
//! has, and a language: a sector block when the code falls in a range the source covers
//! (never a figure for an uncovered code), the overall adoption with its year, benefits and
//! applications reported by adopters, the barriers companies name with the measures that
//! answer them, the AI-literacy duty, and facts on the Belgian AI start-up ecosystem.
//! Every figure carries its study, year, seed file, geography and unit (see [`data`]).
//!
//! ```
//! use eligibility::context::{for_visitor, PlanSummary};
//! use eligibility::text::Lang;
//! let panel = for_visitor(Some("62.010"), &PlanSummary::default(), Lang::Nl);
//! assert!(panel.sector.is_some());
//! assert!(panel.adoption.text.contains("2022"));
//! ```

pub mod data;
pub mod nace;
pub mod texts;

use crate::scenario::{Plans, Scenario};
use crate::text::Lang;
use crate::MeasureId;
use data::{
    Application, Barrier, BarrierData, Figure, Qualitative, Sector, SectorData, Study,
    ADOPTION_2022, ADOPTION_2023, ADOPTION_2025, AI_BAROMETER_2022, AI_BAROMETER_2023,
    AI_BAROMETER_2025, AI_LITERACY_SOURCE_URL, APPLICATIONS, BARRIERS, BENEFITS, DUMONT_RAYP_2025,
    STARTUPS_TOTAL, STARTUPS_WITH_PATENT, STARTUPS_WITH_PATENT_SHARE, STARTUPS_WITH_VC,
    STARTUPS_WITH_VC_SHARE, STARTUP_FUNNEL, STARTUP_LOCATIONS, STARTUP_PURPOSES, STARTUP_SPIN_OFFS,
    STARTUP_TECHNOLOGIES,
};
use texts::{capitalized, fill, source_label, text};

/// The subsidy rates the panel's links quote, in whole percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotedRates {
    /// Kmo-portefeuille training: lowest rate (medium enterprise, `kmo.rate.medium`).
    pub kmo_low: u32,
    /// Kmo-portefeuille training: highest rate (small, raised theme, `kmo.rate.raised.small`).
    pub kmo_high: u32,
    /// Investeringsaftrek basic deduction (`ia.rate.basic`).
    pub deduction_basic: u32,
    /// Investeringsaftrek digital deduction (`ia.rate.digital`).
    pub deduction_digital: u32,
    /// Ontwikkelingsproject base rate (`dev.rate.base`).
    pub development_base: u32,
    /// Ontwikkelingsproject rate cap (`dev.rate.cap`).
    pub development_cap: u32,
    /// Collaboration bonus in points (`rd.bonus.collaboration`).
    pub collaboration_bonus: u32,
    /// Cybersecurity trajectory for an SME (`cyber.rate.sme`).
    pub cyber_sme: u32,
    /// Cybersecurity trajectory for a large company under NIS2 (`cyber.rate.nis2`).
    pub cyber_nis2: u32,
}

impl QuotedRates {
    /// The rates as seeds 000–002 state them (fallback when a parameter is missing).
    pub const SEEDS: QuotedRates = QuotedRates {
        kmo_low: 20,
        kmo_high: 45,
        deduction_basic: 10,
        deduction_digital: 20,
        development_base: 25,
        development_cap: 50,
        collaboration_bonus: 10,
        cyber_sme: 50,
        cyber_nis2: 35,
    };

    /// The rates of the engine's parameters that are still in force (open-ended period),
    /// so the panel quotes what `evaluate` applies; the seed value for any missing one.
    pub fn current() -> QuotedRates {
        let params = crate::params::all();
        let rate = |id: &str, fallback: u32| -> u32 {
            params
                .iter()
                .find(|p| p.id == id && p.valid_until.is_none())
                .and_then(|p| p.value.decimal())
                .filter(|d| d.fract().is_zero())
                .and_then(|d| d.to_string().parse().ok())
                .unwrap_or(fallback)
        };
        let s = QuotedRates::SEEDS;
        QuotedRates {
            kmo_low: rate("kmo.rate.medium", s.kmo_low),
            kmo_high: rate("kmo.rate.raised.small", s.kmo_high),
            deduction_basic: rate("ia.rate.basic", s.deduction_basic),
            deduction_digital: rate("ia.rate.digital", s.deduction_digital),
            development_base: rate("dev.rate.base", s.development_base),
            development_cap: rate("dev.rate.cap", s.development_cap),
            collaboration_bonus: rate("rd.bonus.collaboration", s.collaboration_bonus),
            cyber_sme: rate("cyber.rate.sme", s.cyber_sme),
            cyber_nis2: rate("cyber.rate.nis2", s.cyber_nis2),
        }
    }
}

/// Which plans the visitor has entered (only whether they exist). Used to mark the
/// measures the panel links to that are also in the visitor's plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlanSummary {
    /// At least one training.
    pub trainings: bool,
    /// At least one advice assignment.
    pub advice: bool,
    /// At least one investment.
    pub investments: bool,
    /// A cybersecurity improvement trajectory.
    pub cyber_trajectory: bool,
    /// A development project.
    pub development_project: bool,
    /// A research project.
    pub research_project: bool,
    /// An innovative starter project.
    pub innovative_starter: bool,
}

impl PlanSummary {
    /// Summarises a scenario's plans.
    pub fn from_plans(plans: &Plans) -> Self {
        let non_empty = |len: Option<usize>| len.is_some_and(|n| n > 0);
        PlanSummary {
            trainings: non_empty(plans.trainings.as_ref().map(Vec::len)),
            advice: non_empty(plans.advice.as_ref().map(Vec::len)),
            investments: non_empty(plans.investments.as_ref().map(Vec::len)),
            cyber_trajectory: plans.cyber_trajectory.is_some(),
            development_project: plans.development_project.is_some(),
            research_project: plans.research_project.is_some(),
            innovative_starter: plans.innovative_starter.is_some(),
        }
    }

    /// Whether the visitor has a plan item for a measure.
    pub fn plans(&self, measure: MeasureId) -> bool {
        match measure {
            MeasureId::KmoPortefeuille => self.trainings || self.advice,
            MeasureId::Investeringsaftrek => self.investments,
            MeasureId::CybersecurityVerbetertraject => self.cyber_trajectory,
            MeasureId::InnovatieveStarterssteun => self.innovative_starter,
            MeasureId::Ontwikkelingsproject => self.development_project,
            MeasureId::Onderzoeksproject => self.research_project,
            _ => false,
        }
    }
}

/// What a measure offers against a barrier (the fact the link states).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// Kmo-portefeuille pays 20–45 % of a training.
    KmoTraining,
    /// The same, for a training on AI literacy.
    KmoAiLiteracyTraining,
    /// Investeringsaftrek: 10 % (20 % digital) deduction from taxable profit.
    InvestmentDeduction,
    /// Ontwikkelingsproject: 25–50 % of an innovation project.
    DevelopmentProject,
    /// Ontwikkelings-/onderzoeksproject: +10 points for effective collaboration.
    CollaborationBonus,
    /// CS-ICON: research consortium with a research organisation.
    CsIcon,
    /// Cybersecurity improvement trajectory: 50 % (SME), 35 % (large under NIS2).
    CyberTrajectory,
}

/// The measures that answer a barrier (empty when no measure of the calculator does).
pub fn answers_to(barrier: Barrier) -> &'static [(MeasureId, Answer)] {
    match barrier {
        Barrier::LackOfKnowledge | Barrier::AssessingApplications => {
            &[(MeasureId::KmoPortefeuille, Answer::KmoTraining)]
        }
        Barrier::CostBenefit | Barrier::ExternalFinancing => &[
            (MeasureId::Investeringsaftrek, Answer::InvestmentDeduction),
            (MeasureId::Ontwikkelingsproject, Answer::DevelopmentProject),
        ],
        Barrier::LackOfKnowledgePartners => &[
            (MeasureId::Ontwikkelingsproject, Answer::CollaborationBonus),
            (MeasureId::Onderzoeksproject, Answer::CollaborationBonus),
            (MeasureId::CsIcon, Answer::CsIcon),
        ],
        Barrier::LegalEthical => &[(MeasureId::KmoPortefeuille, Answer::KmoAiLiteracyTraining)],
        Barrier::AttractingStaff | Barrier::Incompatibility | Barrier::DataQuality => &[],
    }
}

/// The measures that support an application adopters name.
pub fn answers_to_application(application: Application) -> &'static [(MeasureId, Answer)] {
    match application {
        Application::IctSecurity => &[(
            MeasureId::CybersecurityVerbetertraject,
            Answer::CyberTrajectory,
        )],
        _ => &[],
    }
}

/// An in-page link to a measure of the result, with what it offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureLink {
    /// The measure.
    pub measure: MeasureId,
    /// What it offers here.
    pub answer: Answer,
    /// The link target: `#measure-kmo-portefeuille` (the result's measure card).
    pub href: String,
    /// The measure's name.
    pub label: String,
    /// What it offers, as a phrase after the name ("betaalt 20 tot 45 % van een opleiding …").
    pub text: String,
    /// Whether the visitor already has a plan item for this measure.
    pub planned: bool,
}

/// A figure written out for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureLine {
    /// The figure with its study, geography and unit.
    pub figure: Figure,
    /// The value written in the language ("30,9 %").
    pub value: String,
    /// What it is about ("tekstanalyse", "Gent").
    pub label: String,
    /// A full sentence or list line.
    pub text: String,
}

/// The visitor's sector, when its NACE code falls in a range the source reports on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectorBlock {
    /// The sector.
    pub sector: Sector,
    /// The NACE division range of the source row (inclusive).
    pub nace_range: (u8, u8),
    /// "Jouw sector: informatie en communicatie (NACE 58–63)".
    pub heading: String,
    /// One line per technology rate ("In jouw sector gebruikt 30,9 % van de bedrijven
    /// tekstanalyse (AI-barometer 2022, Vlaanderen).").
    pub rates: Vec<FigureLine>,
    /// What the source says without a number (health, construction).
    pub qualitative: Option<(Qualitative, String)>,
    /// That the rates are per technology, not the sector's AI use (when there are rates).
    pub caveat: Option<String>,
}

/// Overall AI adoption in Flanders, labelled with its year, and the later barometers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdoptionBlock {
    /// "AI-gebruik in Vlaanderen".
    pub heading: String,
    /// The 2022 figure of seed 004.
    pub figure: Figure,
    /// "In 2022 gebruikte 25,5 % van de Vlaamse bedrijven minstens één AI-technologie
    /// (AI-barometer 2022, Vlaanderen)."
    pub text: String,
    /// The later barometers (2023, 2025).
    pub later: Vec<Figure>,
    /// "Latere barometers melden meer: …", naming where those were read.
    pub later_text: String,
}

/// A list of figures under a heading, with one source label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureList {
    /// The heading.
    pub heading: String,
    /// The lines.
    pub lines: Vec<FigureLine>,
    /// "Bron: AI-barometer 2022, Vlaanderen."
    pub source: String,
}

/// An application adopters name, with the measures that support it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationLine {
    /// The application.
    pub application: Application,
    /// The figure written out.
    pub line: FigureLine,
    /// Measures of the result that support it (ICT security: the cyber trajectory).
    pub links: Vec<MeasureLink>,
}

/// Applications as percent of adopters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationsBlock {
    /// The heading.
    pub heading: String,
    /// The applications, largest first.
    pub lines: Vec<ApplicationLine>,
    /// The source label.
    pub source: String,
}

/// A barrier with its shares and the measures that answer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarrierLine {
    /// The barrier.
    pub barrier: Barrier,
    /// The figures (adopters, non-adopters).
    pub data: BarrierData,
    /// "Gebrek aan kennis, vaardigheden en expertise: 63,7 % van de AI-gebruikers,
    /// 67,6 % van de niet-gebruikers".
    pub text: String,
    /// The measures that answer it (may be empty).
    pub links: Vec<MeasureLink>,
}

/// The barriers companies name, most named first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarriersBlock {
    /// The heading.
    pub heading: String,
    /// "De drempel die de meeste bedrijven noemen is gebrek aan kennis, vaardigheden en
    /// expertise" (the UI follows it with the first line's links).
    pub headline: String,
    /// Every barrier, ranked by the larger of its two shares.
    pub lines: Vec<BarrierLine>,
    /// The source label.
    pub source: String,
}

impl BarriersBlock {
    /// The most named barrier.
    pub fn top(&self) -> Option<&BarrierLine> {
        self.lines.first()
    }
}

/// The AI-literacy duty of the AI Act (article 4), corrected from the seed's "artikel 20".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiteracyBlock {
    /// The heading.
    pub heading: String,
    /// The article number (4).
    pub article: u8,
    /// The day it applies from (`2025-02-02`).
    pub applicable_from: &'static str,
    /// The fact in the language.
    pub text: String,
    /// That the seed memo cites the wrong article.
    pub correction: String,
    /// Where the fact was checked.
    pub url: &'static str,
    /// The measure that pays for such training.
    pub link: MeasureLink,
}

/// Facts about Belgian AI start-ups (AI producers, not adoption).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartupsBlock {
    /// The heading.
    pub heading: String,
    /// The label of the collapsible part.
    pub toggle: String,
    /// That these are producers, not users.
    pub caveat: String,
    /// "De studie telt 744 Belgische AI-start-ups …".
    pub summary: String,
    /// The total.
    pub total: Figure,
    /// The identification funnel in one sentence.
    pub funnel: String,
    /// The funnel's figures.
    pub funnel_figures: Vec<Figure>,
    /// Where they are.
    pub locations: FigureList,
    /// Which technologies they build on.
    pub technologies: FigureList,
    /// What their products are for.
    pub purposes: FigureList,
    /// Venture capital, spin-offs, patents.
    pub financing: Vec<FigureLine>,
    /// The source label.
    pub source: String,
}

/// A source the panel cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// The study's id.
    pub id: &'static str,
    /// The study and the year.
    pub label: String,
    /// Where it was read: the seed memo or a third party.
    pub note: String,
    /// The study's page, or the third-party page.
    pub url: Option<&'static str>,
    /// The seed file, when the figures come from a seed.
    pub seed: Option<&'static str>,
}

/// Fixed words of the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelLabels {
    /// "in je plannen", shown next to a linked measure the visitor has planned.
    pub in_your_plans: String,
    /// "Bronnen".
    pub sources: String,
    /// "Wat helpt:" before a barrier's links.
    pub what_helps: String,
}

/// Everything the context panel shows, in one language. Informational only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextPanel {
    /// The language of the texts.
    pub lang: Lang,
    /// The panel's title.
    pub title: String,
    /// That these are survey figures that change nothing in the result.
    pub disclaimer: String,
    /// The visitor's sector, only for a NACE code in a covered range.
    pub sector: Option<SectorBlock>,
    /// Overall adoption with its year.
    pub adoption: AdoptionBlock,
    /// Benefits adopters report.
    pub benefits: FigureList,
    /// Applications adopters name.
    pub applications: ApplicationsBlock,
    /// Barriers with the measures that answer them.
    pub barriers: BarriersBlock,
    /// The AI-literacy duty.
    pub literacy: LiteracyBlock,
    /// The start-up ecosystem.
    pub startups: StartupsBlock,
    /// Every source cited.
    pub sources: Vec<SourceLine>,
    /// Fixed words.
    pub labels: PanelLabels,
}

/// The sector row covering a NACE code, if any (see [`nace::division`] for what is read).
pub fn sector_for_nace(code: &str) -> Option<&'static SectorData> {
    nace::sector_for(code)
}

/// Builds the panel for a scenario: its NACE code and its plans.
pub fn for_scenario(scenario: &Scenario, lang: Lang) -> ContextPanel {
    for_visitor(
        scenario.company.nace.as_deref(),
        &PlanSummary::from_plans(&scenario.plans),
        lang,
    )
}

/// Builds the panel: a sector block only when `nace` falls in a covered range, the overall
/// adoption with its year, benefits, applications, barriers linked to measures (marked when
/// planned), the AI-literacy duty and the start-up ecosystem. Pure; never fails.
pub fn for_visitor(nace: Option<&str>, plans: &PlanSummary, lang: Lang) -> ContextPanel {
    let rates = QuotedRates::current();
    ContextPanel {
        lang,
        title: text(lang, "context.panel.title").to_string(),
        disclaimer: text(lang, "context.panel.disclaimer").to_string(),
        sector: nace
            .and_then(nace::sector_for)
            .map(|s| sector_block(s, lang)),
        adoption: adoption_block(lang),
        benefits: benefits_block(lang),
        applications: applications_block(plans, &rates, lang),
        barriers: barriers_block(plans, &rates, lang),
        literacy: literacy_block(plans, &rates, lang),
        startups: startups_block(lang),
        sources: sources(lang),
        labels: PanelLabels {
            in_your_plans: text(lang, "context.panel.in-your-plans").to_string(),
            sources: text(lang, "context.panel.sources").to_string(),
            what_helps: text(lang, "context.panel.what-helps").to_string(),
        },
    }
}

fn link(
    measure: MeasureId,
    answer: Answer,
    plans: &PlanSummary,
    rates: &QuotedRates,
    lang: Lang,
) -> MeasureLink {
    MeasureLink {
        measure,
        answer,
        href: format!("#measure-{}", measure.code()),
        label: texts::measure(measure, lang).to_string(),
        text: texts::answer(answer, rates, lang),
        planned: plans.plans(measure),
    }
}

fn source_sentence(study: &Study, figure: &Figure, lang: Lang) -> String {
    let label = source_label(study, figure.geography, lang);
    fill(lang, "context.panel.source-sentence", &[("source", &label)])
}

/// "label: value" ("label : value" in French), a line of a list.
fn list_line(label: &str, value: &str, lang: Lang) -> String {
    fill(
        lang,
        "context.panel.list-line",
        &[("label", label), ("value", value)],
    )
}

fn sector_block(s: &SectorData, lang: Lang) -> SectorBlock {
    let range = format!("{}–{}", s.first_division, s.last_division);
    let name = texts::sector(s.sector, lang);
    let heading = fill(
        lang,
        "context.sector-block.heading",
        &[("name", name), ("range", &range)],
    );
    let rates = s
        .rates
        .iter()
        .map(|r| {
            let value = texts::percent(r.figure.value, lang);
            let label = texts::technology(r.technology, lang);
            let src = source_label(r.figure.study, r.figure.geography, lang);
            let text = fill(
                lang,
                "context.sector-block.rate",
                &[("value", &value), ("technology", label), ("source", &src)],
            );
            FigureLine {
                figure: r.figure,
                value,
                label: label.to_string(),
                text,
            }
        })
        .collect::<Vec<_>>();
    let barometer_label = source_label(&AI_BAROMETER_2022, data::Geography::Flanders, lang);
    SectorBlock {
        sector: s.sector,
        nace_range: (s.first_division, s.last_division),
        heading,
        caveat: (!rates.is_empty()).then(|| text(lang, "context.sector-block.caveat").to_string()),
        rates,
        qualitative: s
            .qualitative
            .map(|q| (q, texts::qualitative(q, &barometer_label, lang))),
    }
}

fn adoption_block(lang: Lang) -> AdoptionBlock {
    let f = ADOPTION_2022;
    let text_2022 = fill(
        lang,
        "context.adoption.text",
        &[
            ("year", &f.study.year.to_string()),
            ("value", &texts::percent(f.value, lang)),
            ("source", &source_label(f.study, f.geography, lang)),
        ],
    );
    let later = vec![ADOPTION_2023, ADOPTION_2025];
    let hosts = later
        .iter()
        .filter_map(|f| f.study.reported_by.map(texts::host))
        .collect::<Vec<_>>()
        .join(", ");
    let later_text = fill(
        lang,
        "context.adoption.later",
        &[
            ("v23", &texts::percent(ADOPTION_2023.value, lang)),
            ("y23", &ADOPTION_2023.study.year.to_string()),
            ("v25", &texts::percent(ADOPTION_2025.value, lang)),
            ("y25", &ADOPTION_2025.study.year.to_string()),
            ("l23", ADOPTION_2023.study.label),
            ("l25", ADOPTION_2025.study.label),
            ("geo", texts::geography(ADOPTION_2023.geography, lang)),
            ("hosts", &hosts),
        ],
    );
    AdoptionBlock {
        heading: text(lang, "context.adoption.heading").to_string(),
        figure: f,
        text: text_2022,
        later,
        later_text,
    }
}

fn adopters_line(figure: Figure, label: &str, lang: Lang) -> FigureLine {
    let value = texts::percent(figure.value, lang);
    let text = fill(
        lang,
        "context.adopters.line",
        &[("value", &value), ("label", label)],
    );
    FigureLine {
        figure,
        value,
        label: label.to_string(),
        text,
    }
}

fn benefits_block(lang: Lang) -> FigureList {
    FigureList {
        heading: text(lang, "context.benefits.heading").to_string(),
        lines: BENEFITS
            .iter()
            .map(|(b, f)| adopters_line(*f, texts::benefit(*b, lang), lang))
            .collect(),
        source: source_sentence(&AI_BAROMETER_2022, &BENEFITS[0].1, lang),
    }
}

fn applications_block(plans: &PlanSummary, rates: &QuotedRates, lang: Lang) -> ApplicationsBlock {
    ApplicationsBlock {
        heading: text(lang, "context.applications.heading").to_string(),
        lines: APPLICATIONS
            .iter()
            .map(|(a, f)| ApplicationLine {
                application: *a,
                line: adopters_line(*f, texts::application(*a, lang), lang),
                links: answers_to_application(*a)
                    .iter()
                    .map(|(m, ans)| link(*m, *ans, plans, rates, lang))
                    .collect(),
            })
            .collect(),
        source: source_sentence(&AI_BAROMETER_2022, &APPLICATIONS[0].1, lang),
    }
}

fn barrier_text(b: &BarrierData, lang: Lang) -> String {
    let name = capitalized(texts::barrier(b.barrier, lang));
    let share =
        |key: &str, f: Figure| fill(lang, key, &[("value", &texts::percent(f.value, lang))]);
    let adopters = b.adopters.map(|f| share("context.adopters.share", f));
    let non_adopters = b
        .non_adopters
        .map(|f| share("context.non-adopters.share", f));
    let shares = [adopters, non_adopters]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    list_line(&name, &shares, lang)
}

fn barriers_block(plans: &PlanSummary, rates: &QuotedRates, lang: Lang) -> BarriersBlock {
    let mut ranked: Vec<&BarrierData> = BARRIERS.iter().collect();
    // Stable: ties keep the seed's order.
    ranked.sort_by_key(|b| std::cmp::Reverse(b.max_tenths()));
    let lines: Vec<BarrierLine> = ranked
        .into_iter()
        .map(|b| BarrierLine {
            barrier: b.barrier,
            data: *b,
            text: barrier_text(b, lang),
            links: answers_to(b.barrier)
                .iter()
                .map(|(m, a)| link(*m, *a, plans, rates, lang))
                .collect(),
        })
        .collect();
    let top = lines
        .first()
        .map(|l| l.barrier)
        .unwrap_or(Barrier::LackOfKnowledge);
    BarriersBlock {
        heading: text(lang, "context.barriers.heading").to_string(),
        headline: fill(
            lang,
            "context.barriers.headline",
            &[("barrier", texts::barrier(top, lang))],
        ),
        lines,
        source: source_sentence(&AI_BAROMETER_2022, &ADOPTION_2022, lang),
    }
}

fn literacy_block(plans: &PlanSummary, rates: &QuotedRates, lang: Lang) -> LiteracyBlock {
    LiteracyBlock {
        heading: text(lang, "context.literacy.heading").to_string(),
        article: data::AI_LITERACY_ARTICLE,
        applicable_from: data::AI_LITERACY_APPLICABLE_FROM,
        text: text(lang, "context.literacy.text").to_string(),
        correction: text(lang, "context.literacy.correction").to_string(),
        url: AI_LITERACY_SOURCE_URL,
        link: link(
            MeasureId::KmoPortefeuille,
            Answer::KmoAiLiteracyTraining,
            plans,
            rates,
            lang,
        ),
    }
}

fn count_list(
    heading_key: &'static str,
    items: impl Iterator<Item = (String, Figure)>,
    lang: Lang,
) -> FigureList {
    FigureList {
        heading: text(lang, heading_key).to_string(),
        lines: items
            .map(|(label, figure)| {
                let value = texts::value(figure.value, lang);
                FigureLine {
                    figure,
                    text: list_line(&label, &value, lang),
                    value,
                    label,
                }
            })
            .collect(),
        source: source_sentence(&DUMONT_RAYP_2025, &STARTUPS_TOTAL, lang),
    }
}

fn startups_block(lang: Lang) -> StartupsBlock {
    let c = |f: &Figure| texts::value(f.value, lang);
    let summary = fill(
        lang,
        "context.startups.summary",
        &[
            ("n", &c(&STARTUPS_TOTAL)),
            (
                "source",
                &source_label(&DUMONT_RAYP_2025, STARTUPS_TOTAL.geography, lang),
            ),
        ],
    );
    let funnel = fill(
        lang,
        "context.startups.funnel",
        &[
            ("a", &c(&STARTUP_FUNNEL[0])),
            ("b", &c(&STARTUP_FUNNEL[1])),
            ("c", &c(&STARTUP_FUNNEL[2])),
            ("d", &c(&STARTUP_FUNNEL[3])),
        ],
    );
    let financing_line = |figure: Figure, key: &str, extra: &[(&str, &str)]| {
        let value = c(&figure);
        let mut values = vec![("n", value.as_str())];
        values.extend_from_slice(extra);
        FigureLine {
            figure,
            text: fill(lang, key, &values),
            label: String::new(),
            value: value.clone(),
        }
    };
    let total = c(&STARTUPS_TOTAL);
    let vc_share = texts::percent(STARTUPS_WITH_VC_SHARE.value, lang);
    let patent_share = texts::percent(STARTUPS_WITH_PATENT_SHARE.value, lang);
    let financing = vec![
        financing_line(
            STARTUPS_WITH_VC,
            "context.startups.venture-capital",
            &[("total", &total), ("share", &vc_share)],
        ),
        financing_line(STARTUP_SPIN_OFFS, "context.startups.spin-offs", &[]),
        financing_line(
            STARTUPS_WITH_PATENT,
            "context.startups.patents",
            &[("share", &patent_share)],
        ),
    ];
    StartupsBlock {
        heading: text(lang, "context.startups.heading").to_string(),
        toggle: text(lang, "context.startups.toggle").to_string(),
        caveat: text(lang, "context.startups.caveat").to_string(),
        summary,
        total: STARTUPS_TOTAL,
        funnel,
        funnel_figures: STARTUP_FUNNEL.to_vec(),
        locations: count_list(
            "context.startups.locations",
            STARTUP_LOCATIONS
                .iter()
                .map(|(p, f)| (texts::place(*p, lang).to_string(), *f)),
            lang,
        ),
        technologies: count_list(
            "context.startups.technologies",
            STARTUP_TECHNOLOGIES
                .iter()
                .map(|(t, f)| (texts::startup_technology(*t, lang).to_string(), *f)),
            lang,
        ),
        purposes: count_list(
            "context.startups.purposes",
            STARTUP_PURPOSES
                .iter()
                .map(|(p, f)| (texts::startup_purpose(*p, lang).to_string(), *f)),
            lang,
        ),
        financing,
        source: source_sentence(&DUMONT_RAYP_2025, &STARTUPS_TOTAL, lang),
    }
}

fn sources(lang: Lang) -> Vec<SourceLine> {
    let seed_note = |study: &Study| match study.seed {
        Some(data::SEED_STARTUPS) => text(lang, "context.source-note.startups").to_string(),
        Some(_) => text(lang, "context.source-note.memo").to_string(),
        None => fill(
            lang,
            "context.source-note.third-party",
            &[("host", study.reported_by.map(texts::host).unwrap_or("?"))],
        ),
    };
    let mut lines: Vec<SourceLine> = [
        &AI_BAROMETER_2022,
        &AI_BAROMETER_2023,
        &AI_BAROMETER_2025,
        &DUMONT_RAYP_2025,
    ]
    .into_iter()
    .map(|s| SourceLine {
        id: s.id,
        label: s.label.to_string(),
        note: seed_note(s),
        url: s.reported_by.or(s.url),
        seed: s.seed,
    })
    .collect();
    lines.push(SourceLine {
        id: "eu-ai-act-art-4",
        label: text(lang, "context.ai-act.title").to_string(),
        note: text(lang, "context.ai-act.note").to_string(),
        url: Some(AI_LITERACY_SOURCE_URL),
        seed: None,
    });
    lines
}

#[cfg(test)]
mod tests {
    use super::data::{Geography, Unit, Value};
    use super::*;

    #[test]
    fn list_items_start_with_a_capital_in_every_language() {
        assert_eq!(texts::capitalized("tekstanalyse"), "Tekstanalyse");
        assert_eq!(
            texts::capitalized("l'analyse de texte"),
            "L'analyse de texte"
        );
        assert_eq!(texts::capitalized("évaluation"), "Évaluation");
        assert_eq!(texts::capitalized("àb"), "Àb");
        assert_eq!(texts::capitalized("3D"), "3D");
        assert_eq!(texts::capitalized(""), "");
    }

    fn panel(nace: Option<&str>) -> ContextPanel {
        for_visitor(nace, &PlanSummary::default(), Lang::Nl)
    }

    fn tenths(lines: &[FigureLine]) -> Vec<u32> {
        lines
            .iter()
            .map(|l| l.figure.value.percent_tenths().unwrap())
            .collect()
    }

    #[test]
    fn information_and_communication_gets_its_three_technology_rates() {
        let p = panel(Some("62.010"));
        let s = p.sector.expect("62.010 is in NACE 58-63");
        assert_eq!(s.sector, Sector::InformationCommunication);
        assert_eq!(s.nace_range, (58, 63));
        assert_eq!(tenths(&s.rates), vec![309, 297, 290]);
        let techs: Vec<_> = s.rates.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            techs,
            ["tekstanalyse", "machine learning", "procesautomatisering"]
        );
        assert_eq!(
            s.rates[0].text,
            "In jouw sector gebruikt 30,9\u{a0}% van de bedrijven tekstanalyse (AI-barometer 2022, Vlaanderen)."
        );
        for r in &s.rates {
            assert_eq!(r.figure.unit, Unit::PctOfCompanies);
            assert_eq!(r.figure.geography, Geography::Flanders);
            assert_eq!(r.figure.study.year, 2022);
            assert_eq!(r.figure.seed(), Some("004_f1d94110caefd88c.txt"));
        }
        assert!(s.caveat.unwrap().contains("niet het aandeel van de sector"));
        assert!(s.qualitative.is_none());
        // Other spellings of the same code give the same block.
        for code in ["62010", "62", "J62.01", " 62.010 ", "K62.01"] {
            assert_eq!(
                panel(Some(code)).sector.map(|s| s.sector),
                Some(Sector::InformationCommunication)
            );
        }
    }

    #[test]
    fn finance_gets_image_recognition_and_language_generation() {
        let s = panel(Some("64.190")).sector.unwrap();
        assert_eq!(s.sector, Sector::Finance);
        assert_eq!(tenths(&s.rates), vec![193, 147]);
        let en = for_visitor(Some("64.190"), &PlanSummary::default(), Lang::En)
            .sector
            .unwrap();
        assert_eq!(
            en.rates[1].text,
            "In your sector, 14.7% of companies use natural language generation (AI-barometer 2022, Flanders)."
        );
    }

    #[test]
    fn manufacturing_gets_autonomous_machines() {
        let s = panel(Some("25.620")).sector.unwrap();
        assert_eq!(s.sector, Sector::Manufacturing);
        assert_eq!(s.rates.len(), 1);
        assert_eq!(s.rates[0].figure.value, Value::Percent { tenths: 53 });
        assert!(s.rates[0].text.contains("5,3\u{a0}%"));
        assert!(s.rates[0].text.contains("autonome machines"));
    }

    #[test]
    fn utilities_get_one_percent_text_analysis() {
        let s = panel(Some("36.000")).sector.unwrap();
        assert_eq!(s.sector, Sector::Utilities);
        assert_eq!(tenths(&s.rates), vec![10]);
    }

    #[test]
    fn health_and_construction_get_a_label_without_a_number() {
        let s = panel(Some("86.210")).sector.unwrap();
        assert_eq!(s.sector, Sector::Health);
        assert!(s.rates.is_empty());
        assert!(s.caveat.is_none());
        let (q, text) = s.qualitative.unwrap();
        assert_eq!(q, Qualitative::LimitedAcrossTechnologies);
        assert!(text.contains("geen cijfer"));
        assert!(text.contains("AI-barometer 2022, Vlaanderen"));
        assert!(!text.contains('%'));

        let c = panel(Some("43.210")).sector.unwrap();
        assert_eq!(c.sector, Sector::Construction);
        assert!(c.rates.is_empty());
        assert_eq!(c.qualitative.unwrap().0, Qualitative::LowIntensity);
    }

    #[test]
    fn uncovered_or_absent_codes_get_no_sector_block() {
        for nace in [
            None,
            Some("01.110"),
            Some("01.1"),
            Some("47.110"),
            Some(""),
            Some("xyz"),
            Some("C62"),
        ] {
            assert!(panel(nace).sector.is_none(), "{nace:?}");
        }
        // The rest of the panel is still there.
        let p = panel(Some("01.110"));
        assert_eq!(p.adoption.figure.value, Value::Percent { tenths: 255 });
        assert!(!p.barriers.lines.is_empty());
    }

    #[test]
    fn overall_adoption_is_labelled_2022_and_names_the_later_barometers() {
        for lang in [Lang::Nl, Lang::En, Lang::Fr] {
            let a = for_visitor(None, &PlanSummary::default(), lang).adoption;
            assert_eq!(a.figure.study.year, 2022);
            assert_eq!(a.figure.seed(), Some("004_f1d94110caefd88c.txt"));
            assert!(a.text.contains("2022"), "{lang:?}: {}", a.text);
            assert!(a.text.contains("AI-barometer 2022"), "{lang:?}");
            let values: Vec<_> = a.later.iter().map(|f| (f.study.year, f.value)).collect();
            assert_eq!(
                values,
                vec![
                    (2023, Value::Percent { tenths: 321 }),
                    (2025, Value::Percent { tenths: 588 })
                ]
            );
            for needle in ["2023", "2025", "effixis.ch", "cropland.be"] {
                assert!(
                    a.later_text.contains(needle),
                    "{lang:?} lacks {needle}: {}",
                    a.later_text
                );
            }
            // Figures not read in a seed name the page they were read on.
            for f in &a.later {
                assert!(f.seed().is_none() && f.study.reported_by.is_some());
            }
        }
        let nl = panel(None).adoption;
        assert_eq!(
            nl.text,
            "In 2022 gebruikte 25,5\u{a0}% van de Vlaamse bedrijven minstens één AI-technologie (AI-barometer 2022, Vlaanderen)."
        );
        assert!(nl.later_text.contains("32,1\u{a0}% in 2023"));
        assert!(nl.later_text.contains("58,8\u{a0}% in 2025"));
    }

    #[test]
    fn benefits_and_applications_are_shares_of_adopters() {
        let p = panel(None);
        assert_eq!(tenths(&p.benefits.lines), vec![384, 278, 269]);
        let apps: Vec<_> = p
            .applications
            .lines
            .iter()
            .map(|l| l.line.figure.value)
            .collect();
        assert_eq!(
            apps,
            [350, 332, 193, 152]
                .map(|t| Value::Percent { tenths: t })
                .to_vec()
        );
        for l in p
            .benefits
            .lines
            .iter()
            .chain(p.applications.lines.iter().map(|a| &a.line))
        {
            assert_eq!(l.figure.unit, Unit::PctOfAdopters);
            assert!(l.text.contains("van de AI-gebruikers"));
        }
        let ict = p
            .applications
            .lines
            .iter()
            .find(|l| l.application == Application::IctSecurity)
            .unwrap();
        assert_eq!(ict.links.len(), 1);
        assert_eq!(
            ict.links[0].measure,
            MeasureId::CybersecurityVerbetertraject
        );
        assert_eq!(ict.links[0].href, "#measure-cybersecurity-verbetertraject");
    }

    #[test]
    fn the_top_barrier_is_lack_of_knowledge_answered_by_kmo_portefeuille() {
        let b = panel(None).barriers;
        let top = b.top().unwrap();
        assert_eq!(top.barrier, Barrier::LackOfKnowledge);
        assert_eq!(
            top.data.adopters.unwrap().value,
            Value::Percent { tenths: 637 }
        );
        assert_eq!(
            top.data.non_adopters.unwrap().value,
            Value::Percent { tenths: 676 }
        );
        assert_eq!(
            b.headline,
            "De drempel die de meeste bedrijven noemen is gebrek aan kennis, vaardigheden en expertise"
        );
        assert_eq!(top.links.len(), 1);
        let l = &top.links[0];
        assert_eq!(l.measure, MeasureId::KmoPortefeuille);
        assert_eq!(l.href, "#measure-kmo-portefeuille");
        assert!(
            l.text
                .starts_with("betaalt 20 tot 45\u{a0}% van een opleiding"),
            "{}",
            l.text
        );
        assert_eq!(
            top.text,
            "Gebrek aan kennis, vaardigheden en expertise: 63,7\u{a0}% van de AI-gebruikers, 67,6\u{a0}% van de niet-gebruikers"
        );
    }

    #[test]
    fn barriers_are_ranked_and_complete() {
        let b = panel(None).barriers;
        assert_eq!(b.lines.len(), 9);
        let maxima: Vec<u32> = b.lines.iter().map(|l| l.data.max_tenths()).collect();
        assert!(maxima.windows(2).all(|w| w[0] >= w[1]), "{maxima:?}");
        let staff = b
            .lines
            .iter()
            .find(|l| l.barrier == Barrier::AttractingStaff)
            .unwrap();
        assert!(staff.data.non_adopters.is_none());
        assert!(staff.text.contains("53,6") && !staff.text.contains("niet-gebruikers"));
        for l in &b.lines {
            if let Some(f) = l.data.adopters {
                assert_eq!(f.unit, Unit::PctOfAdopters);
            }
            if let Some(f) = l.data.non_adopters {
                assert_eq!(f.unit, Unit::PctOfNonAdopters);
            }
        }
    }

    #[test]
    fn each_barrier_link_points_to_a_measure_of_the_report() {
        let report = crate::evaluate(
            &Scenario::default(),
            crate::Date::parse("2026-11-22").unwrap(),
        )
        .unwrap();
        let report_ids: Vec<&str> = report.measures.iter().map(|m| m.id.code()).collect();
        let p = panel(None);
        let mut links: Vec<&MeasureLink> = p.barriers.lines.iter().flat_map(|l| &l.links).collect();
        links.extend(p.applications.lines.iter().flat_map(|l| &l.links));
        links.push(&p.literacy.link);
        assert!(links.len() >= 9);
        for l in links {
            assert!(
                report_ids.contains(&l.measure.code()),
                "{}",
                l.measure.code()
            );
            assert_eq!(l.href, format!("#measure-{}", l.measure.code()));
            assert!(!l.label.is_empty() && !l.text.is_empty());
        }
        let measures =
            |b: Barrier| -> Vec<MeasureId> { answers_to(b).iter().map(|(m, _)| *m).collect() };
        assert_eq!(
            measures(Barrier::LackOfKnowledge),
            [MeasureId::KmoPortefeuille]
        );
        assert_eq!(
            measures(Barrier::ExternalFinancing),
            [
                MeasureId::Investeringsaftrek,
                MeasureId::Ontwikkelingsproject
            ]
        );
        assert_eq!(
            measures(Barrier::CostBenefit),
            [
                MeasureId::Investeringsaftrek,
                MeasureId::Ontwikkelingsproject
            ]
        );
        assert_eq!(
            measures(Barrier::LackOfKnowledgePartners),
            [
                MeasureId::Ontwikkelingsproject,
                MeasureId::Onderzoeksproject,
                MeasureId::CsIcon
            ]
        );
        // Barriers no measure answers are shown without a link rather than with a wrong one.
        assert!(measures(Barrier::DataQuality).is_empty());
    }

    #[test]
    fn links_are_marked_when_the_visitor_plans_that_measure() {
        let plans = PlanSummary {
            trainings: true,
            ..PlanSummary::default()
        };
        let p = for_visitor(None, &plans, Lang::Nl);
        assert!(p.barriers.top().unwrap().links[0].planned);
        let financing = p
            .barriers
            .lines
            .iter()
            .find(|l| l.barrier == Barrier::ExternalFinancing)
            .unwrap();
        assert!(financing.links.iter().all(|l| !l.planned));

        let s: Scenario = crate::parse_scenario(
            r#"{"version":1,"company":{"nace":"62.010"},"plans":{"investments":[{"amount":"1000"}],"trainings":[]}}"#,
        )
        .unwrap();
        let summary = PlanSummary::from_plans(&s.plans);
        assert!(summary.investments && !summary.trainings);
        let p = for_scenario(&s, Lang::Nl);
        assert_eq!(p.sector.unwrap().sector, Sector::InformationCommunication);
    }

    #[test]
    fn ai_literacy_is_article_4_since_2_february_2025() {
        for lang in [Lang::Nl, Lang::En, Lang::Fr] {
            let l = for_visitor(None, &PlanSummary::default(), lang).literacy;
            assert_eq!(l.article, 4);
            assert_eq!(l.applicable_from, "2025-02-02");
            assert!(
                l.text.contains('4') && l.text.contains("2025") && l.text.contains("2024/1689")
            );
            assert!(!l.text.contains("20 "), "{}", l.text);
            assert!(l.correction.contains("20"));
            assert_eq!(l.link.measure, MeasureId::KmoPortefeuille);
        }
        assert!(panel(None).literacy.text.contains("artikel 4"));
    }

    #[test]
    fn startup_facts_are_about_producers_in_belgium() {
        let s = panel(None).startups;
        assert_eq!(s.total.value, Value::Count(744));
        assert_eq!(s.total.geography, Geography::Belgium);
        assert_eq!(s.total.seed(), Some("003_48838149e7ffad33.txt"));
        let funnel: Vec<_> = s
            .funnel_figures
            .iter()
            .map(|f| f.value.count().unwrap())
            .collect();
        assert_eq!(funnel, [1256, 1027, 851, 744]);
        assert!(s.funnel.contains("1.256"));
        assert!(s.caveat.contains("niet bedrijven die AI gebruiken"));
        assert_eq!(
            s.locations.lines[0].text,
            "Brussels Hoofdstedelijk Gewest: 124"
        );
        assert_eq!(s.locations.lines[1].text, "Gent: 108");
        assert_eq!(s.technologies.lines[0].figure.value, Value::Count(486));
        assert_eq!(
            s.purposes.lines.last().unwrap().figure.value,
            Value::Count(22)
        );
        assert!(s.financing[0]
            .text
            .starts_with("156 van de 744 (ongeveer 21\u{a0}%)"));
        assert!(s.financing[2].text.contains("7,5\u{a0}%"));
        for f in s
            .locations
            .lines
            .iter()
            .chain(&s.technologies.lines)
            .chain(&s.purposes.lines)
        {
            assert_eq!(f.figure.unit, Unit::Startups);
            assert_eq!(f.figure.study.id, "dumont-rayp-2025");
        }
        let fr = for_visitor(None, &PlanSummary::default(), Lang::Fr).startups;
        assert!(fr.funnel.contains("1\u{202f}256"));
        assert_eq!(fr.locations.lines[1].text, "Gand : 108");
    }

    #[test]
    fn every_text_exists_in_every_language_and_differs_from_dutch() {
        let nl = for_visitor(Some("62.010"), &PlanSummary::default(), Lang::Nl);
        for lang in [Lang::En, Lang::Fr] {
            let p = for_visitor(Some("62.010"), &PlanSummary::default(), lang);
            assert_eq!(p.lang, lang);
            let pairs = [
                (&nl.title, &p.title),
                (&nl.disclaimer, &p.disclaimer),
                (&nl.adoption.text, &p.adoption.text),
                (&nl.adoption.later_text, &p.adoption.later_text),
                (&nl.barriers.headline, &p.barriers.headline),
                (&nl.barriers.lines[0].text, &p.barriers.lines[0].text),
                (
                    &nl.barriers.lines[0].links[0].text,
                    &p.barriers.lines[0].links[0].text,
                ),
                (&nl.literacy.text, &p.literacy.text),
                (&nl.startups.caveat, &p.startups.caveat),
                (&nl.startups.summary, &p.startups.summary),
                (
                    &nl.sector.as_ref().unwrap().heading,
                    &p.sector.as_ref().unwrap().heading,
                ),
                (&nl.labels.in_your_plans, &p.labels.in_your_plans),
            ];
            for (a, b) in pairs {
                assert!(!b.is_empty() && a != b, "{lang:?}: {b}");
            }
        }
    }

    #[test]
    fn the_panel_never_calls_a_technology_rate_sector_adoption() {
        for lang in [Lang::Nl, Lang::En, Lang::Fr] {
            for code in ["62.010", "64.190", "25.620", "35.110"] {
                let s = for_visitor(Some(code), &PlanSummary::default(), lang)
                    .sector
                    .unwrap();
                for r in &s.rates {
                    assert!(r.text.contains(&r.label), "{}", r.text);
                    assert!(!r.text.contains("AI gebruikt") && !r.text.contains("use AI"));
                }
            }
        }
    }

    #[test]
    fn sources_name_seed_files_and_third_parties() {
        let s = panel(None).sources;
        let ids: Vec<_> = s.iter().map(|l| l.id).collect();
        assert_eq!(
            ids,
            [
                "ai-barometer-2022",
                "ai-barometer-2023",
                "ai-barometer-2025",
                "dumont-rayp-2025",
                "eu-ai-act-art-4"
            ]
        );
        assert_eq!(s[0].seed, Some(data::SEED_ADOPTION));
        assert_eq!(s[3].seed, Some(data::SEED_STARTUPS));
        assert!(s[1].note.contains("effixis.ch") && s[2].note.contains("cropland.be"));
    }

    #[test]
    fn quoted_rates_are_the_engines_parameters_in_force() {
        let r = QuotedRates::current();
        assert_eq!(r, QuotedRates::SEEDS);
        let find = |id: &str| {
            crate::params::all()
                .into_iter()
                .find(|p| p.id == id && p.valid_until.is_none())
                .and_then(|p| p.value.decimal())
                .map(|d| d.to_string())
        };
        assert_eq!(find("kmo.rate.medium").as_deref(), Some("20"));
        assert_eq!(find("kmo.rate.raised.small").as_deref(), Some("45"));
        assert_eq!(find("cyber.rate.sme").as_deref(), Some("50"));
    }
}
