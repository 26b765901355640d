//! Speed of a full evaluation: every measure, 21 plan items (10 trainings, 5 advice,
//! 3 investments, a cybersecurity trajectory, a development and a research project).
//! Run with `cargo bench -p eligibility` (or `bash scripts/bench.sh`).

use eligibility::{evaluate, parse_scenario, Date};
use std::hint::black_box;

/// The benchmark scenario, shared with the wasm benchmark under Node.
const FULL_SCENARIO: &str = include_str!("full-scenario.json");

fn today() -> Date {
    Date::new(2026, 11, 22).expect("valid date")
}

fn main() {
    divan::main();
}

/// `evaluate` on an already parsed scenario.
#[divan::bench]
fn evaluate_full(bencher: divan::Bencher) {
    let scenario = parse_scenario(FULL_SCENARIO).expect("bench scenario is valid");
    bencher.bench(|| evaluate(black_box(&scenario), today()).expect("evaluates"));
}

/// JSON text to report: `parse_scenario` then `evaluate`.
#[divan::bench]
fn parse_and_evaluate_full() {
    let scenario = parse_scenario(black_box(FULL_SCENARIO)).expect("bench scenario is valid");
    black_box(evaluate(&scenario, today()).expect("evaluates"));
}

/// The whole trip of the CLI and the JS API: JSON text in, report JSON text out.
#[divan::bench]
fn parse_evaluate_serialize_full() -> String {
    let scenario = parse_scenario(black_box(FULL_SCENARIO)).expect("bench scenario is valid");
    let report = evaluate(&scenario, today()).expect("evaluates");
    serde_json::to_string(&report).expect("serialises")
}
