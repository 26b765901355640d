//! JavaScript API of the Steunwijzer engine: `evaluate`, `rules`, `version`.
use wasm_bindgen::prelude::*;

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
