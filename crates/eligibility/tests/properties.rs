//! Property tests: ceilings hold, amounts are whole non-negative cents, aid is monotonic in
//! cost, and parsing/evaluating never panics on arbitrary JSON-ish input.

use eligibility::scenario::{
    Advice, Company, CyberTrajectory, DeMinimisGrant, DevelopmentProject, Holding, LegalForm, Nis2,
    Plans, Region, Theme, Training,
};
use eligibility::{
    evaluate, parse_scenario, Date, MeasureId, Money, Percent, Quantity, Report, Scenario,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;

fn cents(max: i64) -> impl Strategy<Value = Money> {
    (0..=max).prop_map(|c| Money(Decimal::new(c, 2)))
}

fn theme() -> impl Strategy<Value = Theme> {
    proptest::sample::select(Theme::ALL.to_vec())
}

fn company(staff: u32, received: Money, grants: Vec<DeMinimisGrant>) -> Company {
    Company {
        legal_form: Some(LegalForm::Bv),
        region: Some(Region::Flanders),
        main_activity_acceptable: Some(true),
        public_ownership_pct: Some(Percent(Decimal::ZERO)),
        staff_awu: Some(Quantity(Decimal::from(staff))),
        turnover: Some(Money::from_int(1_000_000)),
        balance_sheet_total: Some(Money::from_int(1_000_000)),
        holdings: Some(Vec::<Holding>::new()),
        nis2: Some(Nis2::NotInScope),
        negative_equity: Some(false),
        last_cyber_trajectory: Some(None),
        de_minimis_received: Some(grants),
        kmo_portefeuille_received_this_year: Some(received),
        ..Company::default()
    }
}

fn training(cost: Money, theme: Theme) -> Training {
    Training {
        theme: Some(theme),
        cost: Some(cost),
        participants: Some(2),
        days: Some(1),
        ..Training::default()
    }
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("valid date")
}

fn run(s: &Scenario) -> Report {
    evaluate(s, date("2026-11-22")).expect("valid scenario evaluates")
}

fn amount(r: &Report, id: MeasureId) -> Decimal {
    r.measure(id).map(|m| m.amount.0).unwrap_or_default()
}

fn is_cents(m: &Money) -> bool {
    !m.0.is_sign_negative() && m.0.normalize().scale() <= 2
}

fn day_strategy() -> impl Strategy<Value = Date> {
    (2019i32..=2027, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).expect("valid"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn kmo_aid_never_exceeds_the_yearly_ceiling(
        costs in proptest::collection::vec((cents(5_000_000), theme()), 0..6),
        advice in proptest::collection::vec((cents(5_000_000), theme()), 0..4),
        received in cents(1_000_000),
        staff in 1u32..240,
        on in (2020i32..=2027, 1u8..=12, 1u8..=28),
    ) {
        let s = Scenario {
            date: Date::new(on.0, on.1, on.2),
            company: company(staff, received, vec![]),
            plans: Plans {
                trainings: Some(costs.iter().map(|(c, t)| training(*c, *t)).collect()),
                advice: Some(advice.iter().map(|(c, t)| Advice { theme: Some(*t), cost: Some(*c), ..Advice::default() }).collect()),
                ..Plans::default()
            },
            ..Scenario::default()
        };
        let r = run(&s);
        let m = r.measure(MeasureId::KmoPortefeuille).expect("always present");
        let cap = (Decimal::from(7_500) - received.0).max(Decimal::ZERO);
        prop_assert!(m.amount.0 <= Decimal::from(7_500));
        prop_assert!(m.amount.0 <= cap, "amount {} above {}", m.amount, cap);
        let items: Decimal = m.items.iter().map(|i| i.aid.0).sum();
        prop_assert!(items <= cap);
        for i in &m.items {
            prop_assert!(i.aid.0 <= i.aid_before_ceiling.map(|a| a.0).unwrap_or(Decimal::MAX));
        }
    }

    #[test]
    fn no_de_minimis_aid_past_the_ceiling(
        grants in proptest::collection::vec((cents(40_000_000), 0i64..2_000), 0..5),
        training_cost in cents(5_000_000),
        cyber_cost in cents(4_000_000),
        when in day_strategy(),
    ) {
        let list = grants.iter().map(|(a, days_ago)| DeMinimisGrant {
            granted_on: when.add_days(-days_ago),
            amount: Some(*a),
        }).collect();
        let s = Scenario {
            date: Some(when),
            company: company(20, Money::ZERO, list),
            plans: Plans {
                trainings: Some(vec![training(training_cost, Theme::Digitalisering)]),
                cyber_trajectory: Some(CyberTrajectory { version: None, cost: Some(cyber_cost) }),
                ..Plans::default()
            },
            ..Scenario::default()
        };
        let r = run(&s);
        let dm = &r.de_minimis;
        prop_assert!(dm.planned.0.is_zero() || dm.used.0 + dm.planned.0 <= dm.ceiling.0);
        let added = amount(&r, MeasureId::KmoPortefeuille) + amount(&r, MeasureId::CybersecurityVerbetertraject);
        prop_assert_eq!(added, dm.planned.0);
    }

    #[test]
    fn amounts_are_whole_non_negative_cents(
        costs in proptest::collection::vec(cents(100_000_000), 1..4),
        dev in cents(1_000_000_000),
        staff in 1u32..400,
    ) {
        let s = Scenario {
            date: Some(date("2026-03-01")),
            company: company(staff, Money::ZERO, vec![]),
            plans: Plans {
                trainings: Some(costs.iter().map(|c| training(*c, Theme::DigitaliseringCybersecurity)).collect()),
                development_project: Some(DevelopmentProject { accepted_costs: Some(dev), collaboration: Some(true) }),
                cyber_trajectory: Some(CyberTrajectory { version: None, cost: costs.first().copied() }),
                ..Plans::default()
            },
            ..Scenario::default()
        };
        let r = run(&s);
        for m in &r.measures {
            prop_assert!(is_cents(&m.amount), "{} {}", m.id.code(), m.amount);
            for i in &m.items {
                prop_assert!(is_cents(&i.aid));
                if let Some(a) = &i.aid_before_ceiling { prop_assert!(is_cents(a)); }
            }
        }
        for m in [&r.de_minimis.used, &r.de_minimis.planned, &r.de_minimis.headroom, &r.totals.grants, &r.totals.tax_deductions] {
            prop_assert!(is_cents(m));
        }
    }

    #[test]
    fn aid_is_monotonic_in_cost(
        a in cents(10_000_000),
        b in cents(10_000_000),
        t in theme(),
        staff in 1u32..240,
    ) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let make = |c: Money| Scenario {
            date: Some(date("2025-06-01")),
            company: company(staff, Money::ZERO, vec![]),
            plans: Plans {
                trainings: Some(vec![training(c, t)]),
                development_project: Some(DevelopmentProject { accepted_costs: Some(c), collaboration: Some(false) }),
                ..Plans::default()
            },
            ..Scenario::default()
        };
        let (rl, rh) = (run(&make(lo)), run(&make(hi)));
        for id in [MeasureId::KmoPortefeuille, MeasureId::Ontwikkelingsproject] {
            prop_assert!(amount(&rl, id) <= amount(&rh, id), "{}: {} > {}", id.code(), amount(&rl, id), amount(&rh, id));
        }
    }

    #[test]
    fn parse_never_panics_on_arbitrary_text(s in "\\PC{0,200}") {
        let _ = parse_scenario(&s);
    }

    #[test]
    fn parse_and_evaluate_never_panic_on_json_ish_input(v in json_ish()) {
        let text = v.to_string();
        if let Ok(s) = parse_scenario(&text) {
            let _ = evaluate(&s, date("2026-11-22"));
        }
    }
}

const KEYS: &[&str] = &[
    "version",
    "date",
    "company",
    "plans",
    "legal_form",
    "region",
    "staff_awu",
    "turnover",
    "balance_sheet_total",
    "holdings",
    "share_pct",
    "control",
    "exempt_investor",
    "previous_year",
    "public_ownership_pct",
    "de_minimis_received",
    "granted_on",
    "amount",
    "kmo_portefeuille_received_this_year",
    "trainings",
    "advice",
    "investments",
    "cost",
    "theme",
    "participants",
    "days",
    "catering",
    "cyber_trajectory",
    "development_project",
    "accepted_costs",
    "research_project",
    "research_costs",
    "innovative_starter",
    "pioneering",
    "founded",
    "last_cyber_trajectory",
    "nis2",
    "acquired_on",
    "digital_category",
    "x",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        Just(Value::from(1)),
        proptest::sample::select(vec![
            "bv",
            "flanders",
            "2026-02-30",
            "2025-01-01",
            "12.345",
            "-1",
            "1e999",
            "100",
            "digitalisering",
            "essential",
            "medium",
            "99999999999999999999999999999999",
            "",
        ])
        .prop_map(|s| Value::String(s.to_string())),
        "[0-9.\\-]{0,12}".prop_map(Value::String),
    ]
}

fn json_ish() -> impl Strategy<Value = Value> {
    let tree = leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((proptest::sample::select(KEYS.to_vec()), inner), 0..6)
                .prop_map(|kv| Value::Object(
                    kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
                )),
        ]
    });
    // Mostly documents that start like a scenario, so the walker goes deep.
    (tree.clone(), tree, any::<bool>()).prop_map(|(company, plans, versioned)| {
        let mut root = serde_json::Map::new();
        if versioned {
            root.insert("version".into(), Value::from(1));
        }
        root.insert("company".into(), company);
        root.insert("plans".into(), plans);
        Value::Object(root)
    })
}
