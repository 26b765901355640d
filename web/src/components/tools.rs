//! Scenario tools: download and upload as JSON (format v1, valid CLI input), remember on
//! this device with consent, forget, start over, print.
use leptos::prelude::*;

use crate::components::field::tx;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tr;
use crate::state::{Form, Page};
use crate::{read_scenario, storage, use_ctx, Notice};

fn download_json(text: &str, file_name: &str) {
    let blob = gloo_file::Blob::new_with_options(text, Some("application/json"));
    // Revoked when dropped, after the click has started the download.
    let url = gloo_file::ObjectUrl::from(blob);
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        }
    }
}

/// Opens the browser's print dialog (after the current render).
pub fn print_now() {
    request_animation_frame(|| {
        let _ = window().print();
    });
}

/// The scenario tools box.
#[component]
pub fn ScenarioTools() -> impl IntoView {
    let ctx = use_ctx();
    let consent = RwSignal::new(storage::has_consent());
    let download = move |_| {
        let text = ctx.computed.with_untracked(|c| c.scenario_pretty());
        download_json(&text, "steunwijzer-scenario.json");
    };
    let upload = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let Ok(reader) = web_sys::FileReader::new() else {
            return;
        };
        let reader_in = reader.clone();
        let onload = Closure::once(move || {
            let text = reader_in.result().ok().and_then(|v| v.as_string());
            match text.as_deref().map(read_scenario) {
                Some(Ok(form)) => {
                    ctx.form.set(form);
                    ctx.notice.set(Some(Notice::Uploaded));
                }
                Some(Err(error)) => ctx.notice.set(Some(Notice::UploadFailed(Some(error)))),
                None => ctx.notice.set(Some(Notice::UploadFailed(None))),
            }
            input.set_value("");
        });
        reader.set_onload(Some(onload.as_ref().unchecked_ref()));
        onload.forget();
        let _ = reader.read_as_text(&file);
    };
    let toggle_consent = move |ev| {
        if event_target_checked(&ev) {
            storage::remember(&ctx.computed.with_untracked(|c| c.scenario.to_string()));
            consent.set(true);
        } else {
            storage::forget();
            consent.set(false);
        }
    };
    let forget = move |_| {
        storage::forget();
        consent.set(false);
        ctx.notice.set(Some(Notice::Forgotten));
    };
    let start_over = move |_| {
        ctx.form.set(Form::with_defaults(&ctx.today.get_value()));
    };
    let print = move |_| {
        ctx.page.set(Page::Print);
        print_now();
    };
    view! {
        <section class="card tools" aria-labelledby="tools-title">
            <h2 id="tools-title">{tx(|t| t.scenario_tools)}</h2>
            <p class="help">{tx(|t| t.share_help)}</p>
            <div class="buttons">
                <button type="button" data-testid="download" on:click=download>{tx(|t| t.download)}</button>
                <label class="file">
                    <span>{tx(|t| t.upload)}</span>
                    <input type="file" accept="application/json,.json" data-testid="upload" on:change=upload />
                </label>
                <button type="button" data-testid="print" on:click=print>{tx(|t| t.print)}</button>
                <button type="button" data-testid="new-scenario" on:click=start_over>{tx(|t| t.new_scenario)}</button>
            </div>
            <div class="check">
                <input
                    type="checkbox"
                    id="remember"
                    data-testid="remember"
                    prop:checked=move || consent.get()
                    on:change=toggle_consent
                    aria-describedby="remember-help"
                />
                <label for="remember">{tx(|t| t.remember)}</label>
            </div>
            <p class="help" id="remember-help">{tx(|t| t.remember_help)}</p>
            <Show when=move || consent.get()>
                <button type="button" class="link" data-testid="forget" on:click=forget>{tx(|t| t.forget)}</button>
            </Show>
        </section>
    }
}

/// Notices (broken link, upload result, forgotten), dismissable.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = tr(ctx.lang.get());
        let lang = ctx.lang.get();
        ctx.notice.get().map(|n| {
            let (text, testid, class) = match &n {
                Notice::BrokenFragment => (t.fragment_notice.to_string(), "fragment-notice", "notice warn"),
                Notice::UploadFailed(None) => (t.upload_error.to_string(), "upload-status", "notice warn"),
                Notice::UploadFailed(Some(e)) => (
                    format!("{}: {}", t.upload_error, e.message(lang)),
                    "upload-status",
                    "notice warn",
                ),
                Notice::Uploaded => (t.upload_ok.to_string(), "upload-status", "notice ok"),
                Notice::Forgotten => (t.forgotten.to_string(), "forget-status", "notice ok"),
            };
            view! {
                <div class=class role="status" data-testid=testid>
                    <p>{text}</p>
                    <button type="button" class="link" on:click=move |_| ctx.notice.set(None)>{t.dismiss}</button>
                </div>
            }
        })
    }
}
