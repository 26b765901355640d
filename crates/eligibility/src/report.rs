//! The report: every measure with its status, amount, reasons and sources.
//!
//! Language-independent: reasons carry a [`ReasonCode`] and string values; render them
//! with [`crate::text`].

use crate::dates::Date;
use crate::money::{Money, Percent};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// Identifier of a support measure: its JSON id (`"kmo-portefeuille"`), its kind and whether
/// it is de-minimis aid. Each measure declares its own in its folder
/// (`measures::kmo_portefeuille::ID`) and the registry (`measures/mod.rs`) lists it once,
/// which also gives its place in the report ([`MeasureId::ALL`], the order `Ord` follows).
/// A cheap `Copy` value; the constants (`MeasureId::KmoPortefeuille`) can be used as
/// `match` patterns. Reading an unknown id is an error.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct MeasureId {
    code: &'static str,
    kind: Kind,
    de_minimis: bool,
}

impl MeasureId {
    /// A measure with JSON id `code` and kind `kind`, not de-minimis aid (declared once, in
    /// the measure's folder).
    pub const fn new(code: &'static str, kind: Kind) -> MeasureId {
        MeasureId {
            code,
            kind,
            de_minimis: false,
        }
    }
    /// The same measure, as de-minimis aid.
    pub const fn de_minimis(self) -> MeasureId {
        MeasureId {
            de_minimis: true,
            ..self
        }
    }
    /// The JSON id (`"kmo-portefeuille"`).
    pub const fn code(self) -> &'static str {
        self.code
    }
    /// The kind of support.
    pub const fn kind(self) -> Kind {
        self.kind
    }
    /// Whether the measure is de-minimis aid.
    pub const fn is_de_minimis(self) -> bool {
        self.de_minimis
    }
    /// The registered measure with JSON id `code`.
    pub fn from_code(code: &str) -> Option<MeasureId> {
        MeasureId::ALL.into_iter().find(|m| m.code == code)
    }
    /// The place of the measure in the report (its place in the registry).
    fn order(self) -> usize {
        MeasureId::ALL
            .iter()
            .position(|m| m.code == self.code)
            .unwrap_or(usize::MAX)
    }
}

impl PartialOrd for MeasureId {
    fn partial_cmp(&self, other: &MeasureId) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MeasureId {
    /// Report order, as the registry lists the measures.
    fn cmp(&self, other: &MeasureId) -> std::cmp::Ordering {
        self.order()
            .cmp(&other.order())
            .then_with(|| self.code.cmp(other.code))
    }
}

impl fmt::Debug for MeasureId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Serialize for MeasureId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_name(&self.code, s)
    }
}

impl<'de> Deserialize<'de> for MeasureId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<MeasureId, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = MeasureId;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a known measure id")
            }
            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<MeasureId, E> {
                MeasureId::from_code(code)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(code), &self))
            }
        }
        d.deserialize_str(V)
    }
}

/// Status of a measure or plan item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Qualifies (with an amount when planned).
    Eligible,
    /// Does not qualify.
    NotEligible,
    /// An answer is missing or only the agency can decide.
    Uncertain,
    /// Call-based programme: signposting only, no amount.
    Signpost,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 4] = [
        Status::Eligible,
        Status::NotEligible,
        Status::Uncertain,
        Status::Signpost,
    ];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::NotEligible => "not_eligible",
            Status::Uncertain => "uncertain",
            Status::Signpost => "signpost",
        }
    }
}

/// Kind of support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A cash grant.
    Grant,
    /// A deduction from taxable profit.
    TaxDeduction,
    /// Signposting only.
    Signpost,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 3] = [Kind::Grant, Kind::TaxDeduction, Kind::Signpost];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Grant => "grant",
            Kind::TaxDeduction => "tax_deduction",
            Kind::Signpost => "signpost",
        }
    }
}

/// Outcome of one checked condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The condition is met.
    Pass,
    /// The condition is not met.
    Fail,
    /// Cannot be decided (missing answer, or only the agency decides).
    Unknown,
    /// Information: a figure used, a deadline, a next step.
    Info,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 4] = [
        Outcome::Pass,
        Outcome::Fail,
        Outcome::Unknown,
        Outcome::Info,
    ];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Unknown => "unknown",
            Outcome::Info => "info",
        }
    }
}

