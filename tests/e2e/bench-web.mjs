// Web performance figures of the release build (dist/) in headless Chromium. Measured and
// printed, never asserted. Run: node tests/e2e/bench-web.mjs [--loads N] [--keys N]
//  (a) first-load transfer: bytes of every response on a cold load, by kind, and the
//      gzip / brotli sizes of the same files (what a compressing server would send);
//  (b) navigation to interactive: from the start of goto to html[data-ready=true] and to
//      the first result on screen, median over N cold loads (fresh context each);
//  (c) keystroke to updated result: typing in a cost field, from keydown to the DOM
//      update of the kmo-portefeuille amount (MutationObserver + performance.now in the
//      page), and to the next frame after it, over K keystrokes; on the desktop and with
//      the CPU slowed 4x;
//  (d) a first visit on a phone (Lighthouse's mobile profile: 390x844 touch viewport,
//      150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4x, set through the
//      Chrome DevTools Protocol), served with gzip and with brotli: first contentful
//      paint, ready (html[data-ready]), the main-thread part of it (the wasm response's
//      end → ready: compile, instantiate, first render), bytes over the wire and cumulative
//      layout shift, median of P cold loads (--phone-loads, default 5); when the wasm
//      is split (scripts/split-wasm.mjs), when its deferred part is in place and its bytes,
//      which are not counted in the first load; and when the first result (the totals)
//      is on screen; the same, with gzip, for a link holding journey 1's scenario;
//  (e) only with --profile-keys N (and nothing else): where a keystroke's main-thread time
//      goes, by function (CDP CPU profile) and by layout / style / script.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { performance } from "node:perf_hooks";
import http from "node:http";
import { serve, launch, openPage, DIST, ROOT, ARTIFACTS } from "./harness.mjs";

const APP_DIR = process.env.E2E_DIST || DIST;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LOADS = arg("--loads", 10);
const KEYS = arg("--keys", 100);
const PHONE_LOADS = arg("--phone-loads", 5);
const PROFILE_KEYS = arg("--profile-keys", 0);
const FIXTURE = path.join(ROOT, "tests/e2e/fixtures/small-bv-ai-cyber.json");

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(1)} ms`;
function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const median = (v) => quantile(v, 0.5);

function kindOf(url) {
  const p = new URL(url).pathname;
  if (p.endsWith(".wasm")) return "wasm";
  if (p.endsWith(".js") || p.endsWith(".mjs")) return "js";
  if (p.endsWith(".css")) return "css";
  if (p.endsWith("/") || p.endsWith(".html")) return "html";
  return "other";
}

/** A link to the calculator holding the journey-1 scenario (as a shared link would). */
function scenarioFragment() {
  const json = JSON.stringify(JSON.parse(fs.readFileSync(FIXTURE, "utf8")));
  return `#s=${Buffer.from(json).toString("base64url")}&lang=nl`;
}

// In-page probes, installed before any app script: when html[data-ready] turns true and
// when the first result (the kmo-portefeuille amount) appears, in ms since navigation start.
const LOAD_PROBE = () => {
  window.__bench = {};
  const check = () => {
    const b = window.__bench;
    if (b.ready === undefined && document.documentElement.dataset.ready === "true") {
      b.ready = performance.now();
    }
    if (b.result === undefined) {
      const el = document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]');
      if (el && el.dataset.amount) {
        b.result = performance.now();
        b.amount = el.dataset.amount;
        requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now()), 0));
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
};

async function firstLoad(browser, server) {
  const { page, context } = await openPage(browser, [server.origin]);
  const sizes = {};
  const files = [];
  page.on("response", async (res) => {
    const url = res.url();
    if (!url.startsWith(server.origin)) return;
    try {
      const body = await res.body();
      const kind = kindOf(url);
      sizes[kind] = (sizes[kind] || 0) + body.length;
      files.push([new URL(url).pathname, body.length]);
    } catch {
      /* a response without a body */
    }
  });
  await page.goto(server.url);
  await page.waitForSelector("html[data-ready='true']");
  await page.waitForLoadState("networkidle");
  await context.close();
  return { sizes, files };
}

