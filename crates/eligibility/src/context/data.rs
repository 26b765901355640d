//! The figures themselves, as data: each with its study (seed file, year, link), its
//! geography and its unit. Values are copied from the seed documents; where a later or
//! corrected figure is used, the study says where it was read.

/// Where a figure applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Geography {
    /// The Flemish Region.
    Flanders,
    /// Belgium as a whole.
    Belgium,
    /// The Netherlands.
    Netherlands,
    /// Belgium, the Netherlands and Luxembourg together.
    Benelux,
}

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Percent of all companies surveyed (in the geography, or in the sector for sector rows).
    PctOfCompanies,
    /// Percent of the companies that use AI (adopters).
    PctOfAdopters,
    /// Percent of the companies that do not use AI (non-adopters).
    PctOfNonAdopters,
    /// A number of start-ups.
    Startups,
    /// Percent of the start-ups counted by the study.
    PctOfStartups,
}

/// A figure's value. Percentages keep the precision the source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    /// A percentage with one decimal, in tenths of a percent (`255` is 25.5 %).
    Percent {
        /// Tenths of a percent.
        tenths: u32,
    },
    /// A rounded percentage that the source gives without decimals ("about 21 %").
    WholePercent(u32),
    /// A count.
    Count(u32),
}

impl Value {
    /// The value as a number of tenths of a percent, when it is a percentage.
    pub fn percent_tenths(self) -> Option<u32> {
        match self {
            Value::Percent { tenths } => Some(tenths),
            Value::WholePercent(p) => Some(p * 10),
            Value::Count(_) => None,
        }
    }

    /// The value as a count, when it is one.
    pub fn count(self) -> Option<u32> {
        match self {
            Value::Count(n) => Some(n),
            _ => None,
        }
    }
}

/// A survey or study that figures come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Study {
    /// Stable id, e.g. `ai-barometer-2022`.
    pub id: &'static str,
    /// The study's own name with its year, shown as is in every language.
    pub label: &'static str,
    /// The year the data describes.
    pub year: u16,
    /// The seed document the figures were read from, when they come from a seed.
    pub seed: Option<&'static str>,
    /// The study's own publication page, when known.
    pub url: Option<&'static str>,
    /// A third-party page the figure was read from, when it was not read in the study
    /// itself or in a seed (named so the visitor can weigh it).
    pub reported_by: Option<&'static str>,
}

/// One figure with everything needed to label it honestly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Figure {
    /// Stable id, e.g. `adoption.2022`.
    pub id: &'static str,
    /// The number.
    pub value: Value,
    /// What the number counts.
    pub unit: Unit,
    /// Where it comes from.
    pub study: &'static Study,
    /// Where it applies.
    pub geography: Geography,
}

impl Figure {
    /// The seed file the figure comes from, if any.
    pub fn seed(&self) -> Option<&'static str> {
        self.study.seed
    }
}

/// Seed 004: research memo "AI-adoptie in Vlaamse KMO's (2022–2025)".
pub const SEED_ADOPTION: &str = "004_f1d94110caefd88c.txt";
/// Seed 003: report on Belgian AI start-ups (Dumont & Rayp 2025).
pub const SEED_STARTUPS: &str = "003_48838149e7ffad33.txt";
/// Seed 002: VLAIO kmo-portefeuille page (5 Jun 2024).
pub const SEED_KMO_PORTEFEUILLE: &str = "002_7fd849a4ff4e77d7.txt";

/// AI-barometer 2022 (Flemish government, Departement EWI), as quoted by seed 004.
pub static AI_BAROMETER_2022: Study = Study {
    id: "ai-barometer-2022",
    label: "AI-barometer 2022",
    year: 2022,
    seed: Some(SEED_ADOPTION),
    url: Some("https://www.vlaanderen.be/publicaties/ai-barometer-adoptie-en-gebruik-van-artificiele-intelligentie-bij-vlaamse-bedrijven-situatie-2022"),
    reported_by: None,
};

