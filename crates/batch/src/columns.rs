//! The documented Dutch column names of a client list and how each fills the scenario.

use crate::cells::{normalize, parse_date, parse_number, parse_whole, Cell, CellProblem};
use serde_json::{Map, Value};

/// What a column holds and how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// The client's name or reference (not part of the scenario).
    Client,
    /// A free text.
    Text,
    /// An amount in euro.
    Money,
    /// A percentage (`30` is 30 %).
    Percent,
    /// Staff in annual work units (decimals allowed).
    Staff,
    /// A whole number.
    Whole,
    /// A date.
    Date,
    /// `ja` or `nee`.
    YesNo,
    /// `ja`, `nee` or `onbekend` (unknown stays unanswered).
    YesNoUnknown,
    /// `nee` (an empty list: there are none) or `ja` (there are some, described in the
    /// calculator: the list stays unanswered here).
    NoneIfNo,
    /// A date, or `nooit` (never).
    DateOrNever,
    /// One of a list of codes.
    Choice(&'static [(&'static str, &'static [&'static str])]),
}

/// One column of the client list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column name in the file's header (Dutch, as documented).
    pub name: &'static str,
    /// Where the value goes in the scenario (`company.turnover`); empty for the client name.
    pub path: &'static str,
    /// How the cell is read.
    pub ty: ColumnType,
    /// The value of the first example row of the template.
    pub example_1: &'static str,
    /// The value of the second example row of the template.
    pub example_2: &'static str,
}

const LEGAL_FORMS: &[(&str, &[&str])] = &[
    (
        "eenmanszaak",
        &["eenmanszaak", "zelfstandige", "natuurlijk_persoon"],
    ),
    ("bv", &["bv", "bvba", "srl"]),
    ("nv", &["nv", "sa"]),
    ("cv", &["cv", "cvba", "sc"]),
    ("vof", &["vof", "snc"]),
    ("commv", &["commv", "comm_v", "scs"]),
    ("vzw", &["vzw", "asbl"]),
    (
        "other_company",
        &["andere_vennootschap", "other_company", "andere"],
    ),
    ("maatschap", &["maatschap"]),
    ("feitelijke_vereniging", &["feitelijke_vereniging"]),
];
const REGIONS: &[(&str, &[&str])] = &[
    (
        "flanders",
        &["vlaanderen", "vlaams_gewest", "flanders", "flandre"],
    ),
    ("brussels", &["brussel", "brussels", "bruxelles"]),
    ("wallonia", &["wallonie", "waals_gewest", "wallonia"]),
    ("abroad", &["buitenland", "abroad", "etranger"]),
];
const NIS2: &[(&str, &[&str])] = &[
    ("essential", &["essentieel", "essential", "essentielle"]),
    ("important", &["belangrijk", "important", "importante"]),
    (
        "not_in_scope",
        &["niet", "niet_van_toepassing", "nee", "not_in_scope"],
    ),
    ("unknown", &["onbekend", "unknown", "weet_niet"]),
];
const THEMES: &[(&str, &[&str])] = &[
    ("bedrijfsstrategie", &["bedrijfsstrategie"]),
    (
        "beroepsspecifieke_competenties",
        &["beroepsspecifieke_competenties"],
    ),
    ("digitalisering", &["digitalisering"]),
    (
        "digitalisering_cybersecurity",
        &["digitalisering_cybersecurity", "cybersecurity"],
    ),
    ("duurzaamheid", &["duurzaamheid"]),
    (
        "duurzaamheid_energie_efficientie",
        &["duurzaamheid_energie_efficientie", "energie_efficientie"],
    ),
    ("financiele_geletterdheid", &["financiele_geletterdheid"]),
    ("innovatie", &["innovatie"]),
    ("internationalisering", &["internationalisering"]),
    ("personeelsmanagement", &["personeelsmanagement"]),
];
const DIGITAL: &[(&str, &[&str])] = &[
    ("", &["geen", "nee", "none"]),
    (
        "payment_invoicing",
        &[
            "betalen_factureren",
            "betalen_en_factureren",
            "payment_invoicing",
        ],
    ),
    ("crm", &["crm", "klantenbeheer"]),
    ("e_commerce", &["e_commerce", "webshop"]),
    (
        "ict_security",
        &["ict_beveiliging", "ict_security", "beveiliging"],
    ),
];
const CYBER_VERSIONS: &[(&str, &[&str])] = &[
    ("start", &["start"]),
    ("medium", &["medium"]),
    ("plus", &["plus"]),
];

const fn col(
    name: &'static str,
    path: &'static str,
    ty: ColumnType,
    example_1: &'static str,
    example_2: &'static str,
) -> Column {
    Column {
        name,
        path,
        ty,
        example_1,
        example_2,
    }
}

