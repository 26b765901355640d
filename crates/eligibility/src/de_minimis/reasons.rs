//! Reason kinds of de-minimis.

crate::reasons::reason_codes! {
    /// Ceiling and rolling window.
    CEILING => "dm.ceiling",
    /// A grant inside the window, counted.
    GRANT_COUNTED => "dm.grant_counted",
    /// A grant outside the window, not counted.
    GRANT_OUTSIDE => "dm.grant_outside",
    /// A grant with missing answers.
    GRANT_INCOMPLETE => "dm.grant_incomplete",
    /// The measure fits under the ceiling.
    MEASURE_FITS => "dm.measure_fits",
    /// The measure would exceed the ceiling: not eligible.
    MEASURE_EXCEEDS => "dm.measure_exceeds",
    /// A measure under de-minimis (for the measure's own reasons).
    APPLIES => "dm.applies",
    /// Not de-minimis aid.
    NOT_APPLICABLE => "dm.not_applicable",
}
