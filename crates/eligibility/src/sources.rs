//! The sources every parameter and reason cites: the seed documents and public pages,
//! each with the Dutch phrase the rule rests on.

use serde::Serialize;

/// One source document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Id used in reasons and parameters (`"seed-002"`).
    pub id: &'static str,
    /// Title of the document or page.
    pub title: &'static str,
    /// Public address, when there is one.
    pub url: Option<&'static str>,
    /// Seed file name, for the seed documents.
    pub seed_file: Option<&'static str>,
    /// The Dutch phrase the rule rests on (verbatim from the source unless `note` says so).
    pub quote: &'static str,
    /// Remarks: date of the version read, third-party status, verification.
    pub note: &'static str,
}

/// Seed 000: VLAIO "Artificiële intelligentie subsidies".
pub const SEED_000: &str = "seed-000";
/// Seed 001: VLAIO cybersecurity subsidies overview.
pub const SEED_001: &str = "seed-001";
/// Seed 002: VLAIO subsidiedatabank "Kmo-portefeuille".
pub const SEED_002: &str = "seed-002";
/// EU SME Recommendation 2003/361/EC.
pub const EU_SME: &str = "eu-2003-361";
/// VLAIO page on the European and fiscal SME definitions.
pub const VLAIO_KMO_DEFINITIE: &str = "vlaio-kmo-definitie";
/// VLAIO news: kmo-portefeuille reform from 1 Feb 2026.
pub const VLAIO_KMO_2026: &str = "vlaio-kmo-portefeuille-2026";
/// VLAIO: acceptable legal forms for the kmo-portefeuille.
pub const VLAIO_KMO_RECHTSVORMEN: &str = "vlaio-kmo-rechtsvormen";
/// History of kmo-portefeuille rates and caps (third party).
pub const KMO_HISTORY: &str = "kmo-portefeuille-history";
/// Companies Code art. 1:24 thresholds and their 2024 indexation.
pub const WVV_1_24: &str = "wvv-1-24";
/// Investeringsaftrek reform from 1 Jan 2025.
pub const IA_2025: &str = "investeringsaftrek-2025";
/// De-minimis Regulation (EU) 2023/2831.
pub const DM_2023: &str = "eu-2023-2831";
/// De-minimis Regulation (EU) 1407/2013.
pub const DM_2013: &str = "eu-1407-2013";
/// VLAIO: who may use the cybersecurity trajectories.
pub const VLAIO_CS_WIE: &str = "vlaio-cs-verbetertrajecten";
/// VLAIO: innovatieve starterssteun.
pub const VLAIO_ISS: &str = "vlaio-iss";
/// VLAIO: ontwikkelingsproject.
pub const VLAIO_DEV: &str = "vlaio-ontwikkelingsproject";
/// vlaanderen.be: onderzoeksproject.
pub const VL_RESEARCH: &str = "vlaanderen-onderzoeksproject";
/// Impact condition of the R&D projects (third party).
pub const RD_IMPACT: &str = "rd-impact-2024";
/// VLAIO: thematic ICON projects.
pub const VLAIO_ICON: &str = "vlaio-icon";
/// EFRO Vlaanderen.
pub const EFRO: &str = "efro-vlaanderen";
/// Horizon Europe participation rules.
pub const HORIZON: &str = "horizon-europe";
/// Digital Europe participation.
pub const DIGITAL: &str = "digital-europe";
/// The project's own rule decisions where sources leave a choice.
pub const DECISIONS: &str = "steunwijzer-decisions";