/// EU SME class (Recommendation 2003/361/EC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EuSize {
    /// Micro enterprise (counts as small wherever a measure speaks of small).
    Micro,
    /// Small enterprise.
    Small,
    /// Medium-sized enterprise.
    Medium,
    /// Large enterprise (not an SME).
    Large,
    /// Not enough answers.
    Unknown,
}

impl EuSize {
    /// Every EU size class.
    pub const ALL: [EuSize; 5] = [
        EuSize::Micro,
        EuSize::Small,
        EuSize::Medium,
        EuSize::Large,
        EuSize::Unknown,
    ];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            EuSize::Micro => "micro",
            EuSize::Small => "small",
            EuSize::Medium => "medium",
            EuSize::Large => "large",
            EuSize::Unknown => "unknown",
        }
    }
    /// Micro, small or medium.
    pub fn is_sme(self) -> bool {
        matches!(self, EuSize::Micro | EuSize::Small | EuSize::Medium)
    }
    /// Micro or small.
    pub fn is_small(self) -> bool {
        matches!(self, EuSize::Micro | EuSize::Small)
    }
}

/// Fiscal size (Companies Code art. 1:24).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FiscalSize {
    /// A small company (or an eenmanszaak, which needs no size test).
    Small,
    /// Not small.
    NotSmall,
    /// Not enough answers.
    Unknown,
}

impl FiscalSize {
    /// Every fiscal size.
    pub const ALL: [FiscalSize; 3] = [FiscalSize::Small, FiscalSize::NotSmall, FiscalSize::Unknown];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            FiscalSize::Small => "small",
            FiscalSize::NotSmall => "not_small",
            FiscalSize::Unknown => "unknown",
        }
    }
}

/// Which plan list an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// `plans.trainings[i]`.
    Trainings,
    /// `plans.advice[i]`.
    Advice,
    /// `plans.investments[i]`.
    Investments,
    /// `plans.cyber_trajectory`.
    CyberTrajectory,
    /// `plans.development_project`.
    DevelopmentProject,
    /// `plans.research_project`.
    ResearchProject,
    /// `plans.innovative_starter`.
    InnovativeStarter,
}

impl PlanKind {
    /// Every plan kind.
    pub const ALL: [PlanKind; 7] = [
        PlanKind::Trainings,
        PlanKind::Advice,
        PlanKind::Investments,
        PlanKind::CyberTrajectory,
        PlanKind::DevelopmentProject,
        PlanKind::ResearchProject,
        PlanKind::InnovativeStarter,
    ];
    /// The JSON code (also the field name under `plans`).
    pub fn code(self) -> &'static str {
        match self {
            PlanKind::Trainings => "trainings",
            PlanKind::Advice => "advice",
            PlanKind::Investments => "investments",
            PlanKind::CyberTrajectory => "cyber_trajectory",
            PlanKind::DevelopmentProject => "development_project",
            PlanKind::ResearchProject => "research_project",
            PlanKind::InnovativeStarter => "innovative_starter",
        }
    }
}

/// Code of a checked condition or a next step (`"kmo.legal_form"`); rendered by
/// [`crate::text`]. Each folder declares its own as constants in its `reasons.rs`
/// (`kmo_portefeuille::reasons::LEGAL_FORM`), the shared ones are in [`crate::reasons`];
/// constants can be used as `match` patterns. Reading an unknown code is an error.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReasonCode(&'static str);

impl ReasonCode {
    /// The reason kind with JSON code `code` (used once, in the owning folder's
    /// `reasons.rs`, by [`reason_codes!`](crate::reasons)).
    pub const fn new(code: &'static str) -> ReasonCode {
        ReasonCode(code)
    }
    /// The JSON code (`"kmo.legal_form"`).
    pub const fn code(self) -> &'static str {
        self.0
    }
    /// The declared reason kind with JSON code `code`.
    pub fn from_code(code: &str) -> Option<ReasonCode> {
        ReasonCode::ALL.iter().copied().find(|r| r.0 == code)
    }
}

