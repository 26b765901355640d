//! Scenario tools: download and upload as JSON (format v1, valid CLI input), remember on
//! this device with consent, forget, start over, print.
use leptos::prelude::*;

use crate::components::field::tx;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::form::Form;
use crate::fragment::Page;
use crate::i18n::tr;

/// Calls a method of a JavaScript object by name (keeps web-sys features out).
fn js_call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(method))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(target, &args).ok()
}

/// What happened to the last "copy link".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    /// The clipboard refused: the link is shown, selected, to copy by hand.
    Manual,
}

/// "Kopieer link": puts the address of this scenario on the clipboard; when the
/// browser refuses, shows the link selected in a field to copy by hand.
#[component]
fn CopyLink() -> impl IntoView {
    let state = RwSignal::new(Copied::Not);
    let url = RwSignal::new(String::new());
    let copy = move |_| {
        // The address holds what was just typed.
        crate::deferred::flush();
        let href = window().location().href().unwrap_or_default();
        url.set(href.clone());
        let clipboard =
            js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
                .ok()
                .filter(|c| !c.is_undefined() && !c.is_null());
        let promise = clipboard
            .and_then(|c| js_call(&c, "writeText", &[JsValue::from_str(&href)]))
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        match promise {
            Some(promise) => {
                let ok = Closure::once(move |_: JsValue| state.set(Copied::Done));
                let failed = Closure::once(move |_: JsValue| state.set(Copied::Manual));
                let _ = promise.then2(&ok, &failed);
                ok.forget();
                failed.forget();
            }
            None => state.set(Copied::Manual),
        }
    };
    let select = move |ev: web_sys::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <button type="button" data-testid="copy-link" on:click=copy>{tx(|t| t.copy_link)}</button>
        <Show when=move || state.get() != Copied::Not>
            <div class="copy-status" role="status" data-testid="copy-status">
                {move || match state.get() {
                    Copied::Done => view! { <p>{tx(|t| t.link_copied)}</p> }.into_any(),
                    _ => view! {
                        <p id="share-url-help">{tx(|t| t.copy_manual)}</p>
                        <label class="sr-only" for="share-url">{tx(|t| t.share_link)}</label>
                        <input
                            id="share-url"
                            data-testid="share-url"
                            readonly=true
                            aria-describedby="share-url-help"
                            prop:value=move || url.get()
                            on:focus=select
                        />
                    }
                    .into_any(),
                }}
            </div>
        </Show>
    }
}

/// "Opnieuw beginnen", with a confirmation before anything is wiped.
#[component]
fn StartOver() -> impl IntoView {
    let ctx = use_ctx();
    let asking = RwSignal::new(false);
    let confirm = move |_| {
        ctx.form.set(Form::with_defaults(&ctx.today.get_value()));
        asking.set(false);
        request_animation_frame(move || ctx.focus("[data-testid=new-scenario]"));
    };
    view! {
        <button
            type="button"
            data-testid="new-scenario"
            aria-expanded=move || asking.get().to_string()
            on:click=move |_| {
                asking.set(true);
                request_animation_frame(move || ctx.focus("[data-testid=reset-cancel]"));
            }
        >
            {tx(|t| t.new_scenario)}
        </button>
        <Show when=move || asking.get()>
            <div class="confirm" role="group" aria-labelledby="reset-question" data-testid="reset-confirm">
                <p id="reset-question"><strong>{tx(|t| t.reset_confirm)}</strong></p>
                <button type="button" class="danger" data-testid="reset-yes" on:click=confirm>{tx(|t| t.reset_yes)}</button>
                <button type="button" data-testid="reset-cancel" on:click=move |_| asking.set(false)>{tx(|t| t.cancel)}</button>
            </div>
        </Show>
    }
}

/// The result of an upload, next to the upload control (`upload-status`).
#[component]
fn UploadStatus() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        let t = tr(lang);
        let (text, class) = match ctx.notice.get()? {
            Notice::UploadFailed(None) => (t.upload_error.to_string(), "notice warn"),
            Notice::UploadFailed(Some(e)) => (
                format!("{}: {}", t.upload_error, e.message(lang)),
                "notice warn",
            ),
            Notice::Uploaded => (t.upload_ok.to_string(), "notice ok"),
            _ => return None,
        };
        Some(view! {
            <div class=class role="status" data-testid="upload-status">
                <p>{text}</p>
                <button type="button" class="link" on:click=move |_| ctx.notice.set(None)>{t.dismiss}</button>
            </div>
        })
    }
}
use crate::context::{use_ctx, Notice};
use crate::engine_bridge::read_scenario;
use crate::storage;

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
        let text = ctx
            .computed
            .with_untracked(|c| c.as_ref().map(|c| c.scenario_pretty()))
            .unwrap_or_else(|| ctx.scenario_text());
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
            storage::remember(&ctx.scenario_text());
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
                <CopyLink />
                <StartOver />
            </div>
            <UploadStatus />
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
        ctx.notice.get().and_then(|n| {
            let (text, testid, class) = match &n {
                Notice::BrokenFragment => (t.fragment_notice.to_string(), "fragment-notice", "notice warn"),
                // Upload results are shown at the upload control.
                Notice::UploadFailed(_) | Notice::Uploaded => return None,
                Notice::Forgotten => (t.forgotten.to_string(), "forget-status", "notice ok"),
            };
            Some(view! {
                <div class=class role="status" data-testid=testid>
                    <p>{text}</p>
                    <button type="button" class="link" on:click=move |_| ctx.notice.set(None)>{t.dismiss}</button>
                </div>
            })
        })
    }
}
