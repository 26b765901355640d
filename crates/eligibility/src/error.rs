//! Input errors: what was refused and where (a field path such as
//! `plans.trainings[0].cost`).

use serde::{Deserialize, Serialize};

/// Why an input was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Not valid JSON.
    Syntax,
    /// A field that the format does not know (typo?).
    UnknownField,
    /// A required field is absent (only `version`).
    MissingField,
    /// Wrong JSON type (e.g. a string where a boolean is expected).
    WrongType,
    /// Not one of the allowed values.
    InvalidValue,
    /// Not a decimal number.
    InvalidNumber,
    /// More than two decimals.
    TooManyDecimals,
    /// A negative value.
    Negative,
    /// Implausibly large (or zero where at least 1 is needed).
    OutOfRange,
    /// Not a valid date `YYYY-MM-DD`.
    InvalidDate,
    /// A format version other than 1.
    UnsupportedVersion,
    /// A computation would overflow.
    Overflow,
}

impl ErrorCode {
    /// Every error code.
    pub const ALL: [ErrorCode; 12] = [
        ErrorCode::Syntax,
        ErrorCode::UnknownField,
        ErrorCode::MissingField,
        ErrorCode::WrongType,
        ErrorCode::InvalidValue,
        ErrorCode::InvalidNumber,
        ErrorCode::TooManyDecimals,
        ErrorCode::Negative,
        ErrorCode::OutOfRange,
        ErrorCode::InvalidDate,
        ErrorCode::UnsupportedVersion,
        ErrorCode::Overflow,
    ];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::Syntax => "syntax",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::InvalidNumber => "invalid_number",
            ErrorCode::TooManyDecimals => "too_many_decimals",
            ErrorCode::Negative => "negative",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::UnsupportedVersion => "unsupported_version",
            ErrorCode::Overflow => "overflow",
        }
    }
}

/// The kind of value a field expects (for a wrong-type error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// `true` or `false`.
    Boolean,
    /// A text.
    Text,
    /// A whole number (0, 1, 2, ...).
    WholeNumber,
    /// A decimal number, as a string or a number.
    Decimal,
    /// A date `"YYYY-MM-DD"`.
    Date,
    /// A JSON object.
    Object,
    /// A JSON list.
    List,
    /// The number 1 (the format version).
    VersionOne,
}

/// The JSON type of a value that was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true`/`false`.
    Boolean,
    /// A number.
    Number,
    /// A string.
    String,
    /// A list.
    Array,
    /// An object.
    Object,
}

/// Machine-readable detail of an input error: the limit, the allowed values, where the
/// JSON broke. Language-neutral; [`crate::text`] renders it in each language.
/// Serialized as an object with a `kind` (`{"kind": "at_most", "limit": "1000000000000"}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    /// Nothing to add to the error code.
    #[default]
    None,
    /// A number at most `limit` (decimal text).
    AtMost {
        /// The largest accepted value.
        limit: String,
    },
    /// A whole number from `min` to `max`.
    Between {
        /// Smallest accepted value.
        min: String,
        /// Largest accepted value.
        max: String,
    },
    /// A date with a year from `min` to `max`.
    YearBetween {
        /// Earliest accepted year.
        min: i32,
        /// Latest accepted year.
        max: i32,
    },
    /// A text of at most `limit` characters.
    AtMostCharacters {
        /// Most characters accepted.
        limit: usize,
    },
    /// A list of at most `limit` entries.
    AtMostEntries {
        /// Most entries accepted.
        limit: usize,
    },
    /// Too large (beyond what a count can hold).
    TooLarge,
    /// The value given is not one of `allowed` (codes).
    AllowedValues {
        /// The value given.
        value: String,
        /// The accepted codes.
        allowed: Vec<String>,
    },
    /// The field is unknown here; these are known.
    KnownFields {
        /// The field names accepted at this place.
        fields: Vec<String>,
    },
    /// The JSON text breaks at this line and column (1-based).
    JsonSyntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// What the field needs.
        expected: Expected,
        /// What was found.
        found: JsonKind,
    },
    /// The number given (decimal text), e.g. a negative amount.
    Number {
        /// The number as a decimal text.
        value: String,
    },
    /// The text given, shown as typed (an invalid date or number).
    Given {
        /// The text as given.
        value: String,
    },
    /// A note for developers (English); not shown in user messages.
    Note {
        /// The note.
        text: String,
    },
}

impl Detail {
    /// Whether there is no detail.
    pub fn is_none(&self) -> bool {
        *self == Detail::None
    }
}

impl From<String> for Detail {
    /// A free text becomes a developer [`Detail::Note`] (empty text: no detail).
    fn from(text: String) -> Self {
        if text.is_empty() {
            Detail::None
        } else {
            Detail::Note { text }
        }
    }
}

impl From<&str> for Detail {
    fn from(text: &str) -> Self {
        Detail::from(text.to_string())
    }
}

/// A refused input, naming the field path (`""` for the whole document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// Field path, e.g. `company.turnover` or `plans.trainings[0].cost`.
    pub path: String,
    /// What is wrong.
    pub code: ErrorCode,
    /// Extra detail, machine-readable (the limit, the allowed values, where JSON broke).
    #[serde(default, skip_serializing_if = "Detail::is_none")]
    pub detail: Detail,
}

impl InputError {
    /// A new error. `detail` is a [`Detail`] (a plain text becomes a developer note).
    pub fn new(path: impl Into<String>, code: ErrorCode, detail: impl Into<Detail>) -> Self {
        InputError {
            path: path.into(),
            code,
            detail: detail.into(),
        }
    }
}

impl std::error::Error for InputError {}