/// AI-barometer 2023 (situation 2023); the 32.1 % was read in a third-party summary.
pub static AI_BAROMETER_2023: Study = Study {
    id: "ai-barometer-2023",
    label: "AI-barometer 2023",
    year: 2023,
    seed: None,
    url: Some("https://www.vlaanderen.be/publicaties/ai-barometer-adoptie-en-gebruik-van-artificiele-intelligentie-bij-vlaamse-bedrijven-situatie-2023"),
    reported_by: Some("https://effixis.ch/blog/the-rise-of-ai-in-flanders-key-findings-from-the-2023-ai-barometer-report/"),
};

/// AI-barometer 2025 (published early 2026); the 58.8 % was read in a third-party article.
pub static AI_BAROMETER_2025: Study = Study {
    id: "ai-barometer-2025",
    label: "AI-barometer 2025",
    year: 2025,
    seed: None,
    url: None,
    reported_by: Some("https://www.cropland.be/ai-is-here-but-who-let-it-in/"),
};

/// Dumont & Rayp (2025): Belgian AI start-ups founded since 2010 (identification closed
/// 16 April 2025). About AI producers, not about AI use.
pub static DUMONT_RAYP_2025: Study = Study {
    id: "dumont-rayp-2025",
    label: "Dumont & Rayp 2025",
    year: 2025,
    seed: Some(SEED_STARTUPS),
    url: None,
    reported_by: None,
};

/// The day seed 003 closed its identification of start-ups.
pub const STARTUP_IDENTIFICATION_CLOSED: &str = "2025-04-16";

const fn pct(tenths: u32) -> Value {
    Value::Percent { tenths }
}

const fn barometer_2022(id: &'static str, value: Value, unit: Unit) -> Figure {
    Figure {
        id,
        value,
        unit,
        study: &AI_BAROMETER_2022,
        geography: Geography::Flanders,
    }
}

const fn startups(id: &'static str, value: Value, unit: Unit) -> Figure {
    Figure {
        id,
        value,
        unit,
        study: &DUMONT_RAYP_2025,
        geography: Geography::Belgium,
    }
}

const fn count(id: &'static str, n: u32) -> Figure {
    startups(id, Value::Count(n), Unit::Startups)
}

// ---------------------------------------------------------------------------------------
// Overall adoption

/// Share of Flemish companies using at least one AI technology, 2022 (seed 004).
pub static ADOPTION_2022: Figure = barometer_2022("adoption.2022", pct(255), Unit::PctOfCompanies);

/// The same share in the 2023 barometer (not in the seeds).
pub static ADOPTION_2023: Figure = Figure {
    id: "adoption.2023",
    value: pct(321),
    unit: Unit::PctOfCompanies,
    study: &AI_BAROMETER_2023,
    geography: Geography::Flanders,
};

/// The same share in the 2025 barometer (not in the seeds).
pub static ADOPTION_2025: Figure = Figure {
    id: "adoption.2025",
    value: pct(588),
    unit: Unit::PctOfCompanies,
    study: &AI_BAROMETER_2025,
    geography: Geography::Flanders,
};

// ---------------------------------------------------------------------------------------
// Sectors

/// A sector for which seed 004 reports something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sector {
    /// NACE 58–63.
    InformationCommunication,
    /// NACE 64–66.
    Finance,
    /// NACE 10–33.
    Manufacturing,
    /// NACE 35–39.
    Utilities,
    /// NACE 86–88.
    Health,
    /// NACE 41–43.
    Construction,
}

/// An AI technology of the barometer's sector rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Technology {
    /// Text analysis / text mining.
    TextAnalysis,
    /// Machine learning.
    MachineLearning,
    /// Process automation.
    ProcessAutomation,
    /// Image recognition.
    ImageRecognition,
    /// Natural language generation.
    NaturalLanguageGeneration,
    /// Autonomous machines (robots, vehicles, drones).
    AutonomousMachines,
}