use ColumnType as T;

/// Every column a client list may have, in template order. Only `klant` and the columns
/// a client needs must be filled; an empty cell is an unanswered question.
pub const COLUMNS: &[Column] = &[
    col("klant", "", T::Client, "Bakkerij Peeters", "Dataleaf"),
    col("datum", "date", T::Date, "", "01/12/2026"),
    col(
        "rechtsvorm",
        "company.legal_form",
        T::Choice(LEGAL_FORMS),
        "bv",
        "nv",
    ),
    col(
        "vrij_beroep",
        "company.liberal_profession",
        T::YesNo,
        "nee",
        "nee",
    ),
    col(
        "vzw_vennootschapsbelasting",
        "company.vzw_corporate_tax",
        T::YesNo,
        "",
        "",
    ),
    col(
        "maatwerkbedrijf",
        "company.maatwerkbedrijf",
        T::YesNo,
        "nee",
        "nee",
    ),
    col(
        "gewest",
        "company.region",
        T::Choice(REGIONS),
        "Vlaanderen",
        "Vlaanderen",
    ),
    col(
        "oprichtingsdatum",
        "company.founded",
        T::Date,
        "12/03/2009",
        "15/06/2025",
    ),
    col("nace", "company.nace", T::Text, "10.711", "62.010"),
    col(
        "hoofdactiviteit_aanvaard",
        "company.main_activity_acceptable",
        T::YesNoUnknown,
        "ja",
        "ja",
    ),
    col(
        "overheidsaandeel_pct",
        "company.public_ownership_pct",
        T::Percent,
        "0",
        "0",
    ),
    col("personeel_vte", "company.staff_awu", T::Staff, "12,5", "4"),
    col(
        "omzet",
        "company.turnover",
        T::Money,
        "1.800.000",
        "350.000",
    ),
    col(
        "balanstotaal",
        "company.balance_sheet_total",
        T::Money,
        "950.000,50",
        "220.000",
    ),
    col(
        "vorig_jaar_personeel_vte",
        "company.previous_year.staff_awu",
        T::Staff,
        "11",
        "",
    ),
    col(
        "vorig_jaar_omzet",
        "company.previous_year.turnover",
        T::Money,
        "1.650.000",
        "",
    ),
    col(
        "vorig_jaar_balanstotaal",
        "company.previous_year.balance_sheet_total",
        T::Money,
        "900.000",
        "",
    ),
    col(
        "verbonden_ondernemingen",
        "company.holdings",
        T::NoneIfNo,
        "nee",
        "nee",
    ),
    col("nis2", "company.nis2", T::Choice(NIS2), "niet", "onbekend"),
    col(
        "negatief_eigen_vermogen",
        "company.negative_equity",
        T::YesNo,
        "nee",
        "nee",
    ),
    col(
        "laatste_cybertraject",
        "company.last_cyber_trajectory",
        T::DateOrNever,
        "nooit",
        "nooit",
    ),
    col(
        "de_minimis_ontvangen",
        "company.de_minimis_received",
        T::NoneIfNo,
        "ja",
        "nee",
    ),
    col(
        "de_minimis_bedrag",
        "company.de_minimis_received[0].amount",
        T::Money,
        "4.000",
        "",
    ),
    col(
        "de_minimis_datum",
        "company.de_minimis_received[0].granted_on",
        T::Date,
        "10/03/2025",
        "",
    ),
    col(
        "kmo_portefeuille_dit_jaar",
        "company.kmo_portefeuille_received_this_year",
        T::Money,
        "0",
        "0",
    ),
    col(
        "opleiding_thema",
        "plans.trainings[0].theme",
        T::Choice(THEMES),
        "digitalisering",
        "",
    ),
    col(
        "opleiding_kosten",
        "plans.trainings[0].cost",
        T::Money,
        "2.400",
        "",
    ),
    col(
        "opleiding_deelnemers",
        "plans.trainings[0].participants",
        T::Whole,
        "3",
        "",
    ),
    col(
        "opleiding_dagen",
        "plans.trainings[0].days",
        T::Whole,
        "2",
        "",
    ),
    col(
        "advies_thema",
        "plans.advice[0].theme",
        T::Choice(THEMES),
        "digitalisering_cybersecurity",
        "innovatie",
    ),
    col(
        "advies_kosten",
        "plans.advice[0].cost",
        T::Money,
        "6.000",
        "8.500",
    ),
    col(
        "investering_bedrag",
        "plans.investments[0].amount",
        T::Money,
        "20.000",
        "",
    ),
    col(
        "investering_digitaal",
        "plans.investments[0].digital_category",
        T::Choice(DIGITAL),
        "crm",
        "",
    ),
    col(
        "investering_datum",
        "plans.investments[0].acquired_on",
        T::Date,
        "01/10/2026",
        "",
    ),
    col(
        "cybertraject_versie",
        "plans.cyber_trajectory.version",
        T::Choice(CYBER_VERSIONS),
        "medium",
        "",
    ),
    col(
        "cybertraject_kosten",
        "plans.cyber_trajectory.cost",
        T::Money,
        "20.000",
        "",
    ),
    col(
        "ontwikkelingsproject_kosten",
        "plans.development_project.accepted_costs",
        T::Money,
        "",
        "200.000",
    ),
    col(
        "ontwikkelingsproject_samenwerking",
        "plans.development_project.collaboration",
        T::YesNo,
        "",
        "nee",
    ),
    col(
        "onderzoeksproject_onderzoekskosten",
        "plans.research_project.research_costs",
        T::Money,
        "",
        "",
    ),
    col(
        "onderzoeksproject_ontwikkelingskosten",
        "plans.research_project.development_costs",
        T::Money,
        "",
        "",
    ),
    col(
        "onderzoeksproject_samenwerking",
        "plans.research_project.collaboration",
        T::YesNo,
        "",
        "",
    ),
    col(
        "starter_baanbrekend",
        "plans.innovative_starter.pioneering",
        T::YesNo,
        "",
        "ja",
    ),
];