/// Every source.
pub static SOURCES: &[Source] = &[
    Source {
        id: SEED_000,
        title: "VLAIO — Artificiële intelligentie subsidies (laatst gewijzigd 25 sep 2025)",
        url: Some("https://www.vlaio.be/nl/begeleiding-advies/digitalisering"),
        seed_file: Some("000_8ff79175050adf3f.txt"),
        quote: "Kmo's (geen vzw's) kunnen via de kmo-portefeuille van VLAIO een subsidie bekomen voor bepaalde externe opleidingen bij geregistreerde dienstverleners.",
        note: "Seed document.",
    },
    Source {
        id: SEED_001,
        title: "VLAIO — Cybersecurity subsidies (overzicht, ca. 2024)",
        url: Some("https://www.vlaio.be/nl/subsidies-financiering/cybersecurity-verbetertrajecten"),
        seed_file: Some("001_dbf39570e36b8c34.txt"),
        quote: "VLAIO subsidieert 50% van de kosten voor het inkopen van deze externe begeleiding als het gaat om een kmo of een maatwerkbedrijf. Voor niet-kmo's die wel onder de NIS2-richtlijn vallen bedraagt de tussenkomst van VLAIO 35% van de kostprijs.",
        note: "Seed document, undated (mentions the DIGITAL 2023-2024 work programme).",
    },
    Source {
        id: SEED_002,
        title: "VLAIO subsidiedatabank — Kmo-portefeuille: steun voor opleiding en advies (laatst gewijzigd 5 jun 2024)",
        url: Some("https://www.vlaio.be/nl/subsidies-financiering/kmo-portefeuille"),
        seed_file: Some("002_7fd849a4ff4e77d7.txt"),
        quote: "Kleine ondernemingen krijgen 30% subsidie tot een maximum van € 7.500 op jaarbasis. Middelgrote ondernemingen krijgen 20% subsidie, eveneens tot een maximum van € 7.500 op jaarbasis.",
        note: "Seed document. Predates the 1 Feb 2026 advice reform.",
    },
    Source {
        id: EU_SME,
        title: "Aanbeveling 2003/361/EG van de Commissie betreffende de definitie van kleine, middelgrote en micro-ondernemingen",
        url: Some("https://eur-lex.europa.eu/eli/reco/2003/361/oj"),
        seed_file: None,
        quote: "De categorie kleine, middelgrote en micro-ondernemingen (kmo's) bestaat uit ondernemingen waar minder dan 250 personen werkzaam zijn en waarvan de jaaromzet 50 miljoen euro en/of het jaarlijkse balanstotaal 43 miljoen euro niet overschrijdt.",
        note: "Quote of Annex art. 2(1) from knowledge of the Dutch text, not retrieved verbatim; thresholds confirmed by the VLAIO kmo-definitie page.",
    },
    Source {
        id: VLAIO_KMO_DEFINITIE,
        title: "VLAIO — Kmo-definitie: verschil Europese en fiscale definitie",
        url: Some("https://vlaio.be/nl/begeleiding-advies/financiering/overheidsmaatregelen/kmo-definitie-verschil-europese-en-fiscale-definitie"),
        seed_file: None,
        quote: "Aan de tewerkstellingsvoorwaarde moet steeds worden voldaan. Bij de omzet –en balanstotaal voorwaarde mag de meest gunstige drempel worden gebruikt.",
        note: "Also: \"een onderneming verliest de hoedanigheid van ko of mo slechts wanneer deze situatie zich gedurende twee opeenvolgende boekjaren voordoet en vice versa\".",
    },
    Source {
        id: VLAIO_KMO_2026,
        title: "VLAIO nieuws — Hervorming kmo-portefeuille: vanaf 1 februari 2026 enkel nog advies voor cybersecurity",
        url: Some("https://www.vlaio.be/nl/nieuws/hervorming-kmo-portefeuille-vanaf-1-februari-2026-enkel-nog-advies-voor-cybersecurity"),
        seed_file: None,
        quote: "Vanaf 1 februari 2026 wordt het toepassingsgebied van de dienst advies beperkt tot het onderwerp cybersecurity. Alle andere soorten adviezen komen … niet langer in aanmerking… Voor de dienst opleiding verandert er niets.",
        note: "Decided by the Flemish Government on 23 Jan 2026. Contradicts seed 002, which lists advice on digitalisation and AI.",
    },
    Source {
        id: VLAIO_KMO_RECHTSVORMEN,
        title: "VLAIO — Kmo-portefeuille: wat zijn aanvaardbare rechtsvormen",
        url: Some("https://www.vlaio.be/nl/subsidies-financiering/kmo-portefeuille/voorwaarden/wat-zijn-aanvaardbare-rechtsvormen"),
        seed_file: None,
        quote: "Vzw's komen niet in aanmerking voor de subsidies van de kmo-portefeuille",
        note: "The quoted phrase is from seed 002; the VLAIO page lists natural persons, commercial companies with legal personality and foreign equivalents, and excludes maatschap and feitelijke vereniging.",
    },
    Source {
        id: KMO_HISTORY,
        title: "Kmo-portefeuille: historiek steunpercentages en plafond (accofisc.be, ecx.be)",
        url: Some("https://www.ecx.be/over-ecx/kmo-portefeuille/"),
        seed_file: None,
        quote: "Kleine ondernemingen krijgen 30% subsidie tot een maximum van € 7.500 op jaarbasis.",
        note: "Third party. Rates 40/30 % with caps €10,000/€15,000 from 1 Apr 2016; 30/20 % since 1 Dec 2019; €7,500 since 1 Jan 2020. Quote is the current wording (seed 002); the history is paraphrased.",
    },
    Source {
        id: WVV_1_24,
        title: "Wetboek van vennootschappen en verenigingen art. 1:24 (groottecriteria, geïndexeerd door de wet van 27 maart 2024)",
        url: Some("https://www.kpmglaw.be/news/posts/2024/april/indexatie-groottecriteria-rechtspersonen-en-groepen/"),
        seed_file: None,
        quote: "…basisaftrek toepassen van 10% als je een eenmanszaak of kleine onderneming bent die voldoet aan de definitie van een kleine onderneming.",
        note: "Quote from seed 000. Thresholds 50 / €9,000,000 / €4,500,000, for financial years starting after 31 Dec 2023 50 / €11,250,000 / €6,000,000 (KPMG, HLB, CBN-advies 2024/07).",
    },
    Source {
        id: IA_2025,
        title: "VLAIO subsidiedatabank — Investeringsaftrek (laatst gewijzigd 15 jan 2025)",
        url: Some("https://vlaio.be/subsidies-financiering/subsidiedatabank/investeringsaftrek"),
        seed_file: None,
        quote: "Kan de digitale investering ondergebracht worden bij één van de vier categorieën van de 'Basisaftrek digitale investeringen' dan kan je een investeringsaftrek verkrijgen van 20%.",
        note: "Quote from seed 000. Reform for investments from 1 Jan 2025: basic 10 %, digital 20 %, thematic 40/30 %, technology 13.5 %; confirmed by tlv.be and dndfisc.be (third party).",
    },
    Source {
        id: DM_2023,
        title: "Verordening (EU) 2023/2831 van de Commissie betreffende de-minimissteun",
        url: Some("http://data.europa.eu/eli/reg/2023/2831/oj"),
        seed_file: None,
        quote: "Hierdoor mag de de-minimissteun aan bedrijven over drie jaar gespreid niet meer dan € 300.000 bedragen.",
        note: "Quote from seeds 000/001/002. Applies 1 Jan 2024 – 31 Dec 2030; rolling three-year window.",
    },
    Source {
        id: DM_2013,
        title: "Verordening (EU) nr. 1407/2013 van de Commissie betreffende de-minimissteun",
        url: Some("https://eur-lex.europa.eu/eli/reg/2013/1407/oj"),
        seed_file: None,
        quote: "€ 200.000 … laatste 3 belastingjaren",
        note: "Quote from an older cached VLAIO de-minimis FAQ. The old rule counted three fiscal years; the calculator uses the rolling window for both periods (simplification).",
    },
    Source {
        id: VLAIO_CS_WIE,
        title: "VLAIO — Cybersecurity verbetertrajecten: wie kan van het aanbod gebruikmaken",
        url: Some("https://www.vlaio.be/nl/subsidies-financiering/cybersecurity-verbetertrajecten/wie-kan-van-het-aanbod-gebruikmaken/heeft"),
        seed_file: None,
        quote: "De kostprijs van de verbetertrajecten varieert van € 8.500 tot maximum € 35.000.",
        note: "Quote from seed 001. The VLAIO pages add: vzw allowed, no negative equity, once per 4 years, acceptable main activity; the 1 Mar 2023 version gave €9,200–€35,000.",
    },
    Source {
        id: VLAIO_ISS,
        title: "VLAIO — Innovatieve starterssteun",
        url: Some("https://www.vlaio.be/nl/subsidies-financiering/innovatieve-starterssteun"),
        seed_file: None,
        quote: "…ondersteunt VLAIO kleine ondernemingen (ook vzw's met economische activiteit), jonger dan twee jaar voor het uitwerken van een innovatief project waarbij de pioniersrol binnen een markt of sector wordt opgenomen. De steun bestaat uit een financiële subsidie van € 50.000",
        note: "Quote from seed 000. Paid in two instalments of €25,000; call-based. The 2021 call allowed 3 years; the 2022 call said \"Alleen vennootschappen\".",
    },
    Source {
        id: VLAIO_DEV,
        title: "VLAIO — Ontwikkelingsproject",
        url: Some("https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/ontwikkelingsproject"),
        seed_file: None,
        quote: "De subsidie bedraagt 25% tot 50% (op de aanvaarde kosten met een minimale steun van € 25.000) voor de uitvoering van bepaalde ontwikkelingsprojecten.",
        note: "Quote from seeds 000/001. Bonuses +20 small, +10 medium, +10 collaboration, cap 50 %, aid €25,000–€3,000,000 (VLAIO subsidiedatabank, version 22 Aug 2019).",
    },
    Source {
        id: VL_RESEARCH,
        title: "vlaanderen.be — Subsidie voor ondernemingen met een innovatief onderzoeksproject",
        url: Some("https://www.vlaanderen.be/subsidie-voor-ondernemingen-met-een-innovatief-onderzoeksproject"),
        seed_file: None,
        quote: "De subsidie bedraagt van 25% tot 60% (op de aanvaarde kosten met een minimale steun van € 100.000) voor de uitvoering van bepaalde onderzoeksprojecten.",
        note: "Quote from seeds 000/001. Research parts 50 %, development parts 25 %, bonuses +20/+10/+10, \"Het totale steunpercentage is begrensd tot 60%\", aid €100,000–€3,000,000.",
    },
    Source {
        id: RD_IMPACT,
        title: "PNO — Aanpassingen bij het aanvragen van VLAIO-innovatiesteun",
        url: Some("https://www.pnoconsultants.com/be/nieuws/aanpassingen-bij-het-aanvragen-van-vlaio-innovatiesteun/"),
        seed_file: None,
        quote: "hefboom van 10",
        note: "Third party. Valorisation in Flanders of at least 10 × the aid; since 1 May 2024 alternatively +50 % labour productivity within 5 years.",
    },
    Source {
        id: VLAIO_ICON,
        title: "VLAIO subsidiedatabank — Thematische ICON-projecten (laatst gewijzigd 8 feb 2024)",
        url: Some("https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/thematische-icon-projecten"),
        seed_file: None,
        quote: "De AI-ICON 2022 en CS-ICON 2022 oproepen werden ondertussen afgesloten (sinds 1 februari 2024).",
        note: "Seed 001: \"een Vlaamse onderzoeksorganisatie en minstens drie onderling onafhankelijke Vlaamse ondernemingen\"; \"De vooraanmelding van een projectvoorstel is verplicht\".",
    },
    Source {
        id: EFRO,
        title: "VLAIO — EFRO Vlaanderen: wie kan een project indienen",
        url: Some("https://www.vlaio.be/nl/vlaio-netwerk/europees-fonds-voor-regionale-ontwikkeling/efro-project-indienen/wie-kan-een-project"),
        seed_file: Some("000_8ff79175050adf3f.txt"),
        quote: "EFRO Vlaanderen lanceert geregeld oproepen waarin er steunmogelijkheden zijn binnen het thema 'Digitalisering'.",
        note: "Partners need legal personality in Flanders; EFRO co-finances at most 40 %.",
    },
    Source {
        id: HORIZON,
        title: "Horizon Europe — deelnameregels",
        url: Some("https://www.ffg.at/en/europe/heu/legal-financial/theme_eligibility-conditions"),
        seed_file: Some("000_8ff79175050adf3f.txt"),
        quote: "De steun binnen Horizon Europe kan bekomen worden door zowel starters, kmo's als grote ondernemingen, overheden, universiteiten, onderzoeksinstituten en organisaties voor technologieverspreiding. Horizon werkt met oproepen.",
        note: "Collaborative actions: at least 3 independent legal entities from 3 different member or associated states.",
    },
    Source {
        id: DIGITAL,
        title: "NCP Flanders — Digital Europe",
        url: Some("https://ncpflanders.be/index.php/infosheets/international-cooperation-in-digital-europe"),
        seed_file: Some("000_8ff79175050adf3f.txt"),
        quote: "Dit programma staat open voor zowel kmo's als grote ondernemingen, onderzoeksinstituten, overheden en universiteiten. DIGITAL werkt met oproepen.",
        note: "Seed 001 adds the 2023-2024 cybersecurity work programme.",
    },
    Source {
        id: DECISIONS,
        title: "Steunwijzer — regelbeslissingen waar de bronnen een keuze laten",
        url: None,
        seed_file: None,
        quote: "Waar de bronnen een keuze laten, beslist deze pagina.",
        note: "The project's binding rule decisions (spec/rules-decisions.md of the project).",
    },
];

/// Every source, in a stable order.
pub fn sources() -> Vec<Source> {
    SOURCES.to_vec()
}

/// The source with this id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_source_has_a_quote() {
        for (i, s) in SOURCES.iter().enumerate() {
            assert!(!s.quote.is_empty(), "{} has no quote", s.id);
            assert!(s.url.is_some() || s.seed_file.is_some() || s.id == DECISIONS);
            assert!(SOURCES[i + 1..].iter().all(|o| o.id != s.id), "{}", s.id);
        }
    }
}
