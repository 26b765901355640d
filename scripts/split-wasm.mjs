#!/usr/bin/env node
// Splits the app's wasm in two at build time, so a first visit downloads only the code
// that the first screen runs (docs/performance.md, "The wasm in two parts").
//
//   node scripts/split-wasm.mjs DIR        (DIR: trunk's staging folder, from post-build.sh)
//
// 1. Instruments the built wasm (binaryen's wasm-split --instrument) and drives the built
//    app in headless Chromium the way a first visitor does before the engine's code has
//    arrived: the cold page, then every question on the first screen answered (one value
//    refused and corrected). The run holds the deferred module back for good, so the app
//    never starts the engine (web/src/engine_ready.rs): the profile records the questions'
//    code only.
// 2. Splits the wasm with that profile: the functions that ran stay in the first module;
//    the others (the engine, the report's views, the rules and print pages, the context
//    panel) go to a deferred module. Each call into a function that moved goes through a
//    placeholder.
// 3. Rewrites wasm-bindgen's JS glue: the placeholders are imported from JavaScript, and
//    the deferred module is fetched while the first screen is drawn
//    (`globalThis.steunwijzerDeferred.load()`, which the app awaits before it runs the
//    engine). A placeholder called before the module has arrived (a path the profile did
//    not take) loads it synchronously; that fails only when the file cannot be fetched.
// 4. Gives the three files a new content hash and updates index.html (paths and
//    subresource integrity). The CSP hash and the offline worker's list are written later
//    by post-build.sh, from the final index.html.
//
// SPLIT_KEEP_NAMES=1 keeps the function names (on a build that has them, such as
// size-report.sh --attribute's), so a stack trace through a placeholder names its function.
//
// It changes nothing, and says why, when STEUNWIJZER_SPLIT=off or when wasm-split or
// Chromium is missing (scripts/env.sh installs both): the unsplit app is complete.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.resolve(process.argv[2] || "dist");
const say = (msg) => console.log(`split-wasm: ${msg}`);

/** The wasm features the app is built with (web/index.html's wasm-opt parameters). */
const FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

function findTool() {
  const candidates = [process.env.WASM_SPLIT, path.join(ROOT, "target/tools/binaryen/usr/bin/wasm-split")];
  return candidates.find((p) => p && fs.existsSync(p));
}

