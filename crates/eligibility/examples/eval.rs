//! Prints the report of a scenario file (development aid): `cargo run --example eval FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: eval FILE.json");
    let json = std::fs::read_to_string(&path).expect("readable file");
    match eligibility::parse_scenario(&json) {
        Ok(s) => {
            let today = eligibility::Date::parse("2026-11-22").expect("valid date");
            match eligibility::evaluate(&s, today) {
                Ok(r) => println!(
                    "{}",
                    serde_json::to_string_pretty(&r).expect("serializable")
                ),
                Err(e) => println!("error: {e:?}"),
            }
        }
        Err(e) => println!("error: {e:?}"),
    }
}
