//! Everything the context panel says, in Dutch, English and French, and how numbers are
//! written in each language ("25,5 %" in nl/fr, "25.5%" in en).

use super::data::{
    Application, Barrier, Benefit, Geography, Place, Qualitative, Sector, StartupPurpose,
    StartupTechnology, Study, Technology, Value,
};
use super::{Answer, QuotedRates};
use crate::text::Lang;
use crate::MeasureId;

/// No-break space: keeps "25,5" and "%" on one line.
const NBSP: char = '\u{a0}';
/// Narrow no-break space: the French thousands separator.
const NNBSP: char = '\u{202f}';

/// Picks the text of a language.
pub(crate) fn tr(lang: Lang, nl: &'static str, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// Fills `{name}` placeholders of a template.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
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
    let word = tr(lang, "tot", "to", "à");
    format!("{lo} {word} {}", rate(hi, lang))
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
    match g {
        Geography::Flanders => tr(lang, "Vlaanderen", "Flanders", "Flandre"),
        Geography::Belgium => tr(lang, "België", "Belgium", "Belgique"),
        Geography::Netherlands => tr(lang, "Nederland", "Netherlands", "Pays-Bas"),
        Geography::Benelux => "Benelux",
    }
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
    match s {
        Sector::InformationCommunication => tr(
            lang,
            "informatie en communicatie",
            "information and communication",
            "information et communication",
        ),
        Sector::Finance => tr(
            lang,
            "financiële activiteiten en verzekeringen",
            "financial and insurance activities",
            "activités financières et d'assurance",
        ),
        Sector::Manufacturing => tr(
            lang,
            "industrie",
            "manufacturing",
            "industrie manufacturière",
        ),
        Sector::Utilities => tr(
            lang,
            "energie, water en afval (nutssector)",
            "utilities (energy, water, waste)",
            "services d'utilité publique (énergie, eau, déchets)",
        ),
        Sector::Health => tr(
            lang,
            "menselijke gezondheidszorg en maatschappelijke dienstverlening",
            "human health and social work",
            "santé humaine et action sociale",
        ),
        Sector::Construction => tr(lang, "bouwnijverheid", "construction", "construction"),
    }
}

/// The technology's name (lower case).
pub fn technology(t: Technology, lang: Lang) -> &'static str {
    match t {
        Technology::TextAnalysis => tr(lang, "tekstanalyse", "text analysis", "l'analyse de texte"),
        Technology::MachineLearning => tr(
            lang,
            "machine learning",
            "machine learning",
            "l'apprentissage automatique",
        ),
        Technology::ProcessAutomation => tr(
            lang,
            "procesautomatisering",
            "process automation",
            "l'automatisation des processus",
        ),
        Technology::ImageRecognition => tr(
            lang,
            "beeldherkenning",
            "image recognition",
            "la reconnaissance d'images",
        ),
        Technology::NaturalLanguageGeneration => tr(
            lang,
            "het genereren van natuurlijke taal",
            "natural language generation",
            "la génération de langage naturel",
        ),
        Technology::AutonomousMachines => tr(
            lang,
            "autonome machines",
            "autonomous machines",
            "des machines autonomes",
        ),
    }
}

/// The benefit's name (lower case).
pub fn benefit(b: Benefit, lang: Lang) -> &'static str {
    match b {
        Benefit::ProcessQuality => tr(
            lang,
            "betere kwaliteit van processen",
            "better process quality",
            "meilleure qualité des processus",
        ),
        Benefit::NewProducts => tr(
            lang,
            "nieuwe of sterk verbeterde producten",
            "new or substantially improved products",
            "produits nouveaux ou nettement améliorés",
        ),
        Benefit::CostReduction => tr(lang, "lagere kosten", "lower costs", "coûts réduits"),
    }
}

/// The application's name (lower case).
pub fn application(a: Application, lang: Lang) -> &'static str {
    match a {
        Application::AdministrativeProcesses => tr(
            lang,
            "organisatie van administratieve processen",
            "organising administrative processes",
            "organisation des processus administratifs",
        ),
        Application::IctSecurity => tr(
            lang,
            "ICT-beveiliging",
            "ICT security",
            "sécurité informatique",
        ),
        Application::PredictiveMaintenance => tr(
            lang,
            "voorspellend onderhoud en kwaliteitscontrole",
            "predictive maintenance and quality control",
            "maintenance prédictive et contrôle de la qualité",
        ),
        Application::Chatbots => tr(
            lang,
            "chatbots voor de klantendienst",
            "customer-service chatbots",
            "chatbots pour le service client",
        ),
    }
}