/// What the source says about a sector without giving a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualitative {
    /// "Beperkte adoptie over alle technologieën".
    LimitedAcrossTechnologies,
    /// "Lage AI-intensiteit".
    LowIntensity,
}

/// One per-technology rate in a sector: the share of the sector's companies that use
/// this technology. Never the share of the sector that uses AI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TechnologyRate {
    /// The technology.
    pub technology: Technology,
    /// Percent of the sector's companies using it.
    pub figure: Figure,
}

/// A sector row of seed 004, with the NACE divisions it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SectorData {
    /// The sector.
    pub sector: Sector,
    /// First NACE division of the range (inclusive).
    pub first_division: u8,
    /// Last NACE division of the range (inclusive).
    pub last_division: u8,
    /// Per-technology rates the source gives (may be empty).
    pub rates: &'static [TechnologyRate],
    /// What the source says without a number, if anything.
    pub qualitative: Option<Qualitative>,
}

impl SectorData {
    /// Whether a NACE division (first two digits) falls in this sector's range.
    pub fn covers(&self, division: u8) -> bool {
        (self.first_division..=self.last_division).contains(&division)
    }
}

const fn rate(id: &'static str, technology: Technology, tenths: u32) -> TechnologyRate {
    TechnologyRate {
        technology,
        figure: barometer_2022(id, pct(tenths), Unit::PctOfCompanies),
    }
}

/// Every sector seed 004 reports on (ranges do not overlap).
pub static SECTORS: [SectorData; 6] = [
    SectorData {
        sector: Sector::InformationCommunication,
        first_division: 58,
        last_division: 63,
        rates: &[
            rate("sector.58-63.text_analysis", Technology::TextAnalysis, 309),
            rate(
                "sector.58-63.machine_learning",
                Technology::MachineLearning,
                297,
            ),
            rate(
                "sector.58-63.process_automation",
                Technology::ProcessAutomation,
                290,
            ),
        ],
        qualitative: None,
    },
    SectorData {
        sector: Sector::Finance,
        first_division: 64,
        last_division: 66,
        rates: &[
            rate(
                "sector.64-66.image_recognition",
                Technology::ImageRecognition,
                193,
            ),
            rate(
                "sector.64-66.nlg",
                Technology::NaturalLanguageGeneration,
                147,
            ),
        ],
        qualitative: None,
    },
    SectorData {
        sector: Sector::Manufacturing,
        first_division: 10,
        last_division: 33,
        rates: &[rate(
            "sector.10-33.autonomous_machines",
            Technology::AutonomousMachines,
            53,
        )],
        qualitative: None,
    },
    SectorData {
        sector: Sector::Utilities,
        first_division: 35,
        last_division: 39,
        rates: &[rate(
            "sector.35-39.text_analysis",
            Technology::TextAnalysis,
            10,
        )],
        qualitative: None,
    },
    SectorData {
        sector: Sector::Health,
        first_division: 86,
        last_division: 88,
        rates: &[],
        qualitative: Some(Qualitative::LimitedAcrossTechnologies),
    },
    SectorData {
        sector: Sector::Construction,
        first_division: 41,
        last_division: 43,
        rates: &[],
        qualitative: Some(Qualitative::LowIntensity),
    },
];

// ---------------------------------------------------------------------------------------
// Benefits and applications reported by adopters

/// A benefit adopters report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Benefit {
    /// Better process quality.
    ProcessQuality,
    /// New or substantially improved products.
    NewProducts,
    /// Lower costs.
    CostReduction,
}

/// Benefits as percent of adopters (AI-barometer 2022), largest first.
pub static BENEFITS: [(Benefit, Figure); 3] = [
    (
        Benefit::ProcessQuality,
        barometer_2022("benefit.process_quality", pct(384), Unit::PctOfAdopters),
    ),
    (
        Benefit::NewProducts,
        barometer_2022("benefit.new_products", pct(278), Unit::PctOfAdopters),
    ),
    (
        Benefit::CostReduction,
        barometer_2022("benefit.cost_reduction", pct(269), Unit::PctOfAdopters),
    ),
];

