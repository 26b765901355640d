//! A stable-toolchain fuzzer for the engine (the cargo-fuzz target in `fuzz/` needs nightly).
//!
//! It mutates seed scenarios (byte flips, inserted JSON tokens, replaced or removed values,
//! extreme numbers, huge lists, deep nesting, unknown fields) and feeds each mutant to
//! `parse_scenario` and `evaluate`, checking that nothing panics, that a report always
//! serialises and reads back, and that a parsed scenario written back to JSON parses again
//! to the same report.
//!
//! ```sh
//! cargo run --profile bench -p eligibility --example fuzz_stable -- --seconds 600
//! ```
//! Options: `--seconds N` (default 60), `--seed N` (default from the clock),
//! `--out DIR` (where failing inputs are written, default `target/fuzz-stable`), then seed
//! files or folders (default: `tests/scenarios/` and `crates/eligibility/fuzz/seeds/`).
//! Use a profile that unwinds (`dev` or `bench`, not `release`), so panics can be caught.

use eligibility::{evaluate, parse_scenario, Date};
use serde_json::{json, Map, Value};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// xorshift64*: small, fast, reproducible from `--seed`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, one_in: u64) -> bool {
        self.next().is_multiple_of(one_in)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Values that stress number, date and text handling.
fn interesting_values() -> Vec<Value> {
    let mut values: Vec<Value> = [
        "0",
        "-0",
        "-1",
        "0.01",
        "0.005",
        "1.999",
        "1e30",
        "1e3",
        "12500.00",
        "12500,00",
        " 12 ",
        "79228162514264337593543950335",
        "79228162514264337593543950336",
        "-79228162514264337593543950335",
        "7922816251426433759354395033.5",
        "99999999999999999999999999999999999999",
        "NaN",
        "Infinity",
        "",
        "2026-11-22",
        "2024-02-29",
        "2026-02-29",
        "0001-01-01",
        "9999-12-31",
        "0000-00-00",
        "2026-1-1",
        "bv",
        "flanders",
        "unknown",
        "digitalisering",
        "medium",
        "upstream",
        "ict_security",
        "\u{0}",
        "é€\u{202f}",
    ]
    .iter()
    .map(|s| Value::String((*s).to_string()))
    .collect();
    for n in [
        "0",
        "-0",
        "-0.0",
        "1e30",
        "-1e30",
        "1e308",
        "-1e308",
        "5e-324",
        "0.1",
        "0.005",
        "12500.5",
        "4294967295",
        "4294967296",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "79228162514264337593543950335",
        "1e-7",
        "123456789012345678901234567890",
    ] {
        if let Ok(v) = serde_json::from_str::<Value>(n) {
            values.push(v);
        }
    }
    values.extend([
        Value::Null,
        Value::Bool(true),
        Value::Bool(false),
        json!([]),
        json!({}),
        Value::String("x".repeat(10_000)),
    ]);
    values
}

/// Field names of scenario format v1 (valid ones and near misses).
const FIELD_NAMES: &[&str] = &[
    "version",
    "date",
    "company",
    "plans",
    "legal_form",
    "turnover",
    "turnovr",
    "staff_awu",
    "balance_sheet_total",
    "holdings",
    "share_pct",
    "direction",
    "control",
    "exempt_investor",
    "de_minimis_received",
    "granted_on",
    "amount",
    "trainings",
    "advice",
    "investments",
    "cost",
    "participants",
    "days",
    "catering",
    "theme",
    "cyber_trajectory",
    "development_project",
    "research_project",
    "innovative_starter",
    "accepted_costs",
    "research_costs",
    "development_costs",
    "__proto__",
    "",
];

/// JSON fragments spliced into the text.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "1e999",
    "-",
    "0",
    "\\u0000",
    "\\ud800",
    "\"\":",
    "{\"a\":1}",
    "[[[[[[[[",
    "]]]]]]]]",
];