/// The barrier's name (lower case, for use inside a sentence).
pub fn barrier(b: Barrier, lang: Lang) -> &'static str {
    match b {
        Barrier::LackOfKnowledge => tr(
            lang,
            "gebrek aan kennis, vaardigheden en expertise",
            "lack of knowledge, skills and expertise",
            "le manque de connaissances, de compétences et d'expertise",
        ),
        Barrier::AssessingApplications => tr(
            lang,
            "moeilijk kunnen inschatten wat AI-toepassingen opleveren",
            "difficulty assessing what AI applications can do",
            "la difficulté d'évaluer ce que les applications d'IA peuvent apporter",
        ),
        Barrier::AttractingStaff => tr(
            lang,
            "moeilijk geschikt personeel vinden",
            "difficulty attracting suitable staff",
            "la difficulté de recruter du personnel adapté",
        ),
        Barrier::CostBenefit => tr(
            lang,
            "onduidelijke verhouding tussen kosten en baten",
            "unclear costs versus benefits",
            "le rapport coûts-bénéfices incertain",
        ),
        Barrier::ExternalFinancing => tr(
            lang,
            "beperkte toegang tot externe financiering",
            "limited access to external financing",
            "l'accès limité au financement externe",
        ),
        Barrier::Incompatibility => tr(
            lang,
            "incompatibiliteit met bestaande systemen",
            "incompatibility with existing systems",
            "l'incompatibilité avec les systèmes existants",
        ),
        Barrier::DataQuality => tr(
            lang,
            "kwaliteit en beschikbaarheid van data",
            "data quality and availability",
            "la qualité et la disponibilité des données",
        ),
        Barrier::LackOfKnowledgePartners => tr(
            lang,
            "gebrek aan kennispartners",
            "lack of knowledge partners",
            "le manque de partenaires de connaissance",
        ),
        Barrier::LegalEthical => tr(
            lang,
            "juridische en ethische aspecten",
            "legal and ethical aspects",
            "les aspects juridiques et éthiques",
        ),
    }
}

/// The place's name in the language.
pub fn place(p: Place, lang: Lang) -> &'static str {
    match p {
        Place::BrusselsRegion => tr(
            lang,
            "Brussels Hoofdstedelijk Gewest",
            "Brussels-Capital Region",
            "Région de Bruxelles-Capitale",
        ),
        Place::Gent => tr(lang, "Gent", "Ghent", "Gand"),
        Place::Antwerpen => tr(lang, "Antwerpen", "Antwerp", "Anvers"),
        Place::Leuven => tr(lang, "Leuven", "Leuven", "Louvain"),
        Place::Hasselt => "Hasselt",
        Place::Liege => tr(lang, "Luik", "Liège", "Liège"),
        Place::Kontich => "Kontich",
        Place::LouvainLaNeuve => "Louvain-la-Neuve",
        Place::Charleroi => "Charleroi",
    }
}

