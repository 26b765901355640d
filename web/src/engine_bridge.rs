//! The bridge to the engine: the form's scenario evaluated (values the engine refuses
//! are dropped one by one and reported at their field), and scenario files read back
//! into a form.
use std::collections::BTreeMap;
use std::sync::Arc;

use eligibility::{InputError, Report};
use serde_json::Value;

use crate::field_error::FieldError;
use crate::form::{self, Form};
use crate::i18n::{self, Lang};

/// Everything derived from the form: the scenario sent to the engine and its report.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    /// The scenario JSON (only accepted values).
    pub scenario: Value,
    /// Errors found in the raw text of fields, by field name.
    pub field_errors: BTreeMap<String, FieldError>,
    /// Values the engine refused (dropped before evaluating), by field name.
    pub engine_errors: BTreeMap<String, InputError>,
    /// The report, or the error that prevented one. Shared, so that the results can
    /// keep the last report to compare the next one with, without copying it.
    pub report: Result<Arc<Report>, InputError>,
    /// Which plans the accepted scenario has (for the context panel).
    pub plans: eligibility::context::PlanSummary,
}

impl Computed {
    /// Runs the engine on a form; values the engine refuses are dropped one by one (and
    /// reported next to their field) so that the rest still gives a result.
    pub fn from_form(form: &Form, today: eligibility::Date) -> Self {
        Self::from_form_with(form, today, &eligibility::Options::default())
    }

    /// As [`Computed::from_form`], asking the engine with options (an embed's measures).
    /// Never inlined into its callers: the engine travels in the deferred wasm module,
    /// and the memo that calls it runs (without calling it) on the first screen.
    #[inline(never)]
    pub fn from_form_with(
        form: &Form,
        today: eligibility::Date,
        options: &eligibility::Options,
    ) -> Self {
        let (mut scenario, field_errors) = form.to_scenario();
        let mut engine_errors = BTreeMap::new();
        let mut plans = eligibility::context::PlanSummary::default();
        let report = loop {
            let text = scenario.to_string();
            let result = eligibility::parse_scenario(&text).and_then(|s| {
                plans = eligibility::context::PlanSummary::from_plans(&s.plans);
                eligibility::evaluate_with(&s, today, options)
            });
            match result {
                Ok(report) => break Ok(Arc::new(report)),
                Err(error) => {
                    let name = form::field_name(&error.path);
                    if engine_errors.len() < 20
                        && !name.is_empty()
                        && !engine_errors.contains_key(&name)
                        && form::remove_path(&mut scenario, &name)
                    {
                        engine_errors.insert(name, error);
                    } else {
                        break Err(error);
                    }
                }
            }
        };
        Computed {
            scenario,
            field_errors,
            engine_errors,
            report,
            plans,
        }
    }

    /// The message for a field, in a language, if its value was not accepted.
    pub fn error_for(&self, name: &str, lang: Lang) -> Option<String> {
        if let Some(e) = self.field_errors.get(name) {
            return Some(i18n::field_error_text(e, lang));
        }
        // Next to its field the message needs no path: the engine's field message
        // (with its detail, e.g. the limit, in `lang`).
        self.engine_errors.get(name).map(|e| e.field_message(lang))
    }

    /// The scenario as pretty JSON (download; valid input for the CLI).
    /// Written through the engine's own type, so fields come in the format's order.
    pub fn scenario_pretty(&self) -> String {
        let text = self.scenario.to_string();
        eligibility::parse_scenario(&text)
            .ok()
            .and_then(|s| serde_json::to_string_pretty(&s).ok())
            .unwrap_or_else(|| serde_json::to_string_pretty(&self.scenario).unwrap_or_default())
    }
}

/// Loads a scenario JSON text into a form, if the engine accepts it.
pub fn form_from_json(text: &str) -> Option<Form> {
    read_scenario(text).ok()
}