function run(tool, args) {
  const libs = path.join(path.dirname(tool), "../lib/x86_64-linux-gnu");
  const env = { ...process.env, LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") };
  execFileSync(tool, args, { env, stdio: ["ignore", "ignore", "inherit"] });
}

// ---------------------------------------------------------------------------------------
// A small reader of the wasm binary: the table types and the exports are all this needs.

function readU32(bytes, pos) {
  let result = 0, shift = 0, b;
  do {
    b = bytes[pos.at++];
    result |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return result >>> 0;
}

function encodeU32(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

/** Sections of a module: [{ id, start, end }] (start/end of the payload). */
function sections(bytes) {
  const out = [];
  const pos = { at: 8 };
  while (pos.at < bytes.length) {
    const id = bytes[pos.at++];
    const size = readU32(bytes, pos);
    out.push({ id, start: pos.at, end: pos.at + size });
    pos.at += size;
  }
  return out;
}

/** Skips a table's or memory's limits (flags, minimum, and the maximum when flagged). */
function skipLimits(bytes, pos) {
  const flags = bytes[pos.at++];
  readU32(bytes, pos);
  if (flags & 1) readU32(bytes, pos);
}

/** Table element types in index order (imported tables first): 0x70 funcref, 0x6f externref. */
function tableTypes(bytes) {
  const types = [];
  for (const s of sections(bytes)) {
    const pos = { at: s.start };
    if (s.id === 2) {
      const n = readU32(bytes, pos);
      for (let i = 0; i < n; i++) {
        for (let name = 0; name < 2; name++) {
          const length = readU32(bytes, pos); // module name, then field name
          pos.at += length;
        }
        const kind = bytes[pos.at++];
        if (kind === 0) readU32(bytes, pos);
        else if (kind === 1) {
          types.push(bytes[pos.at++]);
          skipLimits(bytes, pos);
        } else if (kind === 2) skipLimits(bytes, pos);
        else if (kind === 3) pos.at += 2;
        else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (s.id === 4) {
      const n = readU32(bytes, pos);
      for (let i = 0; i < n; i++) {
        types.push(bytes[pos.at++]);
        skipLimits(bytes, pos);
      }
    }
  }
  return types;
}

/** Exports: [{ name, kind, index, indexAt, indexEnd }] (byte range of the index). */
function exportsOf(bytes) {
  const s = sections(bytes).find((x) => x.id === 7);
  if (!s) return [];
  const pos = { at: s.start };
  const n = readU32(bytes, pos);
  const out = [];
  for (let i = 0; i < n; i++) {
    const len = readU32(bytes, pos);
    const name = Buffer.from(bytes.subarray(pos.at, pos.at + len)).toString("utf8");
    pos.at += len;
    const kind = bytes[pos.at++];
    const indexAt = pos.at;
    const index = readU32(bytes, pos);
    out.push({ name, kind, index, indexAt, indexEnd: pos.at });
  }
  return out;
}

/**
 * Debian's binaryen 108 writes a table export against the wrong table when a module has
 * two (wasm-bindgen's externref table is the second). Each exported table of the original
 * is looked up by its element type in the output and its export pointed back at it.
 */
function fixTableExports(file, original) {
  const bytes = fs.readFileSync(file);
  const before = tableTypes(original);
  const after = tableTypes(bytes);
  const wanted = new Map(
    exportsOf(original).filter((e) => e.kind === 1).map((e) => [e.name, before[e.index]]),
  );
  let fixed = 0;
  for (const e of exportsOf(bytes)) {
    if (e.kind !== 1 || !wanted.has(e.name) || after[e.index] === wanted.get(e.name)) continue;
    const right = after.indexOf(wanted.get(e.name));
    const encoded = encodeU32(right);
    if (right < 0 || encoded.length !== e.indexEnd - e.indexAt) throw new Error(`cannot repoint table export ${e.name}`);
    bytes.set(encoded, e.indexAt);
    fixed++;
  }
  if (fixed) fs.writeFileSync(file, bytes);
}

/** The export name of the module's function table (funcref), which the placeholders call through. */
function functionTableExport(bytes) {
  const types = tableTypes(bytes);
  const e = exportsOf(bytes).find((x) => x.kind === 1 && types[x.index] === 0x70);
  if (!e) throw new Error("the first module exports no function table");
  return e.name;
}

// ---------------------------------------------------------------------------------------
// Profiling run in headless Chromium.

/**
 * Answers for the first visit: a small BV in Flanders with plans that qualify, typed in
 * the Belgian number form. A question not listed gets a plain number or its first option.
 */
const ANSWERS = {
  legal_form: "bv",
  region: "flanders",
  staff_awu: "12",
  turnover: "1.500.000",
  balance_sheet_total: "800.000",
  public_ownership_pct: "0",
  kmo_portefeuille_received_this_year: "0",
  has_holdings: "false",
  main_activity_acceptable: "true",
  has_de_minimis: "false",
  participants: "3",
  days: "2",
  catering: "180",
  label: "AI-opleiding",
};
const answerFor = (name) => ANSWERS[name.split(".").pop()];

/** Answers every question on the screen, the way a visitor fills the form. */
async function answerVisible(page, seen) {
  const quick = { timeout: 2000 };
  for (const el of await page.locator("main input[name], main select[name], main textarea[name]").all()) {
    const info = await el.evaluate((e) => ({ tag: e.tagName, type: e.type, name: e.name, value: e.value, mode: e.inputMode })).catch(() => null);
    if (!info || info.type === "file" || info.type === "hidden") continue;
    const key = `${info.name}|${info.type === "radio" ? info.value : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const wanted = answerFor(info.name);
    if (info.tag === "SELECT") {
      const options = await el.locator("option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean)).catch(() => []);
      const choice = options.includes(wanted) ? wanted : options[0];
      if (choice) await el.selectOption(choice, quick).catch(() => {});
    } else if (info.type === "radio" || info.type === "checkbox") {
      await el.check(quick).catch(() => {});
    } else if (info.type === "date") {
      await el.fill("2026-11-22", quick).catch(() => {});
    } else {
      const numeric = info.mode === "decimal" || info.mode === "numeric" || info.type === "number";
      await el.click(quick).catch(() => {});
      await el.fill("", quick).catch(() => {});
      await el.pressSequentially(wanted || (numeric ? "2.400" : "AI"), { delay: 5, ...quick }).catch(() => {});
    }
  }
}

/** The first screen filled in: the company first, then every plan with its questions. */
async function answerEverything(page) {
  const seen = new Set();
  await answerVisible(page, seen);
  for (const box of await page.locator('input[type="checkbox"][data-testid^="intent-"]').all()) {
    await box.check({ timeout: 2000 }).catch(() => {});
    await answerVisible(page, seen);
  }
  // A typing slip and its correction: the inline message is part of a first visit.
  const number = page.locator('main input[inputmode="decimal"]').first();
  if (await number.count()) {
    await number.fill("12a").catch(() => {});
    await number.fill("12").catch(() => {});
  }
}

async function readProfile(page) {
  const bytes = await page.evaluate(() => {
    const w = window.__profiledWasm;
    const size = w.__write_profile(0, 0);
    const at = w.memory.grow(Math.ceil(size / 65536) + 1) * 65536;
    w.__write_profile(at, size);
    return Array.from(new Uint8Array(w.memory.buffer, at, size));
  });
  return Buffer.from(bytes);
}

async function profile(site, work) {
  // The end-to-end tests' static server and Chromium launch (Debian's chromium, off the
  // network), with the collector exposed to the page.
  const { serve, launch } = await import(path.join(ROOT, "tests/e2e/harness.mjs"));
  // A host page with the custom element (public/steunwijzer-element.js), as an advisor's
  // site would have it.
  const element = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Advisor</title>
    <script src="/steunwijzer-element.js" defer></script></head><body>
    <steunwijzer-calculator lang="nl" measures="kmo-portefeuille" compact></steunwijzer-calculator></body></html>`;
  const server = await serve(site, { extra: { "/element.html": ["text/html; charset=utf-8", element] } });
  const browser = await launch({ args: ["--js-flags=--expose-gc"] });
  /**
   * Opens `url` in a fresh context and waits `until` "app" (html[data-ready]), "element"
   * (the custom element's data-ready) or "engine" (the app has asked twice for the
   * engine's code: a link waits for it before its first screen, and the first request
   * fails in this run).
   */
  const open = async (url, { until = "app" } = {}) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__profiledWasm = e.detail.wasm; }));
    // The deferred module never arrives in this run: the app never starts the engine
    // (web/src/engine_ready.rs), so the engine and the views of its report are not in the
    // profile and go to the deferred module. The first request fails, so the notice with
    // its "try again" button is in the profile too; the next one stays on its way.
    await context.addInitScript(() => {
      const held = { state: "held", asked: 0 };
      held.load = () => (held.asked++ ? new Promise(() => {}) : Promise.resolve(false));
      globalThis.steunwijzerDeferred = held;
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url);
    if (until === "element") {
      // The element loads the app's module itself: its bindings, initialised once, hold
      // the profile.
      await page.waitForSelector("steunwijzer-calculator[data-ready='true']", { timeout: 60000 });
      await page.evaluate(async () => {
        const html = await (await fetch("/index.html")).text();
        const js = new DOMParser().parseFromString(html, "text/html").querySelector("link[rel=modulepreload]").getAttribute("href");
        window.__profiledWasm = await (await import(new URL(js, location.href).href)).default();
      });
    } else if (until === "app") await page.waitForSelector("html[data-ready='true']", { timeout: 60000 });
    else await page.waitForFunction(() => globalThis.steunwijzerDeferred.asked > 1, null, { timeout: 60000 });
    return { page, context, errors };
  };
  // A painted frame, the tasks after it, and garbage collections: wasm-bindgen drops the
  // closures JavaScript no longer holds from a FinalizationRegistry, and their destructors
  // must be in the first module too (the collector calls them at any time).
  const settle = (page) =>
    page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200)));
      for (let i = 0; i < 3; i++) {
        window.gc();
        await new Promise((r) => setTimeout(r, 50));
      }
    });
  const profiles = [];
  /** Keeps what a visit ran, and stops at any error the page reported. */
  const record = async (visit) => {
    await settle(visit.page);
    profiles.push(await readProfile(visit.page));
    if (visit.errors.length) throw new Error(visit.errors.join("\n"));
    await visit.context.close();
  };
  try {
    // Visits that open with a scenario (a link, a remembered one) wait for the engine's
    // code before their first screen (web/src/mount.rs): what they run up to that wait,
    // for a link in Dutch and one in English (whose texts are fetched first).
    const link = fs.readFileSync(path.join(ROOT, "tests/e2e/fixtures/every-plan.json")).toString("base64url");
    for (const lang of ["nl", "en"]) await record(await open(`${server.url}#s=${link}&lang=${lang}`, { until: "engine" }));
    // The cold first visit, then every question answered.
    const first = await open(server.url);
    await settle(first.page);
    // The engine's code could not be fetched: the visitor tries again.
    await first.page.getByTestId("engine-retry").click({ timeout: 10000 });
    await first.page.getByTestId("engine-loading").waitFor({ timeout: 10000 });
    await answerEverything(first.page);
    // The other pages, opened before the engine's code is in, and back.
    for (const tab of ["tab-rules", "tab-print", "tab-calculator"]) {
      await first.page.getByTestId(tab).click({ timeout: 2000 });
      await settle(first.page);
    }
    await record(first);
    // An advisor's widget: the iframe the embed loader makes (with its size messages),
    // and the custom element in a host page's shadow root, each answered.
    const widgets = [
      [`${server.url}?embed=1&lang=nl&compact=1&measures=kmo-portefeuille,cybersecurity-verbetertraject&accent=0b6e4f`, "app"],
      [`${server.url}element.html`, "element"],
    ];
    for (const [url, until] of widgets) {
      const widget = await open(url, { until });
      await settle(widget.page);
      await answerEverything(widget.page);
      await record(widget);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return profiles.map((bytes, i) => {
    const file = path.join(work, `visit-${i}.prof`);
    fs.writeFileSync(file, bytes);
    return file;
  });
}

// ---------------------------------------------------------------------------------------
// The JS glue: placeholders, the deferred module's loader.

function patchGlue(js, deferredName, tableExport) {
  const importsEnd = /(\n {4}return \{\n {8}__proto__: null,\n {8}"\.\/[^"]+": import0,\n)( {4}\};\n\})/;
  const startCall = "    wasm.__wbindgen_start();\n";
  if (!importsEnd.test(js) || !js.includes(startCall)) throw new Error("wasm-bindgen's glue has an unexpected shape");
  const loader = `
// The app's code comes in two modules (scripts/split-wasm.mjs): this one and a deferred
// one with the code that the first screen does not run. The first module calls moved
// functions through placeholders; the deferred module, once instantiated, puts the real
// functions in their table slots.
const deferredUrl = new URL(${JSON.stringify(deferredName)}, import.meta.url);
/** State of the deferred module, readable by tests and the benchmarks. */
const deferred = { state: "waiting", syncLoads: 0 };
globalThis.steunwijzerDeferred = deferred;
let deferredModule, deferredFetch, deferredLoading;
function deferredImports() { return { primary: wasm }; }
function deferredReady() {
    if (deferred.state !== "loaded") { deferred.state = "loaded"; deferred.loadedAt = performance.now(); }
}
/** Loads the deferred module now: a placeholder was called before it arrived. */
function loadDeferredNow() {
    let module = deferredModule;
    if (!module) {
        const xhr = new XMLHttpRequest();
        xhr.open("GET", deferredUrl, false);
        xhr.overrideMimeType("text/plain; charset=x-user-defined");
        xhr.send();
        if (xhr.status !== 200 && xhr.status !== 0) {
            throw new Error("Steunwijzer: part of the app could not be loaded (" + xhr.status + "). Reload the page.");
        }
        const text = xhr.responseText;
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
        module = new WebAssembly.Module(bytes);
    }
    deferred.syncLoads++;
    // Instantiating fills the first module's table slots with the real functions.
    new WebAssembly.Instance(module, deferredImports());
    deferredReady();
}
function placeholders() {
    return new Proxy({}, {
        get(_, name) {
            const slot = Number(name);
            return (...args) => {
                if (deferred.state !== "loaded") loadDeferredNow();
                return wasm[${JSON.stringify(tableExport)}].get(slot)(...args);
            };
        },
    });
}
/**
 * Fetches and compiles the deferred module (once; again after a failure), compiling while
 * it downloads when the server sends it as application/wasm.
 */
function fetchDeferred() {
    if (!deferredFetch) {
        deferredFetch = fetch(deferredUrl)
            .then(async (r) => {
                if (!r.ok) throw new Error(r.status + " " + r.statusText);
                if (typeof WebAssembly.compileStreaming === "function") {
                    try {
                        return await WebAssembly.compileStreaming(r.clone());
                    } catch (e) {
                        if (r.headers.get("Content-Type") === "application/wasm") throw e;
                    }
                }
                return WebAssembly.compile(await r.arrayBuffer());
            })
            .then((module) => (deferredModule = module));
        deferredFetch.catch(() => { deferredFetch = undefined; });
    }
    return deferredFetch;
}
/**
 * Fetches and instantiates the deferred module in the background (once; again after a
 * failure): a promise of true once it is in place, false when it could not be fetched.
 * The app waits for it before running the engine (web/src/engine_ready.rs).
 */
export function loadDeferred() {
    if (deferred.state === "loaded") return Promise.resolve(true);
    if (!deferredLoading) {
        deferred.state = "loading";
        deferredLoading = fetchDeferred()
            .then((module) => {
                if (deferred.state === "loaded") return true;
                return WebAssembly.instantiate(module, deferredImports()).then(() => { deferredReady(); return true; });
            })
            .catch((e) => {
                if (deferred.state === "loaded") return true;
                deferred.state = "failed";
                deferredLoading = undefined;
                console.warn("Steunwijzer: part of the app could not be fetched:", e);
                return false;
            });
    }
    return deferredLoading;
}
deferred.load = loadDeferred;
// A link with a scenario shows its result on the first screen, which needs the deferred
// module: its download starts now, alongside the first module's, not after it.
if (/[#&?]s=/.test(globalThis.location?.hash || "")) fetchDeferred().catch(() => {});
`;
  // The request starts before the first render, so the download runs while it is drawn.
  return js
    .replace(importsEnd, `$1        placeholder: placeholders(),\n$2\n${loader}`)
    .replace(startCall, `    loadDeferred();\n${startCall}`);
}

// ---------------------------------------------------------------------------------------

/**
 * Minifies the JS glue (trunk's own minifier gives up on wasm-bindgen's `export default`
 * and ships it as written): 49.9 → 22 KB raw, 9.7 → 6.7 KB gzip. Exported
 * names and the import object's keys stay as they are.
 */
async function minify(js) {
  const { minify: terser } = await import(path.join(ROOT, "node_modules/terser/main.js"));
  const out = await terser(js, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

function sri(file) {
  return "sha384-" + crypto.createHash("sha384").update(fs.readFileSync(file)).digest("base64");
}

const gz = (file) => execFileSync("gzip", ["-9c", file], { maxBuffer: 1 << 28 }).length;

async function main() {
  if (process.env.STEUNWIJZER_SPLIT === "off") return say("off (STEUNWIJZER_SPLIT=off): one wasm module");
  const tool = findTool();
  if (!tool) return say("wasm-split not found (scripts/env.sh installs it): one wasm module");
  const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(chromiumPath)) return say(`${chromiumPath} not found (needed to profile the first visit): one wasm module`);

  const indexFile = path.join(dir, "index.html");
  let html = fs.readFileSync(indexFile, "utf8");
  const stem = (html.match(/\.\/(steunwijzer-web-[0-9a-f]+)_bg\.wasm/) || [])[1];
  if (!stem) throw new Error("index.html names no steunwijzer-web-*_bg.wasm");
  const wasmFile = path.join(dir, `${stem}_bg.wasm`);
  const jsFile = path.join(dir, `${stem}.js`);
  const original = fs.readFileSync(wasmFile);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "steunwijzer-split-"));
  try {
    // 1. Instrument, and run the first visit on a copy of the site.
    const site = path.join(work, "site");
    fs.cpSync(dir, site, { recursive: true });
    const instrumented = path.join(site, `${stem}_bg.wasm`);
    run(tool, ["--instrument", ...FEATURES, wasmFile, "-o", instrumented]);
    fixTableExports(instrumented, original);
    // The copy's wasm differs from the one index.html's integrity hash names.
    fs.writeFileSync(path.join(site, "index.html"), html.replace(/ integrity=("[^"]*"|\S+)/g, ""));
    const visits = await profile(site, work);
    const merged = path.join(work, "first-visit.prof");
    run(tool, ["--merge-profiles", ...visits, "-o", merged]);

    // 2. Split with the profile, then let wasm-opt tidy the first module.
    const primary = path.join(work, "primary.wasm");
    const secondary = path.join(work, "deferred.wasm");
    run(tool, [...FEATURES, wasmFile, `--profile=${merged}`, "-o1", primary, "-o2", secondary,
      "--export-prefix=%", "--placeholder-namespace=placeholder", "--import-namespace=primary",
      ...(process.env.SPLIT_KEEP_NAMES ? ["-g"] : [])]);
    fixTableExports(primary, original);
    execFileSync(path.join(ROOT, "node_modules/.bin/wasm-opt"), ["-Oz", ...FEATURES, ...(process.env.SPLIT_KEEP_NAMES ? ["-g"] : []), primary, "-o", primary], { stdio: "inherit" });
    const tableExport = functionTableExport(fs.readFileSync(primary));

    // 3 and 4. New names from the content, the glue patched, index.html updated.
    const primaryBytes = fs.readFileSync(primary);
    const secondaryBytes = fs.readFileSync(secondary);
    const hash = crypto.createHash("sha256").update(primaryBytes).update(secondaryBytes).update(fs.readFileSync(jsFile)).digest("hex").slice(0, 16);
    const next = `steunwijzer-web-${hash}`;
    const deferredName = `${next}_deferred.wasm`;
    const glue = await minify(patchGlue(fs.readFileSync(jsFile, "utf8"), deferredName, tableExport));
    fs.writeFileSync(path.join(dir, `${next}.js`), glue);
    fs.writeFileSync(path.join(dir, `${next}_bg.wasm`), primaryBytes);
    fs.writeFileSync(path.join(dir, deferredName), secondaryBytes);
    fs.rmSync(jsFile);
    fs.rmSync(wasmFile);
    html = html.split(stem).join(next);
    html = html.replace(/<link\b[^>]*>/g, (tag) => {
      const href = (tag.match(/href=["']?\.\/([^"'\s>]+)/) || [])[1];
      if (!href || !href.startsWith(next) || !/integrity=/.test(tag)) return tag;
      return tag.replace(/integrity=("[^"]*"|[^\s>]+)/, `integrity=${sri(path.join(dir, href))}`);
    });
    fs.writeFileSync(indexFile, html);

    const firstGzip = gz(path.join(dir, `${next}_bg.wasm`));
    say(`first module ${primaryBytes.length} B (${(firstGzip / 1024).toFixed(1)} KB gzip), deferred ${secondaryBytes.length} B (${(gz(path.join(dir, deferredName)) / 1024).toFixed(1)} KB gzip); unsplit was ${original.length} B`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`split-wasm: ${e.stack || e}`);
  process.exit(1);
});