/// The start-up technology's name (starts with a capital: used as a list item).
pub fn startup_technology(t: StartupTechnology, lang: Lang) -> &'static str {
    match t {
        StartupTechnology::WorkflowAutomation => tr(
            lang,
            "Automatiseren van workflows en ondersteunen van beslissingen",
            "Automating workflows and supporting decisions",
            "Automatisation des flux de travail et aide à la décision",
        ),
        StartupTechnology::MachineLearning => tr(
            lang,
            "Machine learning voor gegevensanalyse",
            "Machine learning for data analysis",
            "Apprentissage automatique pour l'analyse de données",
        ),
        StartupTechnology::LanguageGeneration => tr(
            lang,
            "Geschreven of gesproken taal genereren (chatbots, vertaalsoftware)",
            "Generating written or spoken language (chatbots, translation software)",
            "Génération de langage écrit ou parlé (chatbots, logiciels de traduction)",
        ),
        StartupTechnology::ImageRecognition => tr(
            lang,
            "Beeldherkenning en beeldverwerking",
            "Image recognition and processing",
            "Reconnaissance et traitement d'images",
        ),
        StartupTechnology::AutonomousRobots => tr(
            lang,
            "Autonome robots, zelfrijdende voertuigen, drones",
            "Autonomous robots, self-driving vehicles, drones",
            "Robots autonomes, véhicules autonomes, drones",
        ),
        StartupTechnology::TextMining => {
            tr(lang, "Tekstmining", "Text mining", "Fouille de textes")
        }
        StartupTechnology::ImageGeneration => tr(
            lang,
            "Beelden genereren uit tekst",
            "Text-to-image generation",
            "Génération d'images à partir de texte",
        ),
        StartupTechnology::SpeechRecognition => tr(
            lang,
            "Spraakherkenning",
            "Speech recognition",
            "Reconnaissance vocale",
        ),
        StartupTechnology::Hardware => tr(
            lang,
            "Hardware (servers, clouddiensten, chips)",
            "Hardware (servers, cloud services, chips)",
            "Matériel (serveurs, services cloud, puces)",
        ),
    }
}

/// The start-up purpose's name (starts with a capital: used as a list item).
pub fn startup_purpose(p: StartupPurpose, lang: Lang) -> &'static str {
    match p {
        StartupPurpose::Administration => tr(
            lang,
            "Bedrijfsadministratie en management",
            "Business administration and management",
            "Administration et gestion de l'entreprise",
        ),
        StartupPurpose::Marketing => tr(
            lang,
            "Marketing en verkoop",
            "Marketing and sales",
            "Marketing et vente",
        ),
        StartupPurpose::Production => tr(
            lang,
            "Productie- en dienstverleningsprocessen",
            "Production and service processes",
            "Processus de production et de service",
        ),
        StartupPurpose::Logistics => tr(lang, "Logistiek", "Logistics", "Logistique"),
        StartupPurpose::Research => tr(
            lang,
            "Onderzoek, ontwikkeling en innovatie",
            "Research, development and innovation",
            "Recherche, développement et innovation",
        ),
        StartupPurpose::Accounting => tr(
            lang,
            "Boekhouding en financiële controle",
            "Accounting and financial control",
            "Comptabilité et contrôle financier",
        ),
        StartupPurpose::IctSecurity => tr(
            lang,
            "ICT-beveiliging",
            "ICT security",
            "Sécurité informatique",
        ),
    }
}

/// The measure's name as the panel links it.
pub fn measure(m: MeasureId, lang: Lang) -> &'static str {
    match m {
        MeasureId::KmoPortefeuille => tr(
            lang,
            "kmo-portefeuille",
            "SME wallet (kmo-portefeuille)",
            "portefeuille PME (kmo-portefeuille)",
        ),
        MeasureId::Investeringsaftrek => tr(
            lang,
            "investeringsaftrek",
            "investment deduction",
            "déduction pour investissement",
        ),
        MeasureId::CybersecurityVerbetertraject => tr(
            lang,
            "cybersecurity-verbetertraject",
            "cybersecurity improvement trajectory",
            "trajet d'amélioration de la cybersécurité",
        ),
        MeasureId::InnovatieveStarterssteun => tr(
            lang,
            "innovatieve starterssteun",
            "innovative starter aid",
            "aide aux starters innovants",
        ),
        MeasureId::Ontwikkelingsproject => tr(
            lang,
            "ontwikkelingsproject",
            "development project",
            "projet de développement",
        ),
        MeasureId::Onderzoeksproject => tr(
            lang,
            "onderzoeksproject",
            "research project",
            "projet de recherche",
        ),
        MeasureId::CsIcon => "CS-ICON",
        MeasureId::Efro => tr(lang, "EFRO", "ERDF", "FEDER"),
        MeasureId::HorizonEurope => "Horizon Europe",
        MeasureId::DigitalEurope => "Digital Europe",
        _ => crate::text::measure_name(m, lang),
    }
}

