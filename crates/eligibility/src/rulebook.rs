//! The parameters grouped by id, each with its periods in chronological order: the form
//! in which the CLI, the JavaScript API and the rules page list the rules.
use serde::Serialize;

/// One period of a rule parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulePeriod {
    /// The value in this period (`"7500.00"`, `"30"`, `"2024-02-01"`, `"true"`).
    pub value: String,
    /// First day in force.
    pub valid_from: String,
    /// Last day in force; `None` while still in force.
    pub valid_until: Option<String>,
    /// Source id (see [`crate::sources`]).
    pub source: &'static str,
    /// Remarks (contradictions between sources, decisions); may be empty.
    pub note: &'static str,
}

/// A rule parameter with all its periods, in chronological order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleParameter {
    /// Id, e.g. `kmo.ceiling`.
    pub id: &'static str,
    /// `eur`, `percent`, `number`, `date` or `flag`.
    pub unit: &'static str,
    /// Every period.
    pub periods: Vec<RulePeriod>,
}

/// Every parameter grouped by id (in table order), periods sorted by start date.
pub fn rules_by_id() -> Vec<RuleParameter> {
    let mut groups: Vec<RuleParameter> = Vec::new();
    for p in crate::rules() {
        let period = RulePeriod {
            value: p.value.text(),
            valid_from: p.valid_from.to_string(),
            valid_until: p.valid_until.map(|d| d.to_string()),
            source: p.source,
            note: p.note,
        };
        match groups.iter_mut().find(|g| g.id == p.id) {
            Some(g) => g.periods.push(period),
            None => groups.push(RuleParameter {
                id: p.id,
                unit: p.value.unit(),
                periods: vec![period],
            }),
        }
    }
    for g in &mut groups {
        g.periods.sort_by(|a, b| a.valid_from.cmp(&b.valid_from));
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_period_is_kept_once_and_sorted() {
        let grouped = rules_by_id();
        let periods: usize = grouped.iter().map(|g| g.periods.len()).sum();
        assert_eq!(periods, crate::rules().len());
        for g in &grouped {
            assert!(g
                .periods
                .windows(2)
                .all(|w| w[0].valid_from <= w[1].valid_from));
            assert_eq!(grouped.iter().filter(|o| o.id == g.id).count(), 1);
        }
    }
}