/// The column with this header name (matched without case, accents or spacing).
pub fn column_named(header: &str) -> Option<&'static Column> {
    let key = normalize(header);
    COLUMNS.iter().find(|c| c.name == key)
}

/// The column that fills this scenario path (for the engine's errors).
pub fn column_for_path(path: &str) -> Option<&'static Column> {
    COLUMNS
        .iter()
        .find(|c| {
            !c.path.is_empty() && (c.path == path || path.starts_with(&format!("{}.", c.path)))
        })
        .or_else(|| {
            // An error on a whole item (`plans.trainings[0]`) belongs to its first column.
            COLUMNS
                .iter()
                .find(|c| !c.path.is_empty() && c.path.starts_with(&format!("{path}.")))
        })
}

/// Why a cell was refused (language-neutral; [`crate::text`] says it in words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellError {
    /// The cell could not be read as its type asks.
    Unreadable(CellProblem),
    /// Not `ja` or `nee`.
    NotYesNo,
    /// Not one of the allowed answers (the answers a user may write).
    NotAllowed(Vec<&'static str>),
}

/// Reads a cell into the JSON value its column puts in the scenario; `Ok(None)` for an
/// empty cell or an explicit "unknown".
pub fn read_cell(column: &Column, cell: &Cell) -> Result<Option<Value>, CellError> {
    if cell.is_empty() {
        return Ok(None);
    }
    let text = || normalize(&cell.shown());
    let yes_no = |t: &str| match t {
        "ja" | "j" | "yes" | "y" | "oui" | "true" | "waar" | "1" | "x" => Some(true),
        "nee" | "n" | "no" | "non" | "false" | "onwaar" | "0" => Some(false),
        _ => None,
    };
    let unreadable = CellError::Unreadable;
    Ok(Some(match column.ty {
        T::Client | T::Text => Value::String(cell.shown()),
        T::Money | T::Percent | T::Staff => Value::String(parse_number(cell).map_err(unreadable)?),
        T::Whole => Value::from(parse_whole(cell).map_err(unreadable)?),
        T::Date => Value::String(parse_date(cell).map_err(unreadable)?.to_string()),
        T::YesNo => match cell {
            Cell::Bool(b) => Value::Bool(*b),
            _ => Value::Bool(yes_no(&text()).ok_or(CellError::NotYesNo)?),
        },
        T::YesNoUnknown => match cell {
            Cell::Bool(b) => Value::Bool(*b),
            _ => match text().as_str() {
                "onbekend" | "unknown" | "inconnu" | "weet_niet" | "?" => return Ok(None),
                t => Value::Bool(yes_no(t).ok_or(CellError::NotYesNo)?),
            },
        },
        T::NoneIfNo => match cell {
            Cell::Bool(false) => Value::Array(Vec::new()),
            Cell::Bool(true) => return Ok(None),
            _ => match yes_no(&text()).ok_or(CellError::NotYesNo)? {
                false => Value::Array(Vec::new()),
                true => return Ok(None),
            },
        },
        T::DateOrNever => match text().as_str() {
            "nooit" | "never" | "jamais" | "nee" | "geen" => Value::Null,
            _ => Value::String(parse_date(cell).map_err(unreadable)?.to_string()),
        },
        T::Choice(choices) => {
            let squash = |t: &str| t.replace('_', "");
            let given = squash(&text());
            let code = choices
                .iter()
                .find(|(code, words)| {
                    squash(code) == given || words.iter().any(|w| squash(w) == given)
                })
                .map(|(code, _)| *code)
                .ok_or_else(|| {
                    CellError::NotAllowed(choices.iter().map(|(_, words)| words[0]).collect())
                })?;
            if code.is_empty() {
                Value::Null
            } else {
                Value::String(code.to_string())
            }
        }
    }))
}