/// What a measure does about a barrier, as a short phrase after the measure's name.
/// `r` holds the rates quoted (from the engine's parameters).
pub fn answer(a: Answer, r: &QuotedRates, lang: Lang) -> String {
    let kmo = rate_range(r.kmo_low, r.kmo_high, lang);
    match a {
        Answer::KmoTraining => fill(
            tr(
                lang,
                "betaalt {range} van een opleiding bij een geregistreerde dienstverlener",
                "pays {range} of a training course with a registered provider",
                "paie {range} d'une formation auprès d'un prestataire enregistré",
            ),
            &[("range", &kmo)],
        ),
        Answer::KmoAiLiteracyTraining => fill(
            tr(
                lang,
                "betaalt {range} van een opleiding, ook een opleiding over AI-geletterdheid",
                "pays {range} of a training course, including one on AI literacy",
                "paie {range} d'une formation, y compris sur la maîtrise de l'IA",
            ),
            &[("range", &kmo)],
        ),
        Answer::InvestmentDeduction => fill(
            tr(
                lang,
                "laat een kleine onderneming {basic} van een nieuwe investering aftrekken van de belastbare winst ({digital} voor vier soorten digitale investeringen)",
                "lets a small company deduct {basic} of a new investment from taxable profit ({digital} for four kinds of digital investment)",
                "permet à une petite entreprise de déduire de son bénéfice imposable {basic} d'un nouvel investissement ({digital} pour quatre types d'investissements numériques)",
            ),
            &[
                ("basic", &rate(r.deduction_basic, lang)),
                ("digital", &rate(r.deduction_digital, lang)),
            ],
        ),
        Answer::DevelopmentProject => fill(
            tr(
                lang,
                "subsidieert {range} van de kosten van een innovatieproject",
                "funds {range} of the costs of an innovation project",
                "subventionne {range} des coûts d'un projet d'innovation",
            ),
            &[(
                "range",
                &rate_range(r.development_base, r.development_cap, lang),
            )],
        ),
        Answer::CollaborationBonus => fill(
            tr(
                lang,
                "geeft {n} procentpunten extra steun bij een effectieve samenwerking met een partner",
                "adds {n} percentage points of aid for effective collaboration with a partner",
                "ajoute {n} points de pourcentage d'aide en cas de collaboration effective avec un partenaire",
            ),
            &[("n", &r.collaboration_bonus.to_string())],
        ),
        Answer::CsIcon => tr(
            lang,
            "brengt een onderzoeksorganisatie en minstens drie bedrijven samen rond cybersecurity (nu geen open oproep)",
            "brings a research organisation and at least three companies together on cybersecurity (no open call at present)",
            "réunit un organisme de recherche et au moins trois entreprises autour de la cybersécurité (pas d'appel ouvert actuellement)",
        )
        .to_string(),
        Answer::CyberTrajectory => fill(
            tr(
                lang,
                "betaalt {sme} van een begeleid cybersecurity-verbetertraject voor een kmo ({large} voor een grote onderneming onder NIS2)",
                "pays {sme} of a guided cybersecurity improvement trajectory for an SME ({large} for a large company under NIS2)",
                "paie {sme} d'un trajet accompagné d'amélioration de la cybersécurité pour une PME ({large} pour une grande entreprise soumise à NIS2)",
            ),
            &[
                ("sme", &rate(r.cyber_sme, lang)),
                ("large", &rate(r.cyber_nis2, lang)),
            ],
        ),
    }
}

/// What a figure's qualitative label says, with its source.
pub fn qualitative(q: Qualitative, source: &str, lang: Lang) -> String {
    let t = match q {
        Qualitative::LimitedAcrossTechnologies => tr(
            lang,
            "Het onderzoek noemt het AI-gebruik in deze sector beperkt, voor alle technologieën; het geeft er geen cijfer bij ({source}).",
            "The survey describes AI use in this sector as limited across all technologies; it gives no figure ({source}).",
            "L'enquête qualifie l'usage de l'IA dans ce secteur de limité, pour toutes les technologies ; elle ne donne pas de chiffre ({source}).",
        ),
        Qualitative::LowIntensity => tr(
            lang,
            "Het onderzoek noemt de AI-intensiteit in deze sector laag; het geeft er geen cijfer bij ({source}).",
            "The survey describes AI intensity in this sector as low; it gives no figure ({source}).",
            "L'enquête qualifie l'intensité d'IA dans ce secteur de faible ; elle ne donne pas de chiffre ({source}).",
        ),
    };
    fill(t, &[("source", source)])
}