/// Every node of a JSON tree, as a path of keys/indices.
fn node_paths(value: &Value, prefix: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                prefix.push(PathStep::Key(k.clone()));
                node_paths(v, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                prefix.push(PathStep::Index(i));
                node_paths(v, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn node_mut<'a>(value: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    let mut node = value;
    for step in path {
        node = match (step, node) {
            (PathStep::Key(k), Value::Object(map)) => map.get_mut(k)?,
            (PathStep::Index(i), Value::Array(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

fn deep_nesting(depth: usize) -> Value {
    let mut v = json!(1);
    for _ in 0..depth {
        v = json!([v]);
    }
    v
}

/// One structural mutation of a JSON tree.
fn mutate_value(rng: &mut Rng, root: &mut Value, interesting: &[Value]) {
    let mut paths = Vec::new();
    node_paths(root, &mut Vec::new(), &mut paths);
    // Keep mutants small enough that one run stays well under a millisecond or so.
    let small = paths.len() < 2_000;
    let path = rng.pick(&paths).clone();
    let donor = {
        let other = rng.pick(&paths).clone();
        node_mut(root, &other).map(|v| v.clone())
    };
    let Some(node) = node_mut(root, &path) else {
        return;
    };
    match rng.below(8) {
        0 | 1 => *node = rng.pick(interesting).clone(),
        2 => {
            // Swap in another node's value (a date into a money field, a list into a flag).
            if let Some(d) = donor {
                *node = d;
            }
        }
        3 => match node {
            Value::Object(map) if !map.is_empty() => {
                let key = map.keys().nth(rng.below(map.len())).cloned();
                if let Some(key) = key {
                    map.remove(&key);
                }
            }
            Value::Array(items) if !items.is_empty() => {
                let i = rng.below(items.len());
                items.remove(i);
            }
            _ => *node = Value::Null,
        },
        4 => match node {
            Value::Object(map) => {
                let key = rng.pick(FIELD_NAMES).to_string();
                map.insert(key, rng.pick(interesting).clone());
            }
            Value::Array(items) if small && !items.is_empty() => {
                // Many copies of an item: long plans and holding lists.
                let item = rng.pick(items).clone();
                let mut item_nodes = Vec::new();
                node_paths(&item, &mut Vec::new(), &mut item_nodes);
                let copies =
                    (*rng.pick(&[2usize, 10, 100, 1000])).min(20_000 / item_nodes.len().max(1));
                items.extend(std::iter::repeat_n(item, copies));
            }
            _ => *node = json!([node.clone()]),
        },
        5 if small => *node = deep_nesting(*rng.pick(&[2usize, 20, 127, 129, 200])),
        6 => {
            if let Value::Number(n) = node {
                let text = n.to_string();
                *node = Value::String(text);
            } else if let Value::String(s) = node {
                if let Ok(v) = serde_json::from_str::<Value>(s) {
                    *node = v;
                } else {
                    *node = Value::String(format!("{s}{s}"));
                }
            }
        }
        _ => {
            // A whole subtree replaced by an object of random known fields.
            let mut map = Map::new();
            for _ in 0..rng.below(4) {
                map.insert(
                    rng.pick(FIELD_NAMES).to_string(),
                    rng.pick(interesting).clone(),
                );
            }
            *node = Value::Object(map);
        }
    }
}

/// One textual mutation of a JSON text.
fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) {
    if bytes.is_empty() {
        bytes.extend_from_slice(rng.pick(TOKENS).as_bytes());
        return;
    }
    let at = rng.below(bytes.len());
    match rng.below(5) {
        0 => bytes[at] ^= 1 << rng.below(8),
        1 => bytes[at] = rng.next() as u8,
        2 => {
            let end = (at + 1 + rng.below(16)).min(bytes.len());
            bytes.drain(at..end);
        }
        3 if rng.chance(8) => {
            // Deep nesting as text (as a tree it would be slow to mutate).
            let depth = *rng.pick(&[127usize, 128, 129, 5_000, 100_000]);
            let open = if rng.chance(2) { "[" } else { "{\"a\":" };
            bytes.splice(at..at, open.repeat(depth).into_bytes());
        }
        3 => {
            let token = rng.pick(TOKENS).as_bytes().to_vec();
            bytes.splice(at..at, token);
        }
        _ => {
            let end = (at + 1 + rng.below(64)).min(bytes.len());
            let chunk = bytes[at..end].to_vec();
            let to = rng.below(bytes.len());
            bytes.splice(to..to, chunk);
        }
    }
}

/// What went wrong with one input.
enum Finding {
    Panic(String),
    Invariant(String),
}

/// Runs the engine on one input and checks its promises; `Ok(true)` when it parsed.
fn check(text: &str, today: Date) -> Result<bool, Finding> {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| -> Result<bool, String> {
        let Ok(scenario) = parse_scenario(text) else {
            return Ok(false);
        };
        let Ok(report) = evaluate(&scenario, today) else {
            return Ok(true);
        };
        let json = serde_json::to_string(&report).map_err(|e| format!("report: {e}"))?;
        let back: eligibility::Report =
            serde_json::from_str(&json).map_err(|e| format!("report does not read back: {e}"))?;
        let again = serde_json::to_string(&back).map_err(|e| format!("report: {e}"))?;
        if again != json {
            return Err("report changes through a JSON round trip".into());
        }
        // The scenario written back must read again and give the same report.
        let written = serde_json::to_string(&scenario).map_err(|e| format!("scenario: {e}"))?;
        let reread = parse_scenario(&written)
            .map_err(|e| format!("written scenario does not parse: {e:?}\n{written}"))?;
        let report2 = evaluate(&reread, today)
            .map_err(|e| format!("written scenario does not evaluate: {e:?}"))?;
        let json2 = serde_json::to_string(&report2).map_err(|e| format!("report: {e}"))?;
        if json2 != json {
            return Err(format!(
                "written scenario gives another report\nwritten: {written}"
            ));
        }
        Ok(true)
    }));
    match outcome {
        Ok(Ok(parsed)) => Ok(parsed),
        Ok(Err(message)) => Err(Finding::Invariant(message)),
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".into());
            Err(Finding::Panic(message))
        }
    }
}

fn collect_seeds(path: &Path, out: &mut Vec<(PathBuf, String)>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            if f.is_dir() || f.extension().is_some_and(|e| e == "json") {
                collect_seeds(&f, out);
            }
        }
    } else if let Ok(text) = std::fs::read_to_string(path) {
        out.push((path.to_path_buf(), text));
    }
}

fn main() {
    #[cfg(panic = "abort")]
    eprintln!("warning: this profile aborts on panic; use --profile bench or dev to catch panics");

    let mut seconds = 60u64;
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    let mut out_dir = PathBuf::from("target/fuzz-stable");
    let mut seed_paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => seconds = args.next().and_then(|v| v.parse().ok()).unwrap_or(60),
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).unwrap_or(1) | 1,
            "--out" => out_dir = args.next().map(PathBuf::from).unwrap_or(out_dir),
            _ => seed_paths.push(PathBuf::from(arg)),
        }
    }
    if seed_paths.is_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        seed_paths.push(root.join("tests/scenarios"));
        seed_paths.push(root.join("crates/eligibility/fuzz/seeds"));
    }
    let mut seeds = Vec::new();
    for p in &seed_paths {
        collect_seeds(p, &mut seeds);
    }
    if seeds.is_empty() {
        eprintln!("no seed scenarios found in {seed_paths:?}");
        std::process::exit(2);
    }

    // Panics are caught and reported once per distinct message, not printed by the hook.
    panic::set_hook(Box::new(|_| {}));

    let today = Date::new(2026, 11, 22).expect("valid date");
    let interesting = interesting_values();
    let mut rng = Rng(seed);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut parsed, mut findings) = (0u64, 0u64, 0u64);
    let mut seen = std::collections::BTreeSet::new();
    println!(
        "fuzz_stable: {} seeds, {seconds} s, --seed {seed}",
        seeds.len()
    );

    while Instant::now() < deadline {
        for _ in 0..16 {
            let (_, base) = rng.pick(&seeds);
            let text = if rng.chance(3) {
                let mut bytes = base.clone().into_bytes();
                for _ in 0..1 + rng.below(4) {
                    mutate_bytes(&mut rng, &mut bytes);
                }
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                let Ok(mut value) = serde_json::from_str::<Value>(base) else {
                    continue;
                };
                // Mostly one mutation, so that many mutants stay valid and reach `evaluate`.
                let count = if rng.chance(2) { 1 } else { 1 + rng.below(4) };
                for _ in 0..count {
                    mutate_value(&mut rng, &mut value, &interesting);
                }
                serde_json::to_string(&value).unwrap_or_default()
            };
            runs += 1;
            let result = check(&text, today);
            if let Ok(true) = result {
                parsed += 1;
            }
            if let Err(finding) = result {
                let (kind, message) = match finding {
                    Finding::Panic(m) => ("panic", m),
                    Finding::Invariant(m) => ("invariant", m),
                };
                let key = format!("{kind}: {}", message.lines().next().unwrap_or(""));
                if seen.insert(key.clone()) {
                    findings += 1;
                    let _ = std::fs::create_dir_all(&out_dir);
                    let file = out_dir.join(format!("finding-{findings}.json"));
                    let _ = std::fs::write(&file, &text);
                    println!("FINDING {key}\n  input: {}\n  {message}", file.display());
                }
            }
        }
    }
    println!(
        "fuzz_stable: {runs} inputs ({parsed} valid scenarios) in {seconds} s, {findings} distinct findings"
    );
    if findings > 0 {
        std::process::exit(1);
    }
}
