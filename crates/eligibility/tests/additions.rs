//! The additions of 2026-11-28 beyond the golden files: dates after the calculation date
//! are refused also when the date comes from "today", every assumption and every timeline
//! event has a sentence in each language, and `options.measures` leaves each measure's own
//! report unchanged.

use eligibility::assumptions::TYPICAL;
use eligibility::text::{assumption_text, timeline_text, Lang};
use eligibility::{
    evaluate, evaluate_with, parse_scenario, Assumption, Date, ErrorCode, EventKind, MeasureId,
    Money, Options, TimelineEvent,
};

fn day(text: &str) -> Date {
    Date::parse(text).expect("valid date")
}

#[test]
fn a_founding_date_after_today_is_refused_when_the_scenario_has_no_date() {
    let s = parse_scenario(r#"{"version": 1, "company": {"founded": "2026-12-01"}}"#)
        .expect("no date in the scenario: parsing cannot know today");
    let err = evaluate(&s, day("2026-11-28")).expect_err("founded after today");
    assert_eq!(err.path, "company.founded");
    assert_eq!(err.code, ErrorCode::AfterDate);
    assert!(
        err.message(Lang::Nl).contains("28/11/2026"),
        "{}",
        err.message(Lang::Nl)
    );
    assert!(err.message(Lang::En).contains("28 Nov 2026"));
    assert!(err.message(Lang::Fr).contains("postérieure"));
    // The same scenario on a later day is fine, and so is a founding on the day itself.
    assert!(evaluate(&s, day("2026-12-01")).is_ok());
}

#[test]
fn a_de_minimis_grant_on_the_date_itself_counts_and_one_day_later_is_refused() {
    let on = |granted: &str| {
        format!(
            r#"{{"version": 1, "date": "2026-11-28", "company": {{"de_minimis_received": [{{"granted_on": "{granted}", "amount": "1000"}}]}}}}"#
        )
    };
    let s = parse_scenario(&on("2026-11-28")).expect("on the date");
    let r = evaluate(&s, day("2026-11-28")).expect("evaluates");
    assert_eq!(r.de_minimis.used, Money(1000.into()));
    let err = parse_scenario(&on("2026-11-29")).expect_err("after the date");
    assert_eq!(err.path, "company.de_minimis_received[0].granted_on");
}

#[test]
fn every_assumption_and_timeline_event_reads_in_every_language() {
    for t in &TYPICAL {
        let a = Assumption {
            field: t.field.to_string(),
            value: t.value.to_string(),
            measures: t.measures().collect(),
        };
        for lang in Lang::ALL {
            let text = assumption_text(&a, lang).expect("a sentence");
            assert!(
                !text.is_empty() && !text.contains(['{', '}', '$']),
                "{text}"
            );
            assert!(!text.contains(t.field), "no field path in {text}");
        }
    }
    for kind in EventKind::ALL {
        for label in [None, Some("AI voor kmo's".to_string())] {
            let e = TimelineEvent {
                date: day("2027-01-01"),
                measure: MeasureId::KmoPortefeuille,
                kind,
                amount: Some(Money(7500.into())),
                item: Some("plans.trainings[0]".into()),
                label,
            };
            let texts = Lang::ALL.map(|l| timeline_text(&e, l));
            for t in &texts {
                assert!(!t.is_empty() && !t.contains(['{', '}', '$', '[']), "{t}");
                assert!(!t.starts_with("timeline."), "missing text: {t}");
            }
            assert_ne!(texts[0], texts[1]);
        }
    }
    let ceiling = TimelineEvent {
        date: day("2027-01-01"),
        measure: MeasureId::KmoPortefeuille,
        kind: EventKind::KmoNewCeiling,
        amount: Some(Money(7500.into())),
        item: None,
        label: None,
    };
    assert!(timeline_text(&ceiling, Lang::Nl).contains("7.500,00"));
}

#[test]
fn every_open_question_of_the_golden_files_has_words_in_every_language() {
    use eligibility::text::field_label;
    assert_eq!(
        field_label("plans.trainings[0].cost", Lang::Nl),
        "Kostprijs (opleiding 1)"
    );
    assert_eq!(
        field_label("company.legal_form", Lang::Fr),
        "Forme juridique"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    let mut unnamed = Vec::new();
    for entry in std::fs::read_dir(dir).expect("scenarios") {
        let path = entry.expect("entry").path();
        let name = path.to_string_lossy().to_string();
        if !name.ends_with(".json") || name.ends_with(".expected.json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let Ok(s) = parse_scenario(&text) else {
            continue;
        };
        let Ok(report) = evaluate(&s, day("2026-11-22")) else {
            continue;
        };
        for q in &report.open_questions {
            for lang in Lang::ALL {
                if field_label(&q.field, lang) == q.field {
                    unnamed.push(format!("{name}: {} in {lang:?}", q.field));
                }
            }
        }
    }
    assert!(unnamed.is_empty(), "{}", unnamed.join("\n"));
}

#[test]
fn options_measures_changes_no_measure_report_only_what_counts() {
    let s = parse_scenario(include_str!("../benches/full-scenario.json")).expect("valid");
    let today = day("2026-11-22");
    let all = evaluate(&s, today).expect("evaluates");
    let kmo_only = Options {
        measures: Some(vec![MeasureId::KmoPortefeuille]),
    };
    let some = evaluate_with(&s, today, &kmo_only).expect("evaluates");
    assert_eq!(all.measures.len(), some.measures.len());
    for (a, b) in all.measures.iter().zip(&some.measures) {
        assert_eq!(b.asked, b.id == MeasureId::KmoPortefeuille);
        let mut b = b.clone();
        b.asked = true;
        assert_eq!(a, &b, "{:?}", a.id);
    }
    let kmo = some.measure(MeasureId::KmoPortefeuille).expect("present");
    assert_eq!(some.totals.grants, kmo.amount);
    assert_eq!(some.totals.tax_deductions, Money::ZERO);
    assert!(some
        .open_questions
        .iter()
        .all(|q| q.measures == [MeasureId::KmoPortefeuille]));
    assert!(some
        .timeline
        .iter()
        .all(|e| e.measure == MeasureId::KmoPortefeuille));
}

#[test]
fn a_used_up_kmo_ceiling_names_the_year_and_the_next_first_of_january() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenarios/ruling-04-kmo-ceiling-used-up.json");
    let s = parse_scenario(&std::fs::read_to_string(path).expect("readable")).expect("valid");
    let r = evaluate(&s, day("2026-11-22")).expect("evaluates");
    let kmo = r.measure(MeasureId::KmoPortefeuille).expect("present");
    let used_up = kmo
        .reasons
        .iter()
        .find(|r| r.code == eligibility::kmo_portefeuille::reasons::CEILING_USED_UP)
        .expect("the used-up reason");
    let nl = eligibility::text::reason_text(used_up, Lang::Nl);
    assert!(
        nl.contains("voor 2026") && nl.contains("01/01/2027"),
        "{nl}"
    );
    let en = eligibility::text::reason_text(used_up, Lang::En);
    assert!(en.contains("for 2026") && en.contains("1 Jan 2027"), "{en}");
}
