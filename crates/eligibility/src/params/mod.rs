//! Every rate, ceiling, threshold, minimum and effective date as dated, sourced data.
//!
//! A parameter is valid from `valid_from` to `valid_until` (both inclusive; `None` = still
//! in force). Look one up with [`get`] by id and date. Each measure keeps its table in its
//! own folder (`measures/<measure>/params.rs`, `size/params.rs`, `de_minimis/params.rs`).

use crate::dates::Date;
use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use std::marker::PhantomData;

/// A typed handle of a parameter: declared once, as a constant next to its table
/// (`measures/kmo_portefeuille/params.rs`: `RATE_SMALL: Param<Decimal>`), so a misspelt
/// handle or a wrong value type does not compile.
pub struct Param<T> {
    id: &'static str,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Param<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Param<T> {}

impl<T> std::fmt::Debug for Param<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// A value type a parameter can have.
pub trait ParamType: Sized {
    /// The value, when `v` has this type.
    fn from_value(v: ParamValue) -> Option<Self>;
}

impl ParamType for Decimal {
    fn from_value(v: ParamValue) -> Option<Decimal> {
        v.decimal()
    }
}

impl ParamType for bool {
    fn from_value(v: ParamValue) -> Option<bool> {
        match v {
            ParamValue::Flag(b) => Some(b),
            _ => None,
        }
    }
}

impl ParamType for Date {
    fn from_value(v: ParamValue) -> Option<Date> {
        match v {
            ParamValue::Date(d) => Some(d),
            _ => None,
        }
    }
}

impl<T: ParamType> Param<T> {
    /// The handle of parameter `id` (used once, in the table's file).
    pub const fn new(id: &'static str) -> Param<T> {
        Param {
            id,
            value: PhantomData,
        }
    }
    /// The id, as the report and the rules page write it (`kmo.rate.small`).
    pub const fn id(self) -> &'static str {
        self.id
    }
    /// The period in force on `date`.
    pub fn period(self, date: Date) -> Option<&'static Parameter> {
        get(self.id, date)
    }
    /// The value in force on `date`; `Err(id)` when no period covers the date.
    pub fn on(self, date: Date) -> Result<T, &'static str> {
        self.period(date)
            .and_then(|p| T::from_value(p.value))
            .ok_or(self.id)
    }
    /// The value in force on `date`, or before the first period the value of that period
    /// (the rule as first recorded); zero only if the table lacks the id, which a test
    /// rules out.
    pub fn on_or_first(self, date: Date) -> T
    where
        T: Default,
    {
        self.on(date)
            .ok()
            .or_else(|| {
                tables()
                    .flat_map(|t| t.iter())
                    .filter(|p| p.id == self.id)
                    .min_by_key(|p| p.valid_from)
                    .and_then(|p| T::from_value(p.value))
            })
            .unwrap_or_default()
    }
    /// The first day of the earliest period (when the rule was first in force).
    pub fn first_from(self) -> Option<Date> {
        tables()
            .flat_map(|t| t.iter())
            .filter(|p| p.id == self.id)
            .map(|p| p.valid_from)
            .min()
    }
    /// The first day of the period in force on `date` (for reasons that name it).
    pub fn since(self, date: Date) -> Option<Date> {
        self.period(date).map(|p| p.valid_from)
    }
    /// The source of the period in force on `date` (or of the latest period).
    pub fn source(self, date: Date) -> &'static str {
        source_of(self.id, date)
    }
}

/// The value of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamValue {
    /// An amount in euro.
    Money(Decimal),
    /// A percentage (30 = 30 %).
    Percent(Decimal),
    /// A count or other number (staff, years, days).
    Number(Decimal),
    /// A date.
    Date(Date),
    /// A yes/no switch (e.g. a rule in force or not).
    Flag(bool),
}