/// What adopters use AI for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Application {
    /// Organising administrative processes.
    AdministrativeProcesses,
    /// ICT security.
    IctSecurity,
    /// Predictive maintenance and quality control.
    PredictiveMaintenance,
    /// Chatbots for customer service.
    Chatbots,
}

/// Applications as percent of adopters, largest first.
pub static APPLICATIONS: [(Application, Figure); 4] = [
    (
        Application::AdministrativeProcesses,
        barometer_2022("application.administration", pct(350), Unit::PctOfAdopters),
    ),
    (
        Application::IctSecurity,
        barometer_2022("application.ict_security", pct(332), Unit::PctOfAdopters),
    ),
    (
        Application::PredictiveMaintenance,
        barometer_2022(
            "application.predictive_maintenance",
            pct(193),
            Unit::PctOfAdopters,
        ),
    ),
    (
        Application::Chatbots,
        barometer_2022("application.chatbots", pct(152), Unit::PctOfAdopters),
    ),
];

// ---------------------------------------------------------------------------------------
// Barriers

/// A barrier to AI adoption that companies name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Barrier {
    /// Lack of relevant knowledge, skills and expertise.
    LackOfKnowledge,
    /// Difficulty assessing what AI applications can do.
    AssessingApplications,
    /// Difficulty attracting suitable staff.
    AttractingStaff,
    /// Unclear costs versus benefits.
    CostBenefit,
    /// Limited access to external financing.
    ExternalFinancing,
    /// Incompatibility with existing systems.
    Incompatibility,
    /// Data quality and availability.
    DataQuality,
    /// Lack of knowledge partners.
    LackOfKnowledgePartners,
    /// Legal and ethical aspects.
    LegalEthical,
}

/// A barrier with the share of adopters and of non-adopters naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BarrierData {
    /// The barrier.
    pub barrier: Barrier,
    /// Percent of adopters naming it, if the source gives it.
    pub adopters: Option<Figure>,
    /// Percent of non-adopters naming it, if the source gives it.
    pub non_adopters: Option<Figure>,
}

impl BarrierData {
    /// The larger of the two shares, in tenths of a percent (for ranking).
    pub fn max_tenths(&self) -> u32 {
        let a = self.adopters.and_then(|f| f.value.percent_tenths());
        let n = self.non_adopters.and_then(|f| f.value.percent_tenths());
        a.max(n).unwrap_or(0)
    }
}

const fn barrier(
    barrier: Barrier,
    ids: (&'static str, &'static str),
    adopters: Option<u32>,
    non_adopters: Option<u32>,
) -> BarrierData {
    BarrierData {
        barrier,
        adopters: match adopters {
            Some(t) => Some(barometer_2022(ids.0, pct(t), Unit::PctOfAdopters)),
            None => None,
        },
        non_adopters: match non_adopters {
            Some(t) => Some(barometer_2022(ids.1, pct(t), Unit::PctOfNonAdopters)),
            None => None,
        },
    }
}

