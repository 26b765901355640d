//! The batch's own words in Dutch, English and French (file and cell errors, table
//! headings). Measure names and statuses come from the engine's texts.

use crate::cells::CellProblem;
use crate::columns::CellError;
use crate::{FileError, RowError, RowErrorKind};
use eligibility::text::Lang;

fn pick(lang: Lang, texts: [&'static str; 3]) -> &'static str {
    match lang {
        Lang::Nl => texts[0],
        Lang::En => texts[1],
        Lang::Fr => texts[2],
    }
}

/// Opening and closing quote marks of `lang` around a value the user wrote.
fn quoted(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{value}\u{a0}»"),
        _ => format!("‘{value}’"),
    }
}

/// What is wrong with a whole file, and what to do.
pub fn file_error_message(err: &FileError, lang: Lang) -> String {
    match err {
        FileError::Empty => pick(lang, [
            "Het bestand is leeg: er staat geen enkele rij in. Kies je klantenlijst, of download het sjabloon om te zien hoe ze eruitziet.",
            "The file is empty: it has no rows. Choose your client list, or download the template to see what it looks like.",
            "Le fichier est vide : il ne contient aucune ligne. Choisissez votre liste de clients, ou téléchargez le modèle pour voir à quoi elle ressemble.",
        ]).to_string(),
        FileError::NoRows => pick(lang, [
            "Het bestand heeft kolomnamen, maar geen enkele klant eronder. Zet een klant per rij onder de kolomnamen.",
            "The file has column names but no client below them. Put one client per row below the column names.",
            "Le fichier a des noms de colonnes, mais aucun client en dessous. Mettez un client par ligne sous les noms de colonnes.",
        ]).to_string(),
        FileError::NotAList => pick(lang, [
            "Dit bestand is geen klantenlijst. Kies een CSV- of XLSX-bestand met een klant per rij (het sjabloon toont hoe).",
            "This file is not a client list. Choose a CSV or XLSX file with one client per row (the template shows how).",
            "Ce fichier n'est pas une liste de clients. Choisissez un fichier CSV ou XLSX avec un client par ligne (le modèle montre comment).",
        ]).to_string(),
        FileError::NoKnownColumns => pick(lang, [
            "We herkennen geen enkele kolomnaam in de eerste rij, dus dit lijkt geen klantenlijst. Gebruik de kolomnamen van het sjabloon, zoals klant, rechtsvorm en omzet.",
            "We recognise none of the column names in the first row, so this does not look like a client list. Use the template's column names, such as klant, rechtsvorm and omzet.",
            "Nous ne reconnaissons aucun nom de colonne dans la première ligne : ce n'est pas une liste de clients. Utilisez les noms de colonnes du modèle, comme klant, rechtsvorm et omzet.",
        ]).to_string(),
        FileError::DuplicateColumn(name) => match lang {
            Lang::Nl => format!("De kolom {} staat twee keer in de eerste rij. Houd er een over.", quoted(name, lang)),
            Lang::En => format!("The column {} appears twice in the first row. Keep one.", quoted(name, lang)),
            Lang::Fr => format!("La colonne {} figure deux fois dans la première ligne. Gardez-en une.", quoted(name, lang)),
        },
        FileError::OldExcel => pick(lang, [
            "Dit is een oud Excel-bestand (.xls). Bewaar het in Excel als .xlsx of als CSV en kies het opnieuw.",
            "This is an old Excel file (.xls). Save it in Excel as .xlsx or as CSV and choose it again.",
            "C'est un ancien fichier Excel (.xls). Enregistrez-le dans Excel en .xlsx ou en CSV et choisissez-le à nouveau.",
        ]).to_string(),
        FileError::Unreadable => pick(lang, [
            "Dit bestand kunnen we niet lezen: het is beschadigd of geen CSV- of XLSX-bestand.",
            "We cannot read this file: it is damaged or not a CSV or XLSX file.",
            "Nous ne pouvons pas lire ce fichier : il est endommagé ou ce n'est pas un fichier CSV ou XLSX.",
        ]).to_string(),
        FileError::TooManyRows => pick(lang, [
            "Het bestand heeft meer dan 10.000 rijen. Verdeel de lijst over kleinere bestanden.",
            "The file has more than 10,000 rows. Split the list into smaller files.",
            "Le fichier compte plus de 10 000 lignes. Répartissez la liste sur des fichiers plus petits.",
        ]).to_string(),
    }
}

/// A column of the header that is not one of the documented ones.
pub fn unknown_column_message(name: &str, lang: Lang) -> String {
    let q = quoted(name, lang);
    match lang {
        Lang::Nl => format!("De kolom {q} kennen we niet; we hebben ze niet gebruikt. Kijk de schrijfwijze na (zie het sjabloon)."),
        Lang::En => format!("We do not know the column {q}; it was not used. Check its spelling (see the template)."),
        Lang::Fr => format!("Nous ne connaissons pas la colonne {q} ; elle n'a pas été utilisée. Vérifiez son orthographe (voir le modèle)."),
    }
}

/// Why one cell of a row was refused.
pub fn row_error_message(err: &RowError, lang: Lang) -> String {
    let v = quoted(&err.value, lang);
    match &err.kind {
        RowErrorKind::Cell(CellError::Unreadable(p)) => match (p, lang) {
            (CellProblem::NotANumber, Lang::Nl) => {
                format!("{v} is geen getal. Schrijf bijvoorbeeld 3.200 of 1.800.000,50.")
            }
            (CellProblem::NotANumber, Lang::En) => {
                format!("{v} is not a number. Write for example 3200 or 1800000.50.")
            }
            (CellProblem::NotANumber, Lang::Fr) => {
                format!("{v} n'est pas un nombre. Écrivez par exemple 3.200 ou 1.800.000,50.")
            }
            (CellProblem::Negative, Lang::Nl) => {
                format!("{v} is negatief; hier kan alleen 0 of meer.")
            }
            (CellProblem::Negative, Lang::En) => {
                format!("{v} is negative; only 0 or more is possible here.")
            }
            (CellProblem::Negative, Lang::Fr) => {
                format!("{v} est négatif ; seul 0 ou plus est possible ici.")
            }
            (CellProblem::NotWhole, Lang::Nl) => format!("{v} is geen geheel getal."),
            (CellProblem::NotWhole, Lang::En) => format!("{v} is not a whole number."),
            (CellProblem::NotWhole, Lang::Fr) => format!("{v} n'est pas un nombre entier."),
            (CellProblem::NotADate, Lang::Nl) => {
                format!("{v} is geen datum. Schrijf bijvoorbeeld 28/11/2026.")
            }
            (CellProblem::NotADate, Lang::En) => {
                format!("{v} is not a date. Write for example 28/11/2026.")
            }
            (CellProblem::NotADate, Lang::Fr) => {
                format!("{v} n'est pas une date. Écrivez par exemple 28/11/2026.")
            }
        },
        RowErrorKind::Cell(CellError::NotYesNo) => match lang {
            Lang::Nl => format!("{v}: schrijf ja of nee."),
            Lang::En => format!("{v}: write ja (yes) or nee (no)."),
            Lang::Fr => format!("{v} : écrivez ja (oui) ou nee (non)."),
        },
        RowErrorKind::Cell(CellError::NotAllowed(allowed)) => {
            let list = allowed.join(", ");
            match lang {
                Lang::Nl => format!("{v} is geen toegelaten antwoord. Kies uit: {list}."),
                Lang::En => format!("{v} is not an allowed answer. Choose from: {list}."),
                Lang::Fr => format!("{v} n'est pas une réponse admise. Choisissez parmi : {list}."),
            }
        }
        RowErrorKind::Engine(e) => {
            let msg = e.field_message(lang);
            if err.value.is_empty() {
                msg
            } else {
                format!("{v}: {msg}")
            }
        }
    }
}

/// Headings of the exported table.
pub struct Headings {
    /// Row number in the file.
    pub line: &'static str,
    /// The client.
    pub client: &'static str,
    /// After a measure's name: its amount.
    pub amount_suffix: &'static str,
    /// Sum of the certain grants.
    pub grants: &'static str,
    /// Sum of the certain tax deductions.
    pub deductions: &'static str,
    /// The wrong column of a refused row.
    pub error_column: &'static str,
    /// Why the row was refused.
    pub error: &'static str,
    /// The totals row.
    pub total: &'static str,
    /// A refused row's status.
    pub refused: &'static str,
}

/// The table's headings in `lang`.
pub fn headings(lang: Lang) -> Headings {
    Headings {
        line: pick(lang, ["Rij", "Row", "Ligne"]),
        client: pick(lang, ["Klant", "Client", "Client"]),
        amount_suffix: pick(lang, ["bedrag", "amount", "montant"]),
        grants: pick(
            lang,
            [
                "Subsidies (zeker)",
                "Grants (certain)",
                "Subventions (certaines)",
            ],
        ),
        deductions: pick(
            lang,
            [
                "Fiscale aftrek (zeker)",
                "Tax deductions (certain)",
                "Déductions fiscales (certaines)",
            ],
        ),
        error_column: pick(
            lang,
            ["Fout in kolom", "Error in column", "Erreur dans la colonne"],
        ),
        error: pick(lang, ["Uitleg", "Explanation", "Explication"]),
        total: pick(lang, ["Totaal", "Total", "Total"]),
        refused: pick(lang, ["Niet berekend", "Not calculated", "Non calculé"]),
    }
}
