//! Remembering the last scenario in localStorage, only after the user's explicit
//! consent; forgetting removes both the scenario and the consent.
const SCENARIO_KEY: &str = "steunwijzer.scenario";
const CONSENT_KEY: &str = "steunwijzer.consent";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the user agreed to remember the scenario on this device.
pub fn has_consent() -> bool {
    local_storage()
        .and_then(|s| s.get_item(CONSENT_KEY).ok().flatten())
        .is_some_and(|v| v == "yes")
}

/// The remembered scenario JSON, only when consent was given.
pub fn load() -> Option<String> {
    if !has_consent() {
        return None;
    }
    local_storage()?.get_item(SCENARIO_KEY).ok().flatten()
}

/// Records consent and stores the scenario.
pub fn remember(scenario_json: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(CONSENT_KEY, "yes");
        let _ = s.set_item(SCENARIO_KEY, scenario_json);
    }
}

/// Stores the scenario only when consent was given earlier.
pub fn save_if_consented(scenario_json: &str) {
    if has_consent() {
        remember(scenario_json);
    }
}

/// Removes the scenario and the consent.
pub fn forget() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(SCENARIO_KEY);
        let _ = s.remove_item(CONSENT_KEY);
    }
}