/// The barrier table of seed 004 (adopters / non-adopters), in the seed's order.
pub static BARRIERS: [BarrierData; 9] = [
    barrier(
        Barrier::LackOfKnowledge,
        (
            "barrier.knowledge.adopters",
            "barrier.knowledge.non_adopters",
        ),
        Some(637),
        Some(676),
    ),
    barrier(
        Barrier::AssessingApplications,
        (
            "barrier.assessing.adopters",
            "barrier.assessing.non_adopters",
        ),
        Some(584),
        Some(634),
    ),
    barrier(
        Barrier::AttractingStaff,
        ("barrier.staff.adopters", "barrier.staff.non_adopters"),
        Some(536),
        None,
    ),
    barrier(
        Barrier::CostBenefit,
        (
            "barrier.cost_benefit.adopters",
            "barrier.cost_benefit.non_adopters",
        ),
        Some(439),
        Some(574),
    ),
    barrier(
        Barrier::ExternalFinancing,
        (
            "barrier.financing.adopters",
            "barrier.financing.non_adopters",
        ),
        Some(330),
        Some(325),
    ),
    barrier(
        Barrier::Incompatibility,
        (
            "barrier.incompatibility.adopters",
            "barrier.incompatibility.non_adopters",
        ),
        Some(404),
        Some(439),
    ),
    barrier(
        Barrier::DataQuality,
        ("barrier.data.adopters", "barrier.data.non_adopters"),
        Some(469),
        Some(424),
    ),
    barrier(
        Barrier::LackOfKnowledgePartners,
        ("barrier.partners.adopters", "barrier.partners.non_adopters"),
        Some(376),
        Some(480),
    ),
    barrier(
        Barrier::LegalEthical,
        ("barrier.legal.adopters", "barrier.legal.non_adopters"),
        Some(184),
        Some(185),
    ),
];

// ---------------------------------------------------------------------------------------
// AI literacy (EU AI Act)

/// The AI Act article that makes AI literacy a duty (seed 004 wrongly says article 20).
pub const AI_LITERACY_ARTICLE: u8 = 4;
/// The AI Act's reference.
pub const AI_ACT_REFERENCE: &str = "(EU) 2024/1689";
/// The day article 4 became applicable.
pub const AI_LITERACY_APPLICABLE_FROM: &str = "2025-02-02";
/// The article number seed 004 gives (wrong), kept so the correction can name it.
pub const AI_LITERACY_ARTICLE_IN_SEED: u8 = 20;
/// The AI Act on EUR-Lex (the link the panel shows). The article 4 reading and its date were
/// checked on saig.nl/en/kennisbank/artikel-4-eu-ai-verordening-geletterdheidsplicht.
pub const AI_LITERACY_SOURCE_URL: &str = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj";

// ---------------------------------------------------------------------------------------
// Start-up ecosystem (seed 003): AI producers, not adoption

/// Belgian AI start-ups founded since 2010.
pub static STARTUPS_TOTAL: Figure = count("startups.total", 744);

/// The identification funnel: potential names, with a KBO number, founded after 2009,
/// verified AI producers.
pub static STARTUP_FUNNEL: [Figure; 4] = [
    count("startups.funnel.names", 1256),
    count("startups.funnel.kbo", 1027),
    count("startups.funnel.since_2010", 851),
    count("startups.funnel.verified", 744),
];

/// A place named in seed 003's location counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// The Brussels-Capital Region (several municipalities together).
    BrusselsRegion,
    /// Gent.
    Gent,
    /// Antwerpen.
    Antwerpen,
    /// Leuven.
    Leuven,
    /// Hasselt.
    Hasselt,
    /// Liège (Luik).
    Liege,
    /// Kontich.
    Kontich,
    /// Louvain-la-Neuve.
    LouvainLaNeuve,
    /// Charleroi.
    Charleroi,
}

/// Start-ups per place (every place with 10 or more), largest first.
pub static STARTUP_LOCATIONS: [(Place, Figure); 9] = [
    (
        Place::BrusselsRegion,
        count("startups.location.brussels", 124),
    ),
    (Place::Gent, count("startups.location.gent", 108)),
    (Place::Antwerpen, count("startups.location.antwerpen", 86)),
    (Place::Leuven, count("startups.location.leuven", 53)),
    (Place::Hasselt, count("startups.location.hasselt", 26)),
    (Place::Liege, count("startups.location.liege", 20)),
    (Place::Kontich, count("startups.location.kontich", 16)),
    (
        Place::LouvainLaNeuve,
        count("startups.location.louvain_la_neuve", 15),
    ),
    (Place::Charleroi, count("startups.location.charleroi", 10)),
];

