//! Whether the engine's code is at hand. A release build ships the app's wasm in two
//! modules (`scripts/split-wasm.mjs`): the first holds what the first screen runs (the
//! questions), the deferred one the engine and the views of its report, fetched while
//! the first screen is drawn. Until it has arrived the form works and the results say
//! they are being computed; then the engine runs on whatever the visitor typed.
//!
//! The loader in the JS glue publishes `globalThis.steunwijzerDeferred`: its `state`
//! ("loading", "loaded", "failed") and `load()`, a promise of `true` once the module is in
//! place (`false` when it could not be fetched; calling it again tries again). Without
//! it (one module: development builds, `STEUNWIJZER_SPLIT=off`) the engine is there from
//! the start.
//!
//! A visit that opens with a scenario (a link, or one remembered on this device) needs the
//! engine to read it: the app is mounted once the engine's code is in (`mount`), and the
//! first screen shows that scenario with its result at once.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the engine's code stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineState {
    /// Being fetched: the results say they are being computed.
    Loading,
    /// At hand: the results follow the form.
    Ready,
    /// Could not be fetched (the connection dropped): the results offer to try again.
    Failed,
}

/// The loader's object, when the app's wasm comes in two modules.
fn loader() -> Option<JsValue> {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("steunwijzerDeferred"))
        .ok()
        .filter(|v| v.is_object())
}

/// The state at start-up: ready when the app is one module or the deferred one is in.
pub fn initial() -> EngineState {
    let loaded = |l: &JsValue| {
        js_sys::Reflect::get(l, &JsValue::from_str("state"))
            .ok()
            .and_then(|s| s.as_string())
            .is_some_and(|s| s == "loaded")
    };
    match loader() {
        Some(l) if !loaded(&l) => EngineState::Loading,
        _ => EngineState::Ready,
    }
}

/// Waits for the engine's code: `true` at once when the app is one module or the
/// deferred one is in, else when it has arrived; `false` when it could not be fetched
/// (calling this again tries again).
pub async fn arrived() -> bool {
    if initial() == EngineState::Ready {
        return true;
    }
    let promise = loader()
        .and_then(|l| {
            let load = js_sys::Reflect::get(&l, &JsValue::from_str("load")).ok()?;
            load.dyn_ref::<js_sys::Function>()?.call0(&l).ok()
        })
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        None => true,
    }
}

/// Asks the loader for the deferred module (once more after a failure) and sets `state`
/// when it is in place or has failed.
pub fn load(state: RwSignal<EngineState>) {
    if state.get_untracked() == EngineState::Ready {
        return;
    }
    state.set(EngineState::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        state.set(if arrived().await {
            EngineState::Ready
        } else {
            EngineState::Failed
        });
    });
}

/// Waits `ms` milliseconds (between two requests for the engine's code).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