impl ParamValue {
    /// Unit name: `eur`, `percent`, `number`, `date`, `flag`.
    pub fn unit(self) -> &'static str {
        match self {
            ParamValue::Money(_) => "eur",
            ParamValue::Percent(_) => "percent",
            ParamValue::Number(_) => "number",
            ParamValue::Date(_) => "date",
            ParamValue::Flag(_) => "flag",
        }
    }
    /// The value as the report writes it (`"7500.00"`, `"30"`, `"2024-02-01"`, `"true"`).
    pub fn text(self) -> String {
        match self {
            ParamValue::Money(d) => crate::money::Money(d).to_string(),
            ParamValue::Percent(d) | ParamValue::Number(d) => d.normalize().to_string(),
            ParamValue::Date(d) => d.to_string(),
            ParamValue::Flag(b) => b.to_string(),
        }
    }
    /// The decimal value, for money, percent and number.
    pub fn decimal(self) -> Option<Decimal> {
        match self {
            ParamValue::Money(d) | ParamValue::Percent(d) | ParamValue::Number(d) => Some(d),
            _ => None,
        }
    }
}

/// One dated, sourced parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parameter {
    /// Id, e.g. `kmo.ceiling`.
    pub id: &'static str,
    /// The value in this period.
    pub value: ParamValue,
    /// First day in force.
    pub valid_from: Date,
    /// Last day in force; `None` = still in force.
    pub valid_until: Option<Date>,
    /// Source id (see [`crate::sources`]).
    pub source: &'static str,
    /// Remarks, including contradictions between sources and decisions.
    pub note: &'static str,
}

impl Parameter {
    /// Whether the parameter is in force on `date`.
    pub fn in_force(&self, date: Date) -> bool {
        self.valid_from <= date && self.valid_until.is_none_or(|u| date <= u)
    }
}

impl Serialize for Parameter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Parameter", 7)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("unit", self.value.unit())?;
        st.serialize_field("value", &self.value.text())?;
        st.serialize_field("valid_from", &self.valid_from)?;
        st.serialize_field("valid_until", &self.valid_until)?;
        st.serialize_field("source", self.source)?;
        st.serialize_field("note", self.note)?;
        st.end()
    }
}

/// A whole-number parameter value (years, days, a count) as an `i32`; `None` when it has a
/// fraction or does not fit.
pub fn whole(value: Decimal) -> Option<i32> {
    let v = value.normalize();
    if v.scale() != 0 {
        return None;
    }
    let m = i32::try_from(v.mantissa()).ok()?;
    Some(m)
}

/// Decimal `units / 10^scale`, usable in constant tables.
pub(crate) const fn dec(units: u32, scale: u32) -> Decimal {
    Decimal::from_parts(units, 0, 0, false, scale)
}

/// Shorthand constructors for the tables.
pub(crate) const fn money(units: u32) -> ParamValue {
    ParamValue::Money(dec(units, 0))
}
pub(crate) const fn pct(units: u32) -> ParamValue {
    ParamValue::Percent(dec(units, 0))
}
pub(crate) const fn num(units: u32) -> ParamValue {
    ParamValue::Number(dec(units, 0))
}
pub(crate) const fn date(y: i32, m: u8, d: u8) -> Date {
    Date::ymd(y, m, d)
}

/// Every table, per measure.
pub(crate) fn tables() -> impl DoubleEndedIterator<Item = &'static [Parameter]> {
    crate::measures::PARAMETER_TABLES.iter().map(|(_, t)| *t)
}

/// Every parameter with its periods and source.
pub fn all() -> Vec<Parameter> {
    tables().flat_map(|t| t.iter().copied()).collect()
}

/// The table that holds the ids starting with `prefix.` (a shortcut for [`get`]).
fn table_of(id: &str) -> Option<&'static [Parameter]> {
    // A byte scan: this runs for every parameter a measure reads.
    let end = id.bytes().position(|b| b == b'.').unwrap_or(id.len());
    let prefix = id.get(..end)?;
    crate::measures::PARAMETER_TABLES
        .iter()
        .find(|(prefixes, _)| prefixes.contains(&prefix))
        .map(|(_, table)| *table)
}