function compressedSizes() {
  const rows = [];
  for (const name of fs.readdirSync(APP_DIR).sort()) {
    const file = path.join(APP_DIR, name);
    if (!fs.statSync(file).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const br = zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    rows.push({ name, raw: raw.length, gz, br });
  }
  return rows;
}

async function coldLoads(browser, server) {
  const url = server.url + scenarioFragment();
  const samples = [];
  for (let i = 0; i < LOADS; i++) {
    const { page, context } = await openPage(browser, [server.origin]);
    await page.addInitScript(LOAD_PROBE);
    const t0 = performance.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector("html[data-ready='true']");
    const tReady = performance.now() - t0;
    await page.waitForFunction(() => window.__bench.painted !== undefined);
    const tResult = performance.now() - t0;
    const inPage = await page.evaluate(() => window.__bench);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0];
      return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
    });
    samples.push({ tReady, tResult, ...inPage, ...nav });
    await context.close();
  }
  return samples;
}

// Keystroke probe: keydown time (the event's own timestamp) to the DOM change of the
// kmo-portefeuille amount, and to the frame after it.
const KEY_PROBE = () => {
  const state = (window.__keys = { pending: null, samples: [] });
  const amount = () =>
    document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]')?.dataset.amount;
  let last = amount();
  document.addEventListener("keydown", (ev) => (state.pending = ev.timeStamp), true);
  new MutationObserver(() => {
    const now = amount();
    if (now === last || state.pending === null) return;
    last = now;
    const start = state.pending;
    state.pending = null;
    const dom = performance.now();
    const sample = { dom: dom - start };
    state.samples.push(sample);
    requestAnimationFrame(() => setTimeout(() => (sample.frame = performance.now() - start), 0));
  }).observe(document.querySelector('[data-testid="results"]'), {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
};

/**
 * `--profile-keys N`: a CPU profile (CDP Profiler, 100 µs sampling) over N keystrokes, and
 * the main thread's layout / style / script time around them (CDP Performance metrics),
 * per keystroke. Function names are readable on a build that keeps them (see
 * docs/performance.md, "Keystroke and first render"); with `E2E_DIST` pointing at it.
 */
async function profileKeys(browser, server, keys) {
  const { page, context } = await openPage(browser, [server.origin]);
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url + scenarioFragment());
  await page.waitForSelector("html[data-ready='true']");
  const cost = page.locator('[name="plans.trainings.0.cost"]');
  await cost.fill("100");
  await page.waitForTimeout(300);
  await cost.focus();
  await cdp.send("Performance.enable");
  const metrics = async () =>
    Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 2 === 0 ? String(1 + ((i / 2) % 9)) : "Backspace");
    await page.waitForTimeout(30);
  }
  const { profile } = await cdp.send("Profiler.stop");
  const m1 = await metrics();
  await context.close();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const name = (n) => n.callFrame.functionName || `(anonymous ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber})`;
  const self = new Map();
  const total = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] / 1000;
    const own = name(nodes.get(id));
    self.set(own, (self.get(own) || 0) + dt);
    if (["(idle)", "(program)", "(garbage collector)"].includes(own)) return;
    busy += dt;
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const n = name(nodes.get(x));
      if (!seen.has(n)) total.set(n, (total.get(n) || 0) + dt);
      seen.add(n);
    }
  });
  const per = (v) => (v / keys).toFixed(3).padStart(8) + " ms";
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${per(v)}  ${k.slice(0, 140)}`);
  console.log(`\n(e) CPU profile over ${keys} keystrokes (desktop), per keystroke`);
  console.log(`JavaScript + wasm busy: ${per(busy)}`);
  for (const k of ["ScriptDuration", "LayoutDuration", "RecalcStyleDuration"]) console.log(`${k}: ${per((m1[k] - m0[k]) * 1000)}`);
  console.log(`layouts: ${((m1.LayoutCount - m0.LayoutCount) / keys).toFixed(1)}`);
  console.log("self time:\n" + top(self, 25).join("\n"));
  console.log("total time (with callees):\n" + top(total, 40).join("\n"));
}

async function keystrokes(browser, server, cpuRate = 1) {
  const { page, context } = await openPage(browser, [server.origin]);
  if (cpuRate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  }
  await page.goto(server.url + scenarioFragment());
  await page.waitForSelector("html[data-ready='true']");
  const cost = page.locator('[name="plans.trainings.0.cost"]');
  // Start from a cost that stays under the yearly ceiling whatever digit is appended,
  // so that every keystroke changes the amount: "100" + digit, then Backspace.
  await cost.fill("100");
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]')
        ?.dataset.amount === "2775.00",
  );
  await page.evaluate(KEY_PROBE);
  await cost.focus();
  await page.evaluate(() => {
    const el = document.activeElement;
    el.setSelectionRange(el.value.length, el.value.length);
  });
  for (let i = 0; i < KEYS; i++) {
    const key = i % 2 === 0 ? String(1 + ((i / 2) % 9)) : "Backspace";
    await page.keyboard.press(key);
    await page.waitForFunction((n) => window.__keys.samples.length >= n, i + 1, { polling: "raf" });
  }
  await page.waitForFunction(() => window.__keys.samples.every((s) => s.frame !== undefined));
  const samples = await page.evaluate(() => window.__keys.samples);
  await context.close();
  return samples;
}

// A static server for dist/ that answers with one content encoding, as a host serving
// precompressed files would: the build's `.br` / `.gz` file next to the original when there
// is one (post-build hook), else the file compressed here (brotli q11, gzip -9).
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|txt|ftl|webmanifest)$/;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".ftl": "text/plain; charset=utf-8",
};
function serveEncoded(dir, encoding) {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let rel = decodeURIComponent(url.pathname.slice(1)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    const headers = {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "cache-control": rel === "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
      vary: "Accept-Encoding",
    };
    const accepts = String(req.headers["accept-encoding"] || "");
    if (!COMPRESSIBLE.test(file) || !accepts.includes(encoding)) {
      res.writeHead(200, headers);
      return res.end(fs.readFileSync(file));
    }
    const ext = encoding === "br" ? ".br" : ".gz";
    let body = cache.get(file + ext);
    if (!body) {
      if (fs.existsSync(file + ext)) body = fs.readFileSync(file + ext);
      else if (encoding === "br")
        body = zlib.brotliCompressSync(fs.readFileSync(file), {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
        });
      else body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
      cache.set(file + ext, body);
    }
    res.writeHead(200, { ...headers, "content-encoding": encoding, "content-length": body.length });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, url: origin + "/", close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// Lighthouse's mobile profile (slow 4G, mid-range phone).
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpu: 4,
};

// First contentful paint and layout shifts, observed from the start of the page.
const PAINT_PROBE = () => {
  window.__phone = { cls: 0, shifts: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === "first-contentful-paint") window.__phone.fcp = e.startTime;
      }
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__phone.cls += e.value;
        window.__phone.shifts.push([Math.round(e.startTime), e.value]);
      }
    }).observe({ type: "layout-shift", buffered: true });
  } catch {
    /* no observer: figures stay empty */
  }
  const mark = () => {
    if (window.__phone.ready === undefined && document.documentElement.dataset.ready === "true") {
      window.__phone.ready = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  // The first result on screen: the totals, which the engine's report fills in (with a
  // split wasm, once the deferred part is in place).
  const result = new MutationObserver(() => {
    if (document.querySelector('[data-testid="total-grants"]')) {
      window.__phone.result = performance.now();
      result.disconnect();
    }
  });
  result.observe(document, { subtree: true, childList: true });
};

/** One cold first visit on the phone profile: fcp, ready, cls (page clock) and bytes. */
async function phoneVisit(browser, server, hash = "") {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: PHONE.isMobile,
    hasTouch: PHONE.hasTouch,
  });
  const page = await context.newPage();
  await page.addInitScript(PAINT_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", PHONE.network);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpu });
  let bytes = 0;
  let deferredBytes = 0;
  const requests = [];
  const urls = new Map();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => {
    const pathname = new URL(urls.get(e.requestId) || "http://x/?").pathname;
    // The deferred part of the wasm is fetched after the app is ready: counted apart.
    if (isDeferred(pathname)) deferredBytes += e.encodedDataLength;
    else bytes += e.encodedDataLength;
    requests.push([pathname, e.encodedDataLength]);
  });
  await page.goto(server.url + hash, { waitUntil: "commit" });
  await page.waitForSelector("html[data-ready='true']", { timeout: 60000 });
  // Let late layout shifts and the last responses land.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await page.waitForFunction(() => window.steunwijzerDeferred?.state !== "loading", null, { timeout: 60000 }).catch(() => {});
  await page.waitForFunction(() => window.__phone.result !== undefined, null, { timeout: 60000 }).catch(() => {});
  const probe = await page.evaluate(() => {
    const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("_bg.wasm"));
    return { ...window.__phone, wasmEnd: wasm?.responseEnd, deferredAt: window.steunwijzerDeferred?.loadedAt };
  });
  await context.close();
  // Main-thread work after the wasm arrived: compile, instantiate and the first render.
  const afterWasm = probe.wasmEnd !== undefined ? probe.ready - probe.wasmEnd : undefined;
  return { ...probe, afterWasm, bytes, deferredBytes, requests };
}

/** The deferred part of a split wasm (scripts/split-wasm.mjs). */
const isDeferred = (name) => name.endsWith("_deferred.wasm");

async function phoneLoads(browser, dir) {
  const out = {};
  for (const encoding of ["gzip", "br"]) {
    const server = await serveEncoded(dir, encoding);
    const samples = [];
    try {
      for (let i = 0; i < PHONE_LOADS; i++) samples.push(await phoneVisit(browser, server));
    } finally {
      await server.close();
    }
    out[encoding] = samples;
  }
  // A link holding journey 1's scenario: its first screen shows the result.
  const server = await serveEncoded(dir, "gzip");
  const link = `#s=${fs.readFileSync(FIXTURE).toString("base64url")}&lang=nl`;
  out["gzip, a link"] = [];
  try {
    for (let i = 0; i < PHONE_LOADS; i++) out["gzip, a link"].push(await phoneVisit(browser, server, link));
  } finally {
    await server.close();
  }
  return out;
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  "))
    .join("\n");
}