/// Loads a scenario JSON text into a form, or says why the engine refuses it.
pub fn read_scenario(text: &str) -> Result<Form, InputError> {
    eligibility::parse_scenario(text)?;
    let value: Value = serde_json::from_str(text)
        .map_err(|e| InputError::new("", eligibility::ErrorCode::Syntax, e.to_string()))?;
    Ok(Form::from_scenario(&value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{components, format, AppOptions};

    const EXAMPLE: &str = r#"{
      "version": 1, "date": "2026-11-22",
      "company": {
        "legal_form": "bv", "liberal_profession": false, "vzw_corporate_tax": false,
        "maatwerkbedrijf": false, "region": "flanders", "founded": "2019-05-01",
        "nace": "62.010", "main_activity_acceptable": true, "public_ownership_pct": "0",
        "staff_awu": "18", "turnover": "2400000", "balance_sheet_total": "1100000",
        "previous_year": { "staff_awu": "16", "turnover": "2100000", "balance_sheet_total": "950000" },
        "holdings": [ { "name": "Holding X", "direction": "upstream", "share_pct": "30",
          "staff_awu": "4", "turnover": "600000", "balance_sheet_total": "2000000",
          "control": false, "exempt_investor": false } ],
        "nis2": "unknown", "negative_equity": false, "last_cyber_trajectory": null,
        "de_minimis_received": [ { "granted_on": "2025-03-10", "amount": "4000" } ],
        "kmo_portefeuille_received_this_year": "0"
      },
      "plans": {
        "trainings": [ { "label": "AI voor kmo's", "theme": "digitalisering", "cost": "2400",
          "participants": 3, "days": 2, "catering": "180", "course_material": "0", "teacher_travel": "0" } ],
        "advice": [ { "label": "Cyber audit", "theme": "digitalisering_cybersecurity", "cost": "6000" } ],
        "investments": [ { "label": "AI-licentie", "amount": "20000", "digital_category": null, "acquired_on": "2026-10-01" } ],
        "cyber_trajectory": { "version": "medium", "cost": "20000" },
        "development_project": { "accepted_costs": "200000", "collaboration": false },
        "research_project": null,
        "innovative_starter": null
      }
    }"#;

    fn today() -> eligibility::Date {
        eligibility::Date::parse("2026-11-22").unwrap()
    }

    /// The app compiles in only the Dutch engine texts; the tests install the others as
    /// the browser would after fetching them (no-op when a workspace build compiled them in).
    fn all_languages() {
        let files = [
            (
                include_str!("../../crates/eligibility/texts/en.ftl"),
                include_str!("../../crates/eligibility/texts/en.errors.ftl"),
            ),
            (
                include_str!("../../crates/eligibility/texts/fr.ftl"),
                include_str!("../../crates/eligibility/texts/fr.errors.ftl"),
            ),
        ];
        for (report, errors) in files {
            eligibility::text::Catalog::install(report, errors).expect("valid language files");
        }
    }

    #[test]
    fn a_scenario_loaded_into_the_form_gives_the_engines_own_report() {
        let form = form_from_json(EXAMPLE).expect("the example is valid");
        let computed = Computed::from_form(&form, today());
        assert!(computed.field_errors.is_empty() && computed.engine_errors.is_empty());
        let direct = eligibility::evaluate(&eligibility::parse_scenario(EXAMPLE).unwrap(), today());
        assert_eq!(computed.report.clone().map(|r| (*r).clone()), direct);
        // The downloaded scenario is valid input again and means the same.
        let again = eligibility::parse_scenario(&computed.scenario_pretty()).unwrap();
        assert_eq!(again, eligibility::parse_scenario(EXAMPLE).unwrap());
        assert!(computed.plans.trainings && computed.plans.development_project);
    }

    #[test]
    fn a_value_the_engine_refuses_is_reported_at_its_field_and_left_out() {
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("plans.trainings.0.participants", "0".into());
        let computed = Computed::from_form(&form, today());
        assert!(computed.report.is_ok());
        assert!(computed
            .engine_errors
            .contains_key("plans.trainings.0.participants"));
        assert!(computed.scenario["plans"]["trainings"][0]
            .get("participants")
            .is_none());
        assert_eq!(form.get("plans.trainings.0.participants"), "0");
    }

    #[test]
    fn an_engine_error_next_to_its_field_names_neither_path_nor_english_detail() {
        all_languages();
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("plans.trainings.0.cost", "99999999999999".into());
        let computed = Computed::from_form(&form, today());
        assert!(computed
            .engine_errors
            .contains_key("plans.trainings.0.cost"));
        let nl = computed
            .error_for("plans.trainings.0.cost", Lang::Nl)
            .unwrap();
        assert!(!nl.contains("plans.") && !nl.contains("at most"), "{nl}");
        let en = computed
            .error_for("plans.trainings.0.cost", Lang::En)
            .unwrap();
        assert_ne!(nl, en);
    }

    #[test]
    fn uncertain_amounts_are_summed_by_kind_apart_from_the_totals() {
        use components::results::uncertain_sum;
        use eligibility::{Kind, Status};
        // Without the staff the size stays open: the kmo-portefeuille stays uncertain.
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("company.staff_awu", String::new());
        let report = Computed::from_form(&form, today()).report.unwrap();
        let expected = |kind| {
            let cents: i128 = report
                .measures
                .iter()
                .filter(|m| m.status == Status::Uncertain && m.kind == kind)
                .map(|m| format::to_cents(&m.amount.to_string()))
                .sum();
            (cents > 0).then_some(cents)
        };
        for kind in [Kind::Grant, Kind::TaxDeduction] {
            assert_eq!(
                uncertain_sum(&report, kind).map(|s| format::to_cents(&s)),
                expected(kind)
            );
        }
        assert!(expected(Kind::Grant).is_some());
    }

    #[test]
    fn typical_answers_left_open_are_assumed_and_an_embed_asks_only_its_measures() {
        let mut form = form_from_json(EXAMPLE).unwrap();
        form.set("company.public_ownership_pct", String::new());
        let report = Computed::from_form(&form, today()).report.unwrap();
        assert!(report
            .assumptions
            .iter()
            .any(|a| a.field == "company.public_ownership_pct"));
        assert!(components::results::totals_rest_on_assumptions(&report));
        let options = AppOptions::from_query("?measures=kmo-portefeuille").engine_options();
        let kmo_only = Computed::from_form_with(&form, today(), &options)
            .report
            .unwrap();
        let kmo = kmo_only
            .measure(eligibility::MeasureId::KmoPortefeuille)
            .unwrap();
        assert_eq!(kmo_only.totals.grants, kmo.amount);
        assert!(kmo_only
            .measures
            .iter()
            .all(|m| m.asked == (m.id == eligibility::MeasureId::KmoPortefeuille)));
        assert_eq!(kmo_only.totals.tax_deductions.to_string(), "0.00");
    }

    #[test]
    fn invalid_text_stays_in_the_form_and_gets_a_message_in_each_language() {
        all_languages();
        let mut form = Form::with_defaults("2026-11-22");
        form.set("company.turnover", "-5".into());
        let computed = Computed::from_form(&form, today());
        assert!(computed.report.is_ok());
        let nl = computed.error_for("company.turnover", Lang::Nl).unwrap();
        let fr = computed.error_for("company.turnover", Lang::Fr).unwrap();
        assert_ne!(nl, fr);
        assert_eq!(form.get("company.turnover"), "-5");
    }

    #[test]
    fn every_field_of_a_scenario_file_is_a_question_of_the_registry() {
        let form = form_from_json(EXAMPLE).unwrap();
        for name in form.fields.keys() {
            assert!(crate::questions::question(name).is_some(), "{name}");
        }
    }
}
