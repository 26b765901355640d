//! Scenario format v1: the input of the calculator (a company and its plans).
//!
//! Every field of `company` and `plans` may be absent (`None`); the report then lists the
//! missing answers that keep a measure uncertain. Use [`crate::parse_scenario`] to read a
//! scenario with strict validation and error paths.

use crate::dates::Date;
use crate::money::{Money, Percent, Quantity};
use serde::{Deserialize, Deserializer, Serialize};

/// Deserializes a field that distinguishes "absent" (`None`) from `null` (`Some(None)`).
fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A complete scenario (format version 1). `Scenario::default()` is an empty v1 scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version; must be 1.
    pub version: u32,
    /// Application / evaluation date; absent: today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The company.
    #[serde(default)]
    pub company: Company,
    /// The plans (trainings, advice, investments, projects).
    #[serde(default)]
    pub plans: Plans,
}

impl Default for Scenario {
    fn default() -> Scenario {
        Scenario {
            version: 1,
            date: None,
            company: Company::default(),
            plans: Plans::default(),
        }
    }
}

/// Legal form of the company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    /// Natural person, self-employed.
    Eenmanszaak,
    /// Besloten vennootschap.
    Bv,
    /// Naamloze vennootschap.
    Nv,
    /// Coöperatieve vennootschap.
    Cv,
    /// Vennootschap onder firma.
    Vof,
    /// Commanditaire vennootschap.
    Commv,
    /// Vereniging zonder winstoogmerk.
    Vzw,
    /// Another company with legal personality (SE, SCE, foreign equivalent).
    OtherCompany,
    /// Maatschap (no legal personality).
    Maatschap,
    /// Feitelijke vereniging (no legal personality).
    FeitelijkeVereniging,
}

impl LegalForm {
    /// Every legal form, in spec order.
    pub const ALL: [LegalForm; 10] = [
        LegalForm::Eenmanszaak,
        LegalForm::Bv,
        LegalForm::Nv,
        LegalForm::Cv,
        LegalForm::Vof,
        LegalForm::Commv,
        LegalForm::Vzw,
        LegalForm::OtherCompany,
        LegalForm::Maatschap,
        LegalForm::FeitelijkeVereniging,
    ];
    /// The JSON code (`"bv"`).
    pub fn code(self) -> &'static str {
        match self {
            LegalForm::Eenmanszaak => "eenmanszaak",
            LegalForm::Bv => "bv",
            LegalForm::Nv => "nv",
            LegalForm::Cv => "cv",
            LegalForm::Vof => "vof",
            LegalForm::Commv => "commv",
            LegalForm::Vzw => "vzw",
            LegalForm::OtherCompany => "other_company",
            LegalForm::Maatschap => "maatschap",
            LegalForm::FeitelijkeVereniging => "feitelijke_vereniging",
        }
    }
    /// A company or association with legal personality (not eenmanszaak, maatschap,
    /// feitelijke vereniging).
    pub fn has_legal_personality(self) -> bool {
        !matches!(
            self,
            LegalForm::Eenmanszaak | LegalForm::Maatschap | LegalForm::FeitelijkeVereniging
        )
    }
}

/// Where the establishment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Flemish Region.
    Flanders,
    /// Brussels-Capital Region.
    Brussels,
    /// Walloon Region.
    Wallonia,
    /// Outside Belgium.
    Abroad,
}

impl Region {
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            Region::Flanders => "flanders",
            Region::Brussels => "brussels",
            Region::Wallonia => "wallonia",
            Region::Abroad => "abroad",
        }
    }
}

/// NIS2 status of the company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nis2 {
    /// Essential entity.
    Essential,
    /// Important entity.
    Important,
    /// Outside NIS2.
    NotInScope,
    /// Not known.
    Unknown,
}

impl Nis2 {
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            Nis2::Essential => "essential",
            Nis2::Important => "important",
            Nis2::NotInScope => "not_in_scope",
            Nis2::Unknown => "unknown",
        }
    }
}