impl fmt::Debug for ReasonCode {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for ReasonCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_name(&self.0, s)
    }
}

/// Writes a name of a fixed set (a reason code, a source id) as a unit variant: JSON gets
/// the same string, and the JS API's tape sends each name once per page instead of its
/// text in every reason.
fn serialize_name<S: Serializer>(name: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_unit_variant("Name", 0, name)
}

impl<'de> Deserialize<'de> for ReasonCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ReasonCode, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ReasonCode;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a known reason code")
            }
            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<ReasonCode, E> {
                ReasonCode::from_code(code)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(code), &self))
            }
        }
        d.deserialize_str(V)
    }
}

/// One checked condition, figure or next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// What was checked.
    pub code: ReasonCode,
    /// Pass, fail, unknown or info.
    pub outcome: Outcome,
    /// The values used, as strings (money with 2 decimals, percentages, dates, codes).
    pub values: Values,
    /// Source id (see [`crate::sources`]); always one of the static source table, so
    /// reading a report refuses unknown ids.
    #[serde(
        serialize_with = "serialize_name",
        deserialize_with = "deserialize_source"
    )]
    pub source: SourceId,
}

/// A source id of the static table in [`crate::sources`] (an alias, so that serde's derive
/// does not try to borrow it from the input).
pub type SourceId = &'static str;

/// Reads a source id as the matching id of the static source table (no allocation);
/// an id not in the table is an error.
fn deserialize_source<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    struct V;
    impl Visitor<'_> for V {
        type Value = &'static str;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a known source id")
        }
        fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<&'static str, E> {
            crate::sources::source(id)
                .map(|s| s.id)
                .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(id), &self))
        }
    }
    d.deserialize_str(V)
}

impl Reason {
    /// A reason without values.
    pub fn new(code: ReasonCode, outcome: Outcome, source: &'static str) -> Reason {
        Reason {
            code,
            outcome,
            values: Values(Vec::new()),
            source,
        }
    }
    /// Adds a value when there is one (builder style).
    pub fn with_opt(self, key: &'static str, value: Option<impl ReasonValue>) -> Reason {
        match value {
            Some(v) => self.with(key, v),
            None => self,
        }
    }
    /// Adds a value (builder style); a later value for the same key replaces the earlier.
    // Not inlined: hundreds of call sites, one copy per value type.
    #[inline(never)]
    pub fn with(mut self, key: &'static str, value: impl ReasonValue) -> Reason {
        self.values
            .insert_text(Cow::Borrowed(key), value.value_text());
        self
    }
}

/// The type of a reason value, which says how a text writes it: an amount as money, a
/// percentage or count as a number in the language's format, a date as a date, a code as
/// its label, a text the user typed as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// A euro amount.
    Money,
    /// A percentage (the text writes the `%`).
    Percent,
    /// A count or quantity (staff, days, years).
    Number,
    /// A date.
    Date,
    /// A yes/no value.
    Flag,
    /// A code with a label (theme, legal form, size class, region…), or a field path.
    Code,
    /// Text the user typed, or a year: shown as is.
    Text,
    /// Read back from JSON, where values are plain strings: typed by its key.
    Unknown,
}

/// A value a reason can carry, with its [`ValueKind`].
pub trait ReasonValue: fmt::Display {
    /// The type of this value.
    fn kind(&self) -> ValueKind;
    /// The value's text (as `Display` writes it) with its kind. The common types write
    /// it directly, without the formatting machinery: reasons carry hundreds of values.
    fn value_text(&self) -> ValueText
    where
        Self: Sized,
    {
        ValueText::display_as(self, self.kind())
    }
}

macro_rules! reason_value {
    ($kind:ident: $($t:ty),*) => {
        $(impl ReasonValue for $t {
            fn kind(&self) -> ValueKind {
                ValueKind::$kind
            }
        })*
    };
}
reason_value!(Text: Year);

