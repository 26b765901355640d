//! `steunwijzer`: evaluate scenario files from the command line.
fn main() {
    println!("steunwijzer {}", env!("CARGO_PKG_VERSION"));
}