/// Direction of a holding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The other enterprise holds `share_pct` of this company.
    Upstream,
    /// This company holds `share_pct` of the other enterprise.
    Downstream,
}

/// The company (all answers optional).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Legal form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_form: Option<LegalForm>,
    /// A vrij beroep (liberal profession).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liberal_profession: Option<bool>,
    /// A vzw subject to corporate tax.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vzw_corporate_tax: Option<bool>,
    /// A recognised maatwerkbedrijf.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maatwerkbedrijf: Option<bool>,
    /// Region of the establishment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    /// Founding date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<Date>,
    /// NACE code of the main activity (free text, informative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nace: Option<String>,
    /// Whether the KBO main activity is on VLAIO's list; `None`/null = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_activity_acceptable: Option<bool>,
    /// Share of capital or voting rights held by public bodies, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ownership_pct: Option<Percent>,
    /// Staff in annual work units, last closed year, the company alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_awu: Option<Quantity>,
    /// Turnover excluding VAT, last closed year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover: Option<Money>,
    /// Balance-sheet total, last closed year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_sheet_total: Option<Money>,
    /// The year before the last closed year (two-consecutive-years rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_year: Option<YearFigures>,
    /// Enterprises tied to this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holdings: Option<Vec<Holding>>,
    /// NIS2 status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nis2: Option<Nis2>,
    /// Negative equity on the filing date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negative_equity: Option<bool>,
    /// Date of the last subsidised cybersecurity trajectory: `None` = not answered,
    /// `Some(None)` = never (JSON `null`).
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_cyber_trajectory: Option<Option<Date>>,
    /// De-minimis aid granted to the single undertaking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de_minimis_received: Option<Vec<DeMinimisGrant>>,
    /// Kmo-portefeuille aid already granted this calendar year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kmo_portefeuille_received_this_year: Option<Money>,
}

/// Figures of one financial year.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearFigures {
    /// Staff in annual work units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_awu: Option<Quantity>,
    /// Turnover excluding VAT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover: Option<Money>,
    /// Balance-sheet total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_sheet_total: Option<Money>,
}

/// Another enterprise tied to this one.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holding {
    /// Name (informative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Upstream or downstream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Share of capital or voting rights, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_pct: Option<Percent>,
    /// Its staff in annual work units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_awu: Option<Quantity>,
    /// Its turnover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover: Option<Money>,
    /// Its balance-sheet total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_sheet_total: Option<Money>,
    /// Control (board majority, dominant influence) regardless of the share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control: Option<bool>,
    /// An investor of the EU definition's exceptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempt_investor: Option<bool>,
}

/// One de-minimis grant received.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeMinimisGrant {
    /// Date the aid was granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted_on: Option<Date>,
    /// Amount of aid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
}

/// Theme of a kmo-portefeuille training or advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Bedrijfsstrategie.
    Bedrijfsstrategie,
    /// Beroepsspecifieke competenties (listed services only).
    BeroepsspecifiekeCompetenties,
    /// Digitalisering.
    Digitalisering,
    /// Digitalisering – cybersecurity (raised rate).
    DigitaliseringCybersecurity,
    /// Duurzaamheid.
    Duurzaamheid,
    /// Duurzaamheid – energie-efficiëntie (raised rate).
    DuurzaamheidEnergieEfficientie,
    /// Financiële geletterdheid.
    FinancieleGeletterdheid,
    /// Innovatie.
    Innovatie,
    /// Internationalisering.
    Internationalisering,
    /// Personeelsmanagement.
    Personeelsmanagement,
}