/// Decimal values: their digits straight into the inline buffer.
macro_rules! reason_value_decimal {
    ($kind:ident: $($t:ty),*) => {
        $(impl ReasonValue for $t {
            fn kind(&self) -> ValueKind {
                ValueKind::$kind
            }
            fn value_text(&self) -> ValueText {
                let mut buf = [0u8; crate::money::DECIMAL_TEXT_LEN];
                match crate::money::decimal_text(self.0, <$t>::FIXED2, &mut buf) {
                    Some(text) => ValueText::from_ascii(text, ValueKind::$kind),
                    None => ValueText::display_as(self, ValueKind::$kind),
                }
            }
        })*
    };
}
reason_value_decimal!(Money: Money);
reason_value_decimal!(Percent: Percent);
reason_value_decimal!(Number: crate::money::Quantity);

impl ReasonValue for rust_decimal::Decimal {
    fn kind(&self) -> ValueKind {
        ValueKind::Number
    }
}

/// Whole numbers: their digits straight into the inline buffer.
macro_rules! reason_value_int {
    ($($t:ty),*) => {
        $(impl ReasonValue for $t {
            fn kind(&self) -> ValueKind {
                ValueKind::Number
            }
            fn value_text(&self) -> ValueText {
                int_text(i128::from(*self))
            }
        })*
    };
}
reason_value_int!(u8, u16, u32, u64, i32, i64);

impl ReasonValue for usize {
    fn kind(&self) -> ValueKind {
        ValueKind::Number
    }
    fn value_text(&self) -> ValueText {
        match u64::try_from(*self) {
            Ok(v) => int_text(i128::from(v)),
            Err(_) => ValueText::display_as(self, ValueKind::Number),
        }
    }
}

/// The text of a whole number, as `Display` writes it.
#[inline(never)]
fn int_text(v: i128) -> ValueText {
    let mut buf = [0u8; 40];
    let mut start = buf.len();
    let mut n = v.unsigned_abs();
    loop {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        start -= 1;
        buf[start] = b'-';
    }
    ValueText::from_ascii(&buf[start..], ValueKind::Number)
}

impl ReasonValue for Date {
    fn kind(&self) -> ValueKind {
        ValueKind::Date
    }
    fn value_text(&self) -> ValueText {
        let mut buf = [0u8; 10];
        match self.iso_bytes(&mut buf) {
            Some(text) => ValueText::from_ascii(text, ValueKind::Date),
            None => ValueText::display_as(self, ValueKind::Date),
        }
    }
}

impl ReasonValue for bool {
    fn kind(&self) -> ValueKind {
        ValueKind::Flag
    }
    fn value_text(&self) -> ValueText {
        ValueText::from_text(if *self { "true" } else { "false" }, ValueKind::Flag)
    }
}

impl ReasonValue for &str {
    fn kind(&self) -> ValueKind {
        ValueKind::Code
    }
    fn value_text(&self) -> ValueText {
        ValueText::from_text(self, ValueKind::Code)
    }
}

impl ReasonValue for String {
    fn kind(&self) -> ValueKind {
        ValueKind::Text
    }
    fn value_text(&self) -> ValueText {
        ValueText::from_text(self, ValueKind::Text)
    }
}

impl ReasonValue for &String {
    fn kind(&self) -> ValueKind {
        ValueKind::Text
    }
    fn value_text(&self) -> ValueText {
        ValueText::from_text(self, ValueKind::Text)
    }
}

/// A calendar year, written as is (2026, never 2.026).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Year(pub i32);

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// Bytes of a [`ValueText`] kept inline, without a heap allocation.
const INLINE: usize = 21;

/// The text of one reason value and its [`ValueKind`]. Values are mostly short (amounts,
/// rates, dates, codes), so up to 21 bytes are kept inline; longer text goes to the heap.
/// Serialises as a string (the kind is not written: JSON stays scenario-format v1).
#[derive(Clone)]
pub struct ValueText(TextRepr);

#[derive(Clone)]
enum TextRepr {
    /// `buf[..len]` is valid UTF-8 (only whole `&str`s are ever copied in).
    Inline {
        len: u8,
        kind: ValueKind,
        buf: [u8; INLINE],
    },
    Heap(Box<str>, ValueKind),
}

