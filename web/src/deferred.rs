//! Work that can wait until the result is on screen. Writing the address bar
//! (`history.replaceState`, about 10 ms in headless Chromium) and the remembered scenario
//! ran before the result of every keystroke was drawn; now they run once per frame,
//! in the task after it is painted (a later change in the same frame replaces the
//! waiting job), or at once when the page is hidden or left, or when the link is copied.
use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;

/// A piece of deferred work.
pub type Job = Box<dyn FnOnce()>;

thread_local! {
    static JOBS: RefCell<Vec<(&'static str, Job)>> = const { RefCell::new(Vec::new()) };
    static DUE: Cell<bool> = const { Cell::new(false) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `job` in the task after the next frame is painted; a job with the same `key`
/// still waiting is replaced (only the latest state is written).
pub fn after_paint(key: &'static str, job: impl FnOnce() + 'static) {
    listen_for_leave();
    JOBS.with(|jobs| {
        let mut jobs = jobs.borrow_mut();
        jobs.retain(|(k, _)| *k != key);
        jobs.push((key, Box::new(job)));
    });
    if !DUE.with(|d| d.replace(true)) {
        request_animation_frame(|| next_task(Box::new(flush)));
    }
}

/// Runs `job` in a task of its own after the current one (after the first render, say).
pub fn next_task(job: Job) {
    let _ = set_timeout_with_handle(job, Duration::ZERO);
}

/// Runs every waiting job now.
pub fn flush() {
    DUE.with(|d| d.set(false));
    let jobs = JOBS.with(|jobs| std::mem::take(&mut *jobs.borrow_mut()));
    for (_, job) in jobs {
        job();
    }
}

/// Nothing is lost when the visitor leaves or switches away right after typing.
fn listen_for_leave() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    for event in ["pagehide", "visibilitychange"] {
        let _ = window_event_listener_untyped(event, |_| flush());
    }
}
