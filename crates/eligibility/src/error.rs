//! Input errors: what was refused and where (a field path such as
//! `plans.trainings[0].cost`).

use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

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

/// A refused input, naming the field path (`""` for the whole document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// Field path, e.g. `company.turnover` or `plans.trainings[0].cost`.
    pub path: String,
    /// What is wrong.
    pub code: ErrorCode,
    /// Extra detail, language-neutral (allowed values, the limit, a parser message).
    pub detail: String,
}

impl InputError {
    /// A new error.
    pub fn new(path: impl Into<String>, code: ErrorCode, detail: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            code,
            detail: detail.into(),
        }
    }

    /// The message in `lang`, naming the path.
    pub fn message(&self, lang: Lang) -> String {
        crate::text::error_message(self, lang)
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for InputError {}