impl ValueText {
    /// The text of `value` as its `Display` writes it, of unknown kind.
    pub fn display(value: &impl fmt::Display) -> ValueText {
        ValueText::display_as(value, ValueKind::Unknown)
    }
    /// The text of `value` as its `Display` writes it, of kind `kind`.
    pub fn display_as(value: &impl fmt::Display, kind: ValueKind) -> ValueText {
        let mut w = TextWriter {
            len: 0,
            buf: [0; INLINE],
            spill: None,
        };
        // Writing to a TextWriter never fails; a Display impl that fails leaves what it wrote.
        let _ = fmt::write(&mut w, format_args!("{value}"));
        match w.spill {
            Some(text) => ValueText(TextRepr::Heap(text.into_boxed_str(), kind)),
            None => ValueText(TextRepr::Inline {
                len: w.len as u8,
                kind,
                buf: w.buf,
            }),
        }
    }
    /// `text` itself, of kind `kind` (inline when it fits).
    #[inline(never)]
    pub fn from_text(text: &str, kind: ValueKind) -> ValueText {
        let len = text.len();
        if len <= INLINE {
            let mut buf = [0; INLINE];
            buf[..len].copy_from_slice(text.as_bytes());
            ValueText(TextRepr::Inline {
                len: len as u8,
                kind,
                buf,
            })
        } else {
            ValueText(TextRepr::Heap(text.into(), kind))
        }
    }
    /// ASCII `text` (digits, signs, points), of kind `kind`; cheaper than a UTF-8 check.
    /// Anything else is kept as far as it is valid UTF-8.
    #[inline(never)]
    fn from_ascii(text: &[u8], kind: ValueKind) -> ValueText {
        let len = text.len();
        if len <= INLINE && text.is_ascii() {
            let mut buf = [0; INLINE];
            buf[..len].copy_from_slice(text);
            ValueText(TextRepr::Inline {
                len: len as u8,
                kind,
                buf,
            })
        } else {
            ValueText::from_text(&String::from_utf8_lossy(text), kind)
        }
    }
    /// The kind of the value.
    pub fn kind(&self) -> ValueKind {
        match &self.0 {
            TextRepr::Inline { kind, .. } | TextRepr::Heap(_, kind) => *kind,
        }
    }
    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            TextRepr::Inline { len, buf, .. } => {
                std::str::from_utf8(&buf[..*len as usize]).expect("inline text is UTF-8")
            }
            TextRepr::Heap(text, _) => text,
        }
    }
}

/// Collects `Display` output inline, moving to a `String` once it no longer fits.
struct TextWriter {
    len: usize,
    buf: [u8; INLINE],
    spill: Option<String>,
}

impl fmt::Write for TextWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if let Some(text) = &mut self.spill {
            text.push_str(s);
            return Ok(());
        }
        let end = self.len + s.len();
        if end <= INLINE {
            self.buf[self.len..end].copy_from_slice(s.as_bytes());
            self.len = end;
        } else {
            let mut text = String::with_capacity(end.max(2 * INLINE));
            text.push_str(
                std::str::from_utf8(&self.buf[..self.len]).expect("inline text is UTF-8"),
            );
            text.push_str(s);
            self.spill = Some(text);
        }
        Ok(())
    }
}

impl From<&str> for ValueText {
    fn from(text: &str) -> ValueText {
        ValueText::display(&text)
    }
}

impl From<String> for ValueText {
    fn from(text: String) -> ValueText {
        if text.len() <= INLINE {
            ValueText::display(&text)
        } else {
            ValueText(TextRepr::Heap(text.into_boxed_str(), ValueKind::Unknown))
        }
    }
}