/// Puts `value` at a scenario path such as `plans.trainings[0].cost`, creating the
/// objects and one-item lists on the way.
pub fn set_path(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut parts = path.split('.').peekable();
    let mut here = root;
    while let Some(part) = parts.next() {
        let (key, in_list) = match part.strip_suffix("[0]") {
            Some(key) => (key, true),
            None => (part, false),
        };
        if parts.peek().is_none() && !in_list {
            // "None" (an empty list) never wipes out an item another column described.
            let empty_list = value.as_array().is_some_and(Vec::is_empty);
            if !(empty_list && here.contains_key(key)) {
                here.insert(key.to_string(), value);
            }
            return;
        }
        let slot = here.entry(key.to_string()).or_insert_with(|| {
            if in_list {
                Value::Array(vec![Value::Object(Map::new())])
            } else {
                Value::Object(Map::new())
            }
        });
        let next = if in_list {
            slot.as_array_mut().and_then(|a| {
                if a.is_empty() {
                    a.push(Value::Object(Map::new()));
                }
                a.first_mut()
            })
        } else {
            Some(slot)
        };
        match next.and_then(Value::as_object_mut) {
            Some(obj) => here = obj,
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_a_unique_normalized_name_and_path() {
        for (i, c) in COLUMNS.iter().enumerate() {
            assert_eq!(normalize(c.name), c.name);
            assert_eq!(
                column_named(&c.name.to_uppercase().replace('_', " ")),
                Some(c)
            );
            for other in &COLUMNS[i + 1..] {
                assert_ne!(c.name, other.name);
                assert!(c.path.is_empty() || c.path != other.path, "{}", c.path);
            }
        }
    }

    #[test]
    fn paths_build_nested_objects_and_lists() {
        let mut both = Map::new();
        set_path(
            &mut both,
            "company.de_minimis_received",
            Value::Array(Vec::new()),
        );
        set_path(
            &mut both,
            "company.de_minimis_received[0].amount",
            "10".into(),
        );
        set_path(
            &mut both,
            "company.de_minimis_received",
            Value::Array(Vec::new()),
        );
        assert_eq!(
            Value::Object(both),
            serde_json::json!({"company": {"de_minimis_received": [{"amount": "10"}]}})
        );
        let mut root = Map::new();
        set_path(&mut root, "plans.trainings[0].cost", "10".into());
        set_path(&mut root, "plans.trainings[0].theme", "innovatie".into());
        set_path(&mut root, "company.turnover", "5".into());
        assert_eq!(
            Value::Object(root),
            serde_json::json!({"plans": {"trainings": [{"cost": "10", "theme": "innovatie"}]},
                               "company": {"turnover": "5"}})
        );
        assert_eq!(
            column_for_path("plans.trainings[0]").map(|c| c.name),
            Some("opleiding_thema")
        );
        assert_eq!(
            column_for_path("company.turnover").map(|c| c.name),
            Some("omzet")
        );
    }

    #[test]
    fn answers_are_read_in_dutch_and_as_codes() {
        let c = column_named("rechtsvorm").unwrap();
        let read = |t: &str| read_cell(c, &Cell::Text(t.into()));
        assert_eq!(read("BV"), Ok(Some("bv".into())));
        assert_eq!(read("B.V."), Ok(Some("bv".into())));
        assert_eq!(
            read("Feitelijke vereniging"),
            Ok(Some("feitelijke_vereniging".into()))
        );
        assert!(matches!(read("plc"), Err(CellError::NotAllowed(_))));
        let never = column_named("laatste_cybertraject").unwrap();
        assert_eq!(
            read_cell(never, &Cell::Text("nooit".into())),
            Ok(Some(Value::Null))
        );
        let yn = column_named("hoofdactiviteit_aanvaard").unwrap();
        assert_eq!(read_cell(yn, &Cell::Text("onbekend".into())), Ok(None));
        assert_eq!(
            read_cell(yn, &Cell::Text("misschien".into())),
            Err(CellError::NotYesNo)
        );
        let region = column_named("gewest").unwrap();
        assert_eq!(
            read_cell(region, &Cell::Text("Wallonië".into())),
            Ok(Some("wallonia".into()))
        );
    }
}