/// The parameter `id` in force on `date`.
pub fn get(id: &str, date: Date) -> Option<&'static Parameter> {
    let find = |t: &'static [Parameter]| t.iter().find(|p| p.id == id && p.in_force(date));
    // The id's own table first; every table when the id is not there.
    table_of(id)
        .and_then(find)
        .or_else(|| tables().find_map(find))
}

/// The decimal value of `id` on `date`; `Err(id)` when no period covers the date.
pub fn decimal(id: &'static str, date: Date) -> Result<Decimal, &'static str> {
    get(id, date).and_then(|p| p.value.decimal()).ok_or(id)
}

/// The flag value of `id` on `date`; `Err(id)` when no period covers the date.
pub fn flag(id: &'static str, date: Date) -> Result<bool, &'static str> {
    match get(id, date).map(|p| p.value) {
        Some(ParamValue::Flag(b)) => Ok(b),
        _ => Err(id),
    }
}

/// The date value of `id` on `date`; `Err(id)` when no period covers the date.
pub fn date_value(id: &'static str, on: Date) -> Result<Date, &'static str> {
    match get(id, on).map(|p| p.value) {
        Some(ParamValue::Date(d)) => Ok(d),
        _ => Err(id),
    }
}

/// The source of `id` on `date` (or of its latest period), for reasons.
pub fn source_of(id: &str, on: Date) -> &'static str {
    get(id, on)
        .or_else(|| tables().flat_map(|t| t.iter()).rev().find(|p| p.id == id))
        .map(|p| p.source)
        .unwrap_or(crate::sources::DECISIONS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn every_parameter_has_a_known_source_and_valid_dates() {
        for p in all() {
            assert!(
                crate::sources::source(p.source).is_some(),
                "{} cites unknown source {}",
                p.id,
                p.source
            );
            let valid = |d: Date| Date::new(d.year(), d.month(), d.day()) == Some(d);
            assert!(valid(p.valid_from), "{} bad valid_from", p.id);
            if let Some(u) = p.valid_until {
                assert!(valid(u), "{} bad valid_until", p.id);
                assert!(p.valid_from <= u, "{} period ends before it starts", p.id);
            }
            if let ParamValue::Date(d) = p.value {
                assert!(valid(d), "{} bad date value", p.id);
            }
        }
    }

    #[test]
    fn periods_of_one_id_neither_overlap_nor_leave_gaps() {
        let mut by_id: BTreeMap<&str, Vec<Parameter>> = BTreeMap::new();
        for p in all() {
            by_id.entry(p.id).or_default().push(p);
        }
        for (id, mut periods) in by_id {
            periods.sort_by_key(|p| p.valid_from);
            for pair in periods.windows(2) {
                let until = pair[0]
                    .valid_until
                    .unwrap_or_else(|| panic!("{id}: open period followed by another"));
                assert_eq!(
                    until.add_days(1),
                    Some(pair[1].valid_from),
                    "{id}: gap or overlap after {until}"
                );
            }
            let units: Vec<_> = periods.iter().map(|p| p.value.unit()).collect();
            assert!(units.windows(2).all(|w| w[0] == w[1]), "{id}: mixed units");
        }
    }

    #[test]
    fn every_id_is_in_the_table_its_prefix_names() {
        for p in all() {
            let table = table_of(p.id).unwrap_or_else(|| panic!("{}: unknown prefix", p.id));
            assert!(table.iter().any(|q| q.id == p.id), "{}", p.id);
        }
    }

    #[test]
    fn lookups_pick_the_period_by_date() {
        let before = Date::parse("2023-12-31").unwrap();
        let after = Date::parse("2024-01-01").unwrap();
        assert_eq!(
            decimal("fiscal.turnover", before).unwrap(),
            Decimal::from(9_000_000)
        );
        assert_eq!(
            decimal("fiscal.turnover", after).unwrap(),
            Decimal::from(11_250_000)
        );
        assert_eq!(
            decimal("dm.ceiling", after).unwrap(),
            Decimal::from(300_000)
        );
        assert_eq!(
            decimal("dm.ceiling", before).unwrap(),
            Decimal::from(200_000)
        );
    }
}