impl Theme {
    /// Every theme, in spec order.
    pub const ALL: [Theme; 10] = [
        Theme::Bedrijfsstrategie,
        Theme::BeroepsspecifiekeCompetenties,
        Theme::Digitalisering,
        Theme::DigitaliseringCybersecurity,
        Theme::Duurzaamheid,
        Theme::DuurzaamheidEnergieEfficientie,
        Theme::FinancieleGeletterdheid,
        Theme::Innovatie,
        Theme::Internationalisering,
        Theme::Personeelsmanagement,
    ];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Bedrijfsstrategie => "bedrijfsstrategie",
            Theme::BeroepsspecifiekeCompetenties => "beroepsspecifieke_competenties",
            Theme::Digitalisering => "digitalisering",
            Theme::DigitaliseringCybersecurity => "digitalisering_cybersecurity",
            Theme::Duurzaamheid => "duurzaamheid",
            Theme::DuurzaamheidEnergieEfficientie => "duurzaamheid_energie_efficientie",
            Theme::FinancieleGeletterdheid => "financiele_geletterdheid",
            Theme::Innovatie => "innovatie",
            Theme::Internationalisering => "internationalisering",
            Theme::Personeelsmanagement => "personeelsmanagement",
        }
    }
}

/// Digital category of the "basisaftrek digitale investeringen".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DigitalCategory {
    /// Digital payment and invoicing systems.
    PaymentInvoicing,
    /// Digital CRM systems.
    Crm,
    /// Digital e-commerce platforms.
    ECommerce,
    /// Digital ICT security systems.
    IctSecurity,
}

impl DigitalCategory {
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            DigitalCategory::PaymentInvoicing => "payment_invoicing",
            DigitalCategory::Crm => "crm",
            DigitalCategory::ECommerce => "e_commerce",
            DigitalCategory::IctSecurity => "ict_security",
        }
    }
}

/// Version of a cybersecurity improvement trajectory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CyberVersion {
    /// First analysis.
    Start,
    /// Analysis, action plan and help with a limited number of problems.
    Medium,
    /// Analysis, action plan and help solving the problems.
    Plus,
}

impl CyberVersion {
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            CyberVersion::Start => "start",
            CyberVersion::Medium => "medium",
            CyberVersion::Plus => "plus",
        }
    }
}

/// The company's plans.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plans {
    /// Trainings (kmo-portefeuille).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainings: Option<Vec<Training>>,
    /// Advice (kmo-portefeuille).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<Vec<Advice>>,
    /// Investments (investeringsaftrek).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investments: Option<Vec<Investment>>,
    /// A cybersecurity improvement trajectory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cyber_trajectory: Option<CyberTrajectory>,
    /// A development project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development_project: Option<DevelopmentProject>,
    /// A research project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub research_project: Option<ResearchProject>,
    /// An innovative starter project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub innovative_starter: Option<InnovativeStarter>,
}

/// A training (kmo-portefeuille).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// Label shown in the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// Training cost excluding VAT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Money>,
    /// Number of participants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u32>,
    /// Number of days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// Catering on the same invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catering: Option<Money>,
    /// Course material used only during the training.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course_material: Option<Money>,
    /// Travel costs of the teacher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teacher_travel: Option<Money>,
    /// First day of the training (for the application deadline in the timeline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<Date>,
}

/// An advice assignment (kmo-portefeuille).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    /// Label shown in the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// Advice cost excluding VAT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Money>,
    /// First day of the advice (for the application deadline in the timeline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<Date>,
}

/// An investment (investeringsaftrek).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    /// Label shown in the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Acquisition value excluding VAT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// One of the four digital categories, or none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digital_category: Option<DigitalCategory>,
    /// Date acquired or created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquired_on: Option<Date>,
}

/// A cybersecurity improvement trajectory.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CyberTrajectory {
    /// Version (start, medium, plus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<CyberVersion>,
    /// Cost of the trajectory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Money>,
}

/// A development project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DevelopmentProject {
    /// Accepted project costs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted_costs: Option<Money>,
    /// Collaboration with independent companies (or international).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collaboration: Option<bool>,
}

/// A research project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchProject {
    /// Costs of the research parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub research_costs: Option<Money>,
    /// Costs of the development parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development_costs: Option<Money>,
    /// Collaboration with independent companies (or international).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collaboration: Option<bool>,
}

/// An innovative starter project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InnovativeStarter {
    /// The project takes a pioneering role in its market or sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pioneering: Option<bool>,
}