impl std::ops::Deref for ValueText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ValueText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for ValueText {
    fn eq(&self, other: &ValueText) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ValueText {}

impl fmt::Debug for ValueText {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for ValueText {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ValueText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The values of a reason: key to text, kept sorted by key and written as a JSON object
/// (the same JSON as a `BTreeMap<String, String>`). A reason has a few values, so a sorted
/// vector with static keys is cheaper than a map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values(Vec<(Cow<'static, str>, ValueText)>);

impl Values {
    /// The value of `key`, if any.
    pub fn get<K: AsRef<str> + ?Sized>(&self, key: &K) -> Option<&str> {
        let i = self.position(key.as_ref()).ok()?;
        Some(self.0[i].1.as_str())
    }
    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(
        &mut self,
        key: impl Into<Cow<'static, str>>,
        value: impl Into<ValueText>,
    ) -> Option<ValueText> {
        self.insert_text(key.into(), value.into())
    }
    /// [`Values::insert`] of ready parts (one copy of the code for every value type).
    #[inline(never)]
    fn insert_text(&mut self, key: Cow<'static, str>, value: ValueText) -> Option<ValueText> {
        // Most reasons have a few values (room for six at the first); builders mostly add
        // keys in order: then the new one goes last.
        if self.0.is_empty() {
            self.0.reserve(6);
        }
        if self
            .0
            .last()
            .is_none_or(|(last, _)| key_order(last, &key).is_lt())
        {
            self.0.push((key, value));
            return None;
        }
        match self.position(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }
    /// The values in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v.as_str()))
    }
    /// The value of `key` with its kind, if any.
    pub fn typed<K: AsRef<str> + ?Sized>(&self, key: &K) -> Option<(&str, ValueKind)> {
        let i = self.position(key.as_ref()).ok()?;
        Some((self.0[i].1.as_str(), self.0[i].1.kind()))
    }
    /// Number of values.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// No values at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| key_order(k, key))
    }
}

/// `a.cmp(b)` for short keys: the same order, without a `memcmp` call (keys mostly differ
/// in their first bytes).
fn key_order(a: &str, b: &str) -> std::cmp::Ordering {
    for (x, y) in a.bytes().zip(b.bytes()) {
        if x != y {
            return x.cmp(&y);
        }
    }
    a.len().cmp(&b.len())
}

impl Serialize for Values {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k.as_ref(), v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Values, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Values;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of text values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Values, A::Error> {
                let mut values = Values::default();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    values.insert(k, v);
                }
                Ok(values)
            }
        }
        d.deserialize_map(V)
    }
}

/// The company size part of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SizeReport {
    /// EU SME class.
    pub eu: EuSize,
    /// Fiscal size (art. 1:24).
    pub fiscal: FiscalSize,
    /// How both were determined.
    pub reasons: Vec<Reason>,
}

/// One plan item of a measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemReport {
    /// Which plan list.
    pub plan: PlanKind,
    /// Index in that list (0 for single plans).
    pub index: usize,
    /// Label from the scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Status of this item.
    pub status: Status,
    /// Eligible cost (or the amount the rate applies to), when known.
    pub eligible_cost: Option<Money>,
    /// Rate applied, when known.
    pub rate: Option<Percent>,
    /// Aid before the yearly ceiling (kmo-portefeuille) or before caps.
    pub aid_before_ceiling: Option<Money>,
    /// Aid of this item (0.00 when not eligible).
    pub aid: Money,
    /// Conditions of this item.
    pub reasons: Vec<Reason>,
}

/// One measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureReport {
    /// The measure.
    pub id: MeasureId,
    /// Status.
    pub status: Status,
    /// Grant, tax deduction or signpost.
    pub kind: Kind,
    /// Aid (deduction for a tax deduction); 0.00 when not eligible or signpost.
    pub amount: Money,
    /// Whether the scenario has plan items for this measure.
    pub planned: bool,
    /// Whether the shell asked for this measure (`options.measures`); a measure not asked
    /// about still has its full report but counts in no total, question or assumption.
    #[serde(default = "asked_by_default")]
    pub asked: bool,
    /// Whether the measure is de-minimis aid.
    pub de_minimis: bool,
    /// Company-level conditions, in check order.
    pub reasons: Vec<Reason>,
    /// Plan items.
    pub items: Vec<ItemReport>,
    /// Deadlines, providers, calls.
    pub next_steps: Vec<Reason>,
}

/// The de-minimis part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeMinimisReport {
    /// Aid received in the rolling window.
    pub used: Money,
    /// The scenario's de-minimis aid added under the ceiling (kmo-portefeuille, then the
    /// cybersecurity trajectory), excluding `used`.
    pub planned: Money,
    /// The ceiling in force.
    pub ceiling: Money,
    /// Ceiling minus used minus planned (never negative).
    pub headroom: Money,
    /// First day of the rolling three-year window.
    pub window_start: Date,
    /// Grants counted, measures added or refused.
    pub reasons: Vec<Reason>,
}