/// A technology that start-ups build their products on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StartupTechnology {
    /// Automating workflows, decision support.
    WorkflowAutomation,
    /// Machine learning for data analysis.
    MachineLearning,
    /// Generating written or spoken language (chatbots, translation).
    LanguageGeneration,
    /// Image recognition and processing.
    ImageRecognition,
    /// Autonomous robots, vehicles, drones.
    AutonomousRobots,
    /// Text mining.
    TextMining,
    /// Text-to-image generation.
    ImageGeneration,
    /// Speech recognition.
    SpeechRecognition,
    /// Hardware (servers, cloud, chips).
    Hardware,
}

/// Start-ups per technology (one start-up may use several), largest first.
pub static STARTUP_TECHNOLOGIES: [(StartupTechnology, Figure); 9] = [
    (
        StartupTechnology::WorkflowAutomation,
        count("startups.tech.workflow", 486),
    ),
    (
        StartupTechnology::MachineLearning,
        count("startups.tech.machine_learning", 461),
    ),
    (
        StartupTechnology::LanguageGeneration,
        count("startups.tech.language", 252),
    ),
    (
        StartupTechnology::ImageRecognition,
        count("startups.tech.image_recognition", 172),
    ),
    (
        StartupTechnology::AutonomousRobots,
        count("startups.tech.autonomous", 61),
    ),
    (
        StartupTechnology::TextMining,
        count("startups.tech.text_mining", 57),
    ),
    (
        StartupTechnology::ImageGeneration,
        count("startups.tech.image_generation", 49),
    ),
    (
        StartupTechnology::SpeechRecognition,
        count("startups.tech.speech", 42),
    ),
    (
        StartupTechnology::Hardware,
        count("startups.tech.hardware", 9),
    ),
];

/// What start-ups' AI products are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StartupPurpose {
    /// Organising business administration or management.
    Administration,
    /// Marketing or sales.
    Marketing,
    /// Production or service processes.
    Production,
    /// Logistics.
    Logistics,
    /// Research, development or innovation.
    Research,
    /// Accounting, financial control.
    Accounting,
    /// ICT security.
    IctSecurity,
}

/// Start-ups per purpose (one start-up may have several), largest first.
pub static STARTUP_PURPOSES: [(StartupPurpose, Figure); 7] = [
    (
        StartupPurpose::Administration,
        count("startups.purpose.administration", 371),
    ),
    (
        StartupPurpose::Marketing,
        count("startups.purpose.marketing", 256),
    ),
    (
        StartupPurpose::Production,
        count("startups.purpose.production", 245),
    ),
    (
        StartupPurpose::Logistics,
        count("startups.purpose.logistics", 148),
    ),
    (
        StartupPurpose::Research,
        count("startups.purpose.research", 120),
    ),
    (
        StartupPurpose::Accounting,
        count("startups.purpose.accounting", 55),
    ),
    (
        StartupPurpose::IctSecurity,
        count("startups.purpose.ict_security", 22),
    ),
];

/// Start-ups that received venture capital (156 of 744).
pub static STARTUPS_WITH_VC: Figure = count("startups.venture_capital", 156);
/// The same as a share ("zo'n 21 %").
pub static STARTUPS_WITH_VC_SHARE: Figure = startups(
    "startups.venture_capital.share",
    Value::WholePercent(21),
    Unit::PctOfStartups,
);
/// University or college spin-offs.
pub static STARTUP_SPIN_OFFS: Figure = count("startups.spin_offs", 38);
/// Start-ups with at least one US or EU patent.
pub static STARTUPS_WITH_PATENT: Figure = count("startups.patents", 56);
/// The same as a share (7.5 %).
pub static STARTUPS_WITH_PATENT_SHARE: Figure =
    startups("startups.patents.share", pct(75), Unit::PctOfStartups);
