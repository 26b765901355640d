//! Work that can wait until typing pauses. Writing the address bar (`history.replaceState`,
//! about 10 ms in Chromium) and the remembered scenario on every keystroke cost more than
//! the engine itself; a keystroke now only marks them due, and they run once the visitor
//! has not typed for [`QUIET_MS`], or at once when the page is hidden or left, when
//! the link is copied, or when anything but typing changes the scenario.
use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;

/// How long the typing must pause before the deferred work runs.
pub const QUIET_MS: u64 = 150;

type Job = Box<dyn FnOnce()>;

thread_local! {
    static JOBS: RefCell<Vec<(&'static str, Job)>> = const { RefCell::new(Vec::new()) };
    static TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    static LAST_KEY: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Marks a keystroke in the form (the writes it causes may wait for a pause).
pub fn mark_typing() {
    LAST_KEY.with(|t| t.set(js_sys::Date::now()));
}

/// Whether the visitor typed within the last [`QUIET_MS`] (a change now is typing).
pub fn typing() -> bool {
    LAST_KEY.with(|t| js_sys::Date::now() - t.get() < QUIET_MS as f64)
}

/// Runs `job` once typing pauses; a job with the same `key` that is still waiting is
/// replaced (only the latest state is written).
pub fn after_pause(key: &'static str, job: impl FnOnce() + 'static) {
    listen_for_leave();
    JOBS.with(|jobs| {
        let mut jobs = jobs.borrow_mut();
        jobs.retain(|(k, _)| *k != key);
        jobs.push((key, Box::new(job)));
    });
    TIMER.with(|timer| {
        if let Some(old) = timer.borrow_mut().take() {
            old.clear();
        }
        let handle = set_timeout_with_handle(flush, Duration::from_millis(QUIET_MS)).ok();
        *timer.borrow_mut() = handle;
    });
}

/// Drops the waiting job of `key` (it is about to be done at once).
pub fn cancel(key: &'static str) {
    JOBS.with(|jobs| jobs.borrow_mut().retain(|(k, _)| *k != key));
}

/// Runs every waiting job now.
pub fn flush() {
    TIMER.with(|timer| {
        if let Some(old) = timer.borrow_mut().take() {
            old.clear();
        }
    });
    let jobs = JOBS.with(|jobs| std::mem::take(&mut *jobs.borrow_mut()));
    for (_, job) in jobs {
        job();
    }
}

/// Nothing is lost when the visitor leaves or switches away mid-word.
fn listen_for_leave() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let _ = window_event_listener_untyped("pagehide", |_| flush());
    let _ = window_event_listener_untyped("visibilitychange", |_| flush());
}
