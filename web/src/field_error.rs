//! Why the raw text of a field cannot go into the scenario. A leaf module: the texts
//! (`i18n`), the number reader (`format`) and the form all use it.

/// Why the raw text of a field cannot go into the scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// Letters or other characters that are not a number.
    NotANumber,
    /// A negative number where only zero or more makes sense.
    Negative,
    /// A count (staff, participants, days) that is not a number.
    NotACount,
    /// A negative count.
    NegativeCount,
    /// More than two decimals.
    TooManyDecimals,
    /// A fraction where a whole number is needed.
    NotWhole,
    /// A percentage above 100.
    AbovePercent,
    /// Not a valid date.
    BadDate,
    /// The engine refused the value; the text is already in the user's language.
    Engine(String),
}