async function main() {
  if (!fs.existsSync(path.join(APP_DIR, "index.html"))) {
    console.log(`no build in ${APP_DIR}: run trunk build --release first`);
    return;
  }
  const server = await serve(APP_DIR);
  const browser = await launch();
  if (PROFILE_KEYS > 0) {
    try {
      await profileKeys(browser, server, PROFILE_KEYS);
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  try {
    const load = await firstLoad(browser, server);
    const packed = compressedSizes();
    const loads = await coldLoads(browser, server);
    const keys = await keystrokes(browser, server);
    const keysSlow = await keystrokes(browser, server, 4);
    const phone = PHONE_LOADS > 0 ? await phoneLoads(browser, APP_DIR) : {};

    console.log("\n(a) first-load transfer (cold load, uncompressed as served by the test server)");
    const kinds = ["wasm", "js", "css", "html", "other"].filter((k) => load.sizes[k]);
    const sum = kinds.reduce((s, k) => s + load.sizes[k], 0);
    const appSum = ["wasm", "js", "css"].reduce((s, k) => s + (load.sizes[k] || 0), 0);
    console.log(table([["kind", "bytes", "size"], ...kinds.map((k) => [k, load.sizes[k], kb(load.sizes[k])]), ["wasm+js+css", appSum, kb(appSum)], ["all", sum, kb(sum)]]));
    console.log("requests: " + load.files.map(([p, n]) => `${p} (${n})`).join(", "));
    console.log("\n    files in the build, compressed (gzip -9, brotli q11)");
    const loaded = new Set(load.files.map(([p]) => path.basename(p)));
    const note = (name) => (isDeferred(name) ? " (after ready, in the background)" : loaded.has(name) || name === "index.html" ? "" : " (not on first load)");
    const rows = packed.map((f) => [f.name + note(f.name), kb(f.raw), kb(f.gz), kb(f.br)]);
    const first = packed.filter((f) => !isDeferred(f.name) && (loaded.has(f.name) || f.name === "index.html"));
    const tot = (k) => first.reduce((s, f) => s + f[k], 0);
    console.log(table([["file", "raw", "gzip", "brotli"], ...rows, ["first load total", kb(tot("raw")), kb(tot("gz")), kb(tot("br"))]]));

    console.log(`\n(b) navigation to interactive, ${LOADS} cold loads (fresh context each), link holding a scenario`);
    const col = (k) => loads.map((s) => s[k]).filter((v) => v !== undefined);
    console.log(
      table([
        ["measure", "median", "min", "max"],
        ...[
          ["goto start → html[data-ready] (node clock)", "tReady"],
          ["goto start → first result painted (node clock)", "tResult"],
          ["navigation start → DOMContentLoaded (page clock)", "dcl"],
          ["navigation start → data-ready (page clock)", "ready"],
          ["navigation start → first result in DOM (page clock)", "result"],
          ["navigation start → first result painted (page clock)", "painted"],
        ].map(([label, k]) => [label, ms(median(col(k))), ms(Math.min(...col(k))), ms(Math.max(...col(k)))]),
      ]),
    );
    console.log(`first result: kmo-portefeuille ${loads[0].amount}`);

    console.log(`\n(c) keystroke → updated result, ${keys.length} keystrokes in plans.trainings.0.cost`);
    const keyRows = (label, samples) => {
      const dom = samples.map((s) => s.dom);
      const frame = samples.map((s) => s.frame);
      return [
        [`${label}: keydown → amount changed in DOM`, ms(quantile(dom, 0.5)), ms(quantile(dom, 0.95)), ms(Math.max(...dom))],
        [`${label}: keydown → next frame after it`, ms(quantile(frame, 0.5)), ms(quantile(frame, 0.95)), ms(Math.max(...frame))],
      ];
    };
    console.log(
      table([
        ["measure", "p50", "p95", "max"],
        ...keyRows("desktop", keys),
        ...keyRows("CPU 4x slower", keysSlow),
      ]),
    );

    if (PHONE_LOADS > 0) {
      console.log(
        `\n(d) first visit on a phone: 390x844 touch, 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x; ` +
          `median of ${PHONE_LOADS} cold loads (min–max)`,
      );
      const rows = [["served with", "first contentful paint", "ready", "wasm received → ready", "bytes over the wire", "layout shift (CLS)", "deferred wasm in place", "its bytes", "first result on screen"]];
      for (const [encoding, samples] of Object.entries(phone)) {
        const fig = (k, f) => {
          const v = samples.map((s) => s[k]).filter((x) => x !== undefined);
          return v.length ? `${f(median(v))} (${f(Math.min(...v))}–${f(Math.max(...v))})` : "n/a";
        };
        rows.push([
          encoding,
          fig("fcp", ms),
          fig("ready", ms),
          fig("afterWasm", ms),
          fig("bytes", kb),
          fig("cls", (x) => x.toFixed(3)),
          fig("deferredAt", ms),
          fig("deferredBytes", kb),
          fig("result", ms),
        ]);
      }
      console.log(table(rows));
      const last = phone.gzip?.[0];
      if (last) console.log("gzip requests: " + last.requests.map(([p, n]) => `${p} (${n})`).join(", "));
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(
      path.join(ARTIFACTS, "bench-web.json"),
      JSON.stringify({ load, packed, loads, keys, keysSlow, phone }, null, 1),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