/// The kmo-portefeuille yearly ceiling and what is left of it, so that a shell shows the
/// figures without reading them out of reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KmoCeilingReport {
    /// The calendar year of the scenario date.
    pub year: i32,
    /// The yearly ceiling for the company's size class.
    pub ceiling: Money,
    /// Kmo-portefeuille aid already received this year; `None` when not answered.
    pub received: Option<Money>,
    /// Room left before this plan: ceiling minus received, never negative.
    pub room: Money,
    /// What this plan takes of the room (the measure's amount).
    pub planned: Money,
    /// Room left after this plan.
    pub remaining: Money,
}

/// Totals over all measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Sum of grant amounts.
    pub grants: Money,
    /// Sum of tax deductions.
    pub tax_deductions: Money,
    /// Sum of the grants of `uncertain` measures: not in `grants`, but what they give if
    /// the open answers go the company's way.
    #[serde(default)]
    pub uncertain_grants: Money,
    /// Sum of the tax deductions of `uncertain` measures (not in `tax_deductions`).
    #[serde(default)]
    pub uncertain_tax_deductions: Money,
}

fn asked_by_default() -> bool {
    true
}

/// A typical answer the engine assumed because the scenario left it open (ruling 13).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assumption {
    /// Field path (`company.public_ownership_pct`).
    pub field: String,
    /// The assumed answer as JSON text (`"0"`, `"[]"`, `"true"`, `"false"`, `"null"`).
    pub value: String,
    /// The asked measures whose outcome rests on it, in report order.
    pub measures: Vec<MeasureId>,
}

/// An open question that keeps measures uncertain, with the money at stake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenQuestion {
    /// Field path of the missing answer.
    pub field: String,
    /// The asked measures it keeps uncertain, in report order.
    pub measures: Vec<MeasureId>,
    /// The sum of their amounts (what the answer can release; 0.00 when no amount can be
    /// computed yet).
    pub amount: Money,
}

/// What a timeline event announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Cyber: the first day a new trajectory can start (the last one plus four years).
    CyberNewTrajectory,
    /// Kmo-portefeuille: a new yearly ceiling (1 January), with its amount.
    KmoNewCeiling,
    /// Kmo-portefeuille: the last day to apply for a plan item (its start plus 14 days).
    KmoApplyBy,
    /// Kmo-portefeuille: the last day a plan item must be finished.
    KmoFinishBy,
    /// Innovatieve starterssteun: the last day the company is young enough.
    StarterAgeLimit,
    /// De-minimis: earlier grants leave the three-year window, giving back their amount.
    DeMinimisRoomBack,
    /// A rule (rate, ceiling, threshold) of the measure changes on this day.
    RuleChange,
}

impl EventKind {
    /// Every event kind.
    pub const ALL: [EventKind; 7] = [
        EventKind::CyberNewTrajectory,
        EventKind::KmoNewCeiling,
        EventKind::KmoApplyBy,
        EventKind::KmoFinishBy,
        EventKind::StarterAgeLimit,
        EventKind::DeMinimisRoomBack,
        EventKind::RuleChange,
    ];
    /// The JSON code.
    pub fn code(self) -> &'static str {
        match self {
            EventKind::CyberNewTrajectory => "cyber_new_trajectory",
            EventKind::KmoNewCeiling => "kmo_new_ceiling",
            EventKind::KmoApplyBy => "kmo_apply_by",
            EventKind::KmoFinishBy => "kmo_finish_by",
            EventKind::StarterAgeLimit => "starter_age_limit",
            EventKind::DeMinimisRoomBack => "de_minimis_room_back",
            EventKind::RuleChange => "rule_change",
        }
    }
}

