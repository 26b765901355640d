// Shared harness for the end-to-end tests: a static server for dist/ on loopback
// (optionally under a sub-path), headless Debian Chromium through playwright-core,
// a guard that records every request leaving the allowed origins, and screenshots.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(here, "artifacts");
/** The built app under test: `dist/`, or `E2E_DIST` when set. */
export const APP_DIR = process.env.E2E_DIST || DIST;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `dir` on 127.0.0.1 at a free port. `prefix` mounts it under a sub-path
 * (such as "/tools/steunwijzer/"). `extra` maps URL paths to [content-type, body]
 * for pages that exist only in a test (an advisor's page, say).
 * Resolves to { origin, url, close(), requests } where requests lists served paths.
 */
export function serve(dir, { prefix = "/", extra = {}, headers = {} } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push(url.pathname);
    if (extra[url.pathname]) {
      const [type, body] = extra[url.pathname];
      res.writeHead(200, { "content-type": type, ...headers });
      return res.end(body);
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "cache-control": rel === "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
      ...headers,
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        origin,
        url: origin + prefix,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** Launches Debian's Chromium headless with the flags that keep it off the network. */
export async function launch({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
      ...args,
    ],
  });
}

/**
 * Opens a page that records every request whose origin is not in `allowed`
 * (data: and blob: URLs are local and allowed). Console errors are collected too.
 */
export async function openPage(browser, allowed, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return;
    const origin = new URL(url).origin;
    if (!allowed.includes(origin)) outside.push(url);
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  return { context, page, outside, errors };
}

/** Waits until the Leptos app has mounted (the app sets data-ready on <html>). */
export async function waitForApp(page) {
  await page.waitForSelector("html[data-ready='true']", { timeout: 30000 });
}

/** Saves a screenshot under tests/e2e/artifacts/ and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The app served and a browser launched for one test file: registers the file's
 * `before`/`after` hooks and returns a handle whose `server` and `browser` are set once
 * `before` has run. `open(viewport)` opens a page that may only talk to the app's origin;
 * `start(url, viewport)` also loads `url` (default: the app) and waits for the app.
 */
export function appUnderTest(dir = APP_DIR, serveOptions = {}) {
  const app = {
    server: null,
    browser: null,
    open: (viewport) => openPage(app.browser, [app.server.origin], viewport),
    async start(url = app.server.url, viewport) {
      const opened = await app.open(viewport);
      await opened.page.goto(url);
      await waitForApp(opened.page);
      return opened;
    },
  };
  before(async () => {
    app.server = await serve(dir, serveOptions);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Closes a journey's page: nothing left the origin, nothing was logged as an error. */
export async function finish({ context, outside, errors }) {
  await context.close();
  assert.deepEqual(outside, [], "requests left the app's origin");
  assert.deepEqual(errors, [], "the page logged errors");
}

/**
 * The page's address once the app has written it: the address bar and the remembered
 * scenario are written in the task after the next frame is painted (web/src/deferred.rs),
 * so a test reads the link after that task.
 */
export async function currentLink(page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done, 0), 0))),
  );
  return page.url();
}

/** The form field named `name` (the scenario path, as in the app's `name` attributes). */
export const field = (page, name) => page.locator(`[name="${name}"]`);

/** Types a value into a field key by key, like a person (clearing it first). */
export async function typeInto(page, name, value) {
  const input = field(page, name);
  await input.click();
  await input.fill("");
  await input.pressSequentially(String(value));
}

/** Waits until the element with `data-testid=testid` carries `data-amount=value`. */
export async function waitAmount(page, testid, value) {
  try {
    await page.waitForFunction(
      ([id, v]) => document.querySelector(`[data-testid="${id}"]`)?.dataset.amount === v,
      [testid, value],
      { timeout: 10000 },
    );
  } catch {
    const actual = await page.getByTestId(testid).first().getAttribute("data-amount").catch(() => null);
    assert.fail(`${testid} is ${actual}, expected ${value}`);
  }
}

/** A URL fragment carrying a scenario and a language, as the app's share links do. */
export const fragmentOf = (scenario, lang = "nl", extra = "") =>
  `#s=${Buffer.from(JSON.stringify(scenario)).toString("base64url")}&lang=${lang}${extra}`;

/** The native CLI's JSON report on a scenario file (cargo run, as a user of the repo would). */
export function cliReport(file) {
  const out = execFileSync("cargo", ["run", "-q", "-p", "steunwijzer-cli", "--", "evaluate", file], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out);
}

/** The native CLI's JSON report on a scenario given as an object. */
export function cliReportOf(scenario) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "steunwijzer-e2e-")), "scenario.json");
  fs.writeFileSync(file, JSON.stringify(scenario));
  return cliReport(file);
}

/**
 * Fills journey 1's scenario through the form, the way a person would: a small BV with an
 * AI training and a cyber audit (kmo-portefeuille 3465.00). `number` writes the amounts
 * (plain digits unless given, e.g. the Belgian "1.500.000").
 */
export async function fillSmallBv(page, { number = String } = {}) {
  const choose = (name, value) => field(page, name).selectOption(value);
  await choose("company.legal_form", "bv");
  await choose("company.region", "flanders");
  await field(page, "date").fill("2026-11-22");
  await typeInto(page, "company.staff_awu", "12");
  await typeInto(page, "company.turnover", number(1500000));
  await typeInto(page, "company.balance_sheet_total", number(800000));
  await typeInto(page, "company.public_ownership_pct", "0");
  await choose("ui.has_holdings", "false");
  await choose("company.main_activity_acceptable", "true");
  await choose("ui.has_de_minimis", "false");
  await typeInto(page, "company.kmo_portefeuille_received_this_year", "0");

  await page.getByTestId("intent-training").check();
  await typeInto(page, "plans.trainings.0.label", "AI-opleiding");
  await choose("plans.trainings.0.theme", "digitalisering");
  await typeInto(page, "plans.trainings.0.cost", number(2400));
  await typeInto(page, "plans.trainings.0.participants", "3");
  await typeInto(page, "plans.trainings.0.days", "2");
  await typeInto(page, "plans.trainings.0.catering", "180");

  await page.getByTestId("intent-advice").check();
  await typeInto(page, "plans.advice.0.label", "Cyberaudit");
  await choose("plans.advice.0.theme", "digitalisering_cybersecurity");
  await typeInto(page, "plans.advice.0.cost", number(6000));
}