/// A dated event: when something opens, closes or changes ("Wat kan wanneer").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// The day.
    pub date: Date,
    /// The measure it concerns (de-minimis events name the de-minimis measure they free
    /// room for first: kmo-portefeuille).
    pub measure: MeasureId,
    /// What happens.
    pub kind: EventKind,
    /// The amount, where one applies (a new ceiling, room given back).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// The plan item it concerns (kmo apply/finish events), e.g. `plans.trainings[0]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The label of that plan item, as the scenario gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The full report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Report format version (1).
    pub version: u32,
    /// The date the rules were applied for.
    pub date: Date,
    /// Version of the rule set.
    pub rules_version: String,
    /// Company size.
    pub size: SizeReport,
    /// Every measure, in spec order.
    pub measures: Vec<MeasureReport>,
    /// De-minimis.
    pub de_minimis: DeMinimisReport,
    /// The kmo-portefeuille yearly ceiling; `None` when its rules are not modelled on the
    /// date.
    #[serde(default)]
    pub kmo_portefeuille_ceiling: Option<KmoCeilingReport>,
    /// Totals.
    pub totals: Totals,
    /// Field paths whose absence keeps something uncertain.
    pub missing: Vec<String>,
    /// Typical answers assumed for fields the scenario left open (ruling 13).
    #[serde(default)]
    pub assumptions: Vec<Assumption>,
    /// The open questions that hold money back, largest amount first.
    #[serde(default)]
    pub open_questions: Vec<OpenQuestion>,
    /// Dated events, in date order ("Wat kan wanneer").
    #[serde(default)]
    pub timeline: Vec<TimelineEvent>,
}

impl Report {
    /// The report of one measure.
    pub fn measure(&self, id: MeasureId) -> Option<&MeasureReport> {
        self.measures.iter().find(|m| m.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The direct writers give the same text as `Display`, with the same kind.
    #[test]
    fn value_text_matches_display() {
        fn same(v: impl ReasonValue) {
            let direct = v.value_text();
            assert_eq!(direct.as_str(), v.to_string());
            assert_eq!(direct.kind(), v.kind());
        }
        for m in [
            0i64,
            1,
            7,
            10,
            99,
            100,
            123_456,
            1_000_000_007,
            i64::MAX,
            i64::MIN,
        ] {
            for scale in [0, 1, 2, 3, 5, 28] {
                let d = rust_decimal::Decimal::new(m, scale);
                same(Money(d));
                same(Money(-d));
                same(Percent(d));
                same(crate::money::Quantity(d));
            }
            same(m);
            same(m as i32);
            same(m as u64);
            same(m as usize);
            same(m as u8);
        }
        same(Money(rust_decimal::Decimal::MAX));
        same(Percent(rust_decimal::Decimal::MIN));
        for date in ["2026-11-22", "0001-01-01", "9999-12-31"] {
            same(Date::parse(date).expect("valid date"));
        }
        same(true);
        same(false);
        same("kmo.theme");
        same(String::from("a name someone typed, longer than inline"));
        let typed = String::from("kort");
        same(&typed);
        same(Year(2026));
    }

    #[test]
    fn reason_reads_back_with_static_source_and_refuses_unknown_ids() {
        let long = "a value longer than twenty-two bytes";
        let r = Reason::new(
            crate::kmo_portefeuille::reasons::CEILING,
            Outcome::Info,
            "seed-002",
        )
        .with("ceiling", "7500.00")
        .with("note", long)
        .with("year", 2026);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"code":"kmo.ceiling","outcome":"info","values":{{"ceiling":"7500.00","note":"{long}","year":"2026"}},"source":"seed-002"}}"#
            )
        );
        let back: Reason = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
        assert_eq!(back.values.get("note"), Some(long));
        let unknown = json.replace("seed-002", "no-such-source");
        assert!(serde_json::from_str::<Reason>(&unknown).is_err());
    }

    #[test]
    fn value_text_spills_to_the_heap_only_when_long() {
        for text in [
            "",
            "é",
            "1234567890123456789012",
            "12345678901234567890123",
            "ééééééééééééé",
        ] {
            assert_eq!(ValueText::from(text).as_str(), text);
            assert_eq!(ValueText::from(text.to_string()).as_str(), text);
        }
        let mut values = Values::default();
        assert_eq!(values.insert("k", "short"), None);
        assert_eq!(values.insert("k", "x".repeat(40)).as_deref(), Some("short"));
        assert_eq!(values.get("k").map(str::len), Some(40));
    }
}
