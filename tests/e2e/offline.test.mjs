// Offline and updates through the service worker (public/sw.js, public/sw-register.js),
// in headless Chromium:
// - after one visit, with the browser offline and the server gone, a reload shows the
//   calculator, which computes the journey-1 scenario to the same amounts and keeps
//   computing as one types;
// - a second build served at the same address makes the page offer "Nieuwe versie —
//   herladen" with the rules date in the visitor's format; reloading runs the new build;
// - the embed loader's iframe works with the worker too; the "off" build removes it;
// - no request leaves the origin, nothing is logged as an error, the notice passes axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serve, launch, waitForApp, screenshot, DIST, ROOT, currentLink } from "./harness.mjs";

const APP_DIR = process.env.E2E_DIST || DIST;
const FIXTURE = path.join(ROOT, "tests/e2e/fixtures/small-bv-ai-cyber.json");
const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");
const KMO = '[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]';

let browser;
const temps = [];
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the build in a temporary folder (so that a test can deploy over it). */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steunwijzer-sw-"));
  temps.push(dir);
  fs.cpSync(APP_DIR, dir, { recursive: true });
  return dir;
}

/** "Deploys" a second build over `dir`: another build id and a marked index.html. */
function deploySecondBuild(dir) {
  const sw = fs.readFileSync(path.join(dir, "sw.js"), "utf8");
  const next = sw.replace(/^const BUILD = "([^"]*)";$/m, 'const BUILD = "$1-second";');
  assert.notEqual(next, sw, "sw.js carries a build id");
  fs.writeFileSync(path.join(dir, "sw.js"), next);
  // (The minified index.html has no <head> tag: mark it after its <title>.)
  const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const marked = html.replace("</title>", '</title><meta name="test-build" content="second">');
  assert.notEqual(marked, html);
  fs.writeFileSync(path.join(dir, "index.html"), marked);
}

/** A browser context in a Belgian-Dutch locale that records requests to other origins. */
async function open(allowed, locale = "nl-BE") {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const outside = [];
  const errors = [];
  // The context sees the worker's requests as well as the pages'.
  context.on("request", (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (!allowed.includes(new URL(url).origin)) outside.push(url);
  });
  const page = await context.newPage();
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  return { context, page, outside, errors };
}

/** Waits until this page's worker is active (the first visit has precached the app). */
async function workerReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active.scriptURL;
  });
}

/** Polls a condition in the page for up to 20 s, across the page's own reloads. */
async function eventually(page, condition) {
  for (let i = 0; i < 80; i++) {
    try {
      if (await page.evaluate(condition)) return true;
    } catch {
      // the page was navigating
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const controlled = (page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/** Status and amount of every measure card and the totals, from data attributes. */
function results(page) {
  return page.evaluate(() => {
    const out = {};
    for (const card of document.querySelectorAll('[data-testid^="measure-"]')) {
      const amount = card.querySelector('[data-testid="amount"]');
      out[card.dataset.testid] = `${card.dataset.status} ${amount ? amount.dataset.amount : "-"}`;
    }
    for (const id of ["total-grants", "total-tax"]) {
      out[id] = document.querySelector(`[data-testid="${id}"]`)?.dataset.amount;
    }
    return out;
  });
}

async function waitAmount(page, value) {
  await page.waitForFunction(
    ([sel, v]) => document.querySelector(sel)?.dataset.amount === v,
    [KMO, value],
    { timeout: 15000 },
  );
}

test("after one visit the calculator loads and computes offline, with the same amounts", async () => {
  const app = await serve(copyOfDist());
  const { context, page, outside, errors } = await open([app.origin]);
  try {
    await page.goto(app.url);
    await waitForApp(page);
    assert.match(await workerReady(page), /\/sw\.js$/);
    await page.getByTestId("upload").setInputFiles(FIXTURE);
    await waitAmount(page, "3465.00");
    const online = await results(page);
    const link = await currentLink(page);
    assert.match(link, /#s=/, "the scenario is in the address");

    // The network goes away: the browser is offline and the server is shut down.
    await app.close();
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.ok(await controlled(page), "the worker served the page");
    assert.equal(page.url(), link);
    await waitAmount(page, "3465.00");
    assert.deepEqual(await results(page), online, "offline amounts equal the online ones");

    // It still computes as one types: training 3000 + catering 150 at 30 % + advice 2700.
    const cost = page.locator('[name="plans.trainings.0.cost"]');
    await cost.fill("3000");
    await waitAmount(page, "3645.00");
    // A fresh tab on the bare address also opens, offline.
    const second = await context.newPage();
    await second.goto(app.url);
    await waitForApp(second);
    assert.equal(await second.getByTestId("app").count(), 1);
    await screenshot(page, "offline-calculator");
    // The English texts come from the worker's cache: the language switch works offline.
    const dutchHeading = await page.locator("#results-title").innerText();
    await page.getByTestId("lang-en").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await waitAmount(page, "3645.00");
    assert.notEqual(await page.locator("#results-title").innerText(), dutchHeading, "the results speak English offline");
    // The rules' notes, fetched only when the rules page first opens, come from the cache too.
    await page.getByTestId("tab-rules").click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="rule-kmo.rate.small"] td')?.textContent.trim().length > 10,
    );
    await page.getByTestId("tab-calculator").click();

    // The worker kept no company data: its cache holds only the build's files.
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
      }
      return urls;
    });
    assert.ok(cached.length >= 4, `precached: ${cached}`);
    assert.ok(cached.every((u) => u.startsWith(app.origin) && !u.includes("#") && !u.includes("?")));
    assert.ok(cached.some((u) => u.endsWith(".wasm")) && cached.some((u) => u.endsWith("/index.html")));
    assert.ok(!cached.some((u) => /\.(gz|br)$/.test(u)), "no precompressed copies");
    for (const file of ["en.ftl", "en.web.ftl", "en.notes.ftl", "nl.notes.ftl", "fr.ftl", "fr.web.ftl"]) {
      assert.ok(cached.some((u) => u.endsWith(`/texts/${file}`)), `texts/${file} is precached`);
    }
  } finally {
    await context.close();
    await app.close().catch(() => {});
  }
  assert.deepEqual(outside, [], "requests left the app's origin");
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), [], "errors logged");
});

test("a second build at the same address offers 'Nieuwe versie — herladen' and the rules date", async () => {
  const dir = copyOfDist();
  const app = await serve(dir);
  const { context, page, outside, errors } = await open([app.origin]);
  try {
    await page.goto(app.url);
    await waitForApp(page);
    await workerReady(page);
    await page.reload();
    await waitForApp(page);
    assert.ok(await controlled(page));
    assert.equal(await page.getByTestId("update-notice").count(), 0, "no notice for the same build");

    deploySecondBuild(dir);
    await page.reload();
    await waitForApp(page);
    // The page still runs the first build (from the cache) and offers the second.
    const notice = page.getByTestId("update-notice");
    await notice.waitFor({ timeout: 20000 });
    assert.equal(await page.locator('meta[name="test-build"]').count(), 0);
    assert.equal(await page.getByTestId("update-reload").textContent(), "Nieuwe versie — herladen");
    assert.equal(await page.getByTestId("update-rules-date").textContent(), "Regels van 22/11/2026");
    // The notice follows the app's language.
    await page.getByTestId("lang-fr").click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=update-reload]")?.textContent === "Nouvelle version — recharger",
    );
    assert.equal(await page.getByTestId("update-rules-date").textContent(), "Règles du 22/11/2026");
    await page.getByTestId("lang-nl").click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=update-reload]")?.textContent === "Nieuwe versie — herladen",
    );
    await screenshot(page, "offline-update-notice");

    // The notice is accessible (axe: no serious or critical violation).
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(violations, []);

    // Reloading runs the second build, and the notice is gone.
    await Promise.all([page.waitForEvent("load"), page.getByTestId("update-reload").click()]);
    await waitForApp(page);
    await page.waitForSelector('meta[name="test-build"]', { state: "attached" });
    assert.equal(await page.getByTestId("update-notice").count(), 0);
    await page.waitForFunction(
      async () => {
        const keys = await caches.keys();
        return keys.length === 1 && keys[0].endsWith("-second");
      },
      null,
      { timeout: 10000, polling: 200 },
    );
  } finally {
    await context.close();
    await app.close();
  }
  assert.deepEqual(outside, [], "requests left the app's origin");
  assert.deepEqual(errors, [], "errors logged");
});

test("the rules date follows the visitor's date format", async () => {
  const dir = copyOfDist();
  const app = await serve(dir);
  const { context, page } = await open([app.origin], "en-US");
  try {
    await page.goto(app.url + "?lang=en");
    await waitForApp(page);
    await workerReady(page);
    await page.reload();
    await waitForApp(page);
    deploySecondBuild(dir);
    await page.reload();
    await waitForApp(page);
    await page.getByTestId("update-notice").waitFor({ timeout: 20000 });
    assert.equal(await page.getByTestId("update-rules-date").textContent(), "Rules of 11/22/2026");
    assert.equal(await page.getByTestId("update-reload").textContent(), "New version — reload");
  } finally {
    await context.close();
    await app.close();
  }
});

test("the embed loader's iframe works with the worker", async () => {
  const app = await serve(copyOfDist());
  const advisor = await serve(APP_DIR, {
    prefix: "/none/",
    extra: {
      "/": ["text/html; charset=utf-8", `<!doctype html><html lang="nl"><head><meta charset="utf-8">
        <link rel="icon" href="data:,"><title>Advisor</title></head><body><h1>Advisor</h1>
        <script src="${app.url}embed.js" data-lang="fr" async></script></body></html>`],
    },
  });
  const { context, page, outside, errors } = await open([app.origin, advisor.origin]);
  try {
    const host = advisor.url.replace("/none/", "/");
    await page.goto(host);
    await page.waitForSelector("iframe.steunwijzer-frame[data-ready=true]", { timeout: 30000 });
    const frame = () => page.frames().find((f) => f.url().startsWith(app.origin));
    await frame().evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await page.waitForSelector("iframe.steunwijzer-frame[data-ready=true]", { timeout: 30000 });
    assert.ok(await frame().evaluate(() => navigator.serviceWorker.controller !== null));
    const inside = page.frameLocator("iframe.steunwijzer-frame");
    assert.equal(await inside.locator("[data-testid=app]").getAttribute("lang"), "fr");
    // The height messages still arrive: the frame is taller than its 600 px default.
    await page.waitForFunction(() => document.querySelector("iframe.steunwijzer-frame").offsetHeight > 600);

    // The widget computes, its files served by the worker inside the frame.
    await inside.getByTestId("intent-training").check();
    await inside.locator('[name="plans.trainings.0.cost"]').fill("1000");
    await inside.getByTestId("measure-kmo-portefeuille").waitFor();
  } finally {
    await context.close();
    await app.close();
    await advisor.close();
  }
  assert.deepEqual(outside, [], "requests left the test origins");
  assert.deepEqual(errors, [], "errors logged");
});

test("the 'off' build removes an installed worker and its cache; the app then runs without one", async () => {
  const dir = copyOfDist();
  const app = await serve(dir);
  const { context, page, outside, errors } = await open([app.origin]);
  try {
    await page.goto(app.url);
    await waitForApp(page);
    await workerReady(page);
    await page.reload();
    await waitForApp(page);
    assert.ok(await controlled(page));

    execFileSync("python3", [path.join(ROOT, "scripts/write-sw.py"), dir, "off"]);
    // The next visit checks sw.js, gets the switched-off worker, which clears and leaves.
    await page.reload();
    assert.ok(await eventually(page, async () =>
      (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0,
    ), "the worker and its caches are gone");
    await page.reload();
    await waitForApp(page);
    assert.equal(await controlled(page), false);
    await page.getByTestId("upload").setInputFiles(FIXTURE);
    await waitAmount(page, "3465.00");
  } finally {
    await context.close();
    await app.close();
  }
  assert.deepEqual(outside, [], "requests left the app's origin");
  assert.deepEqual(errors, [], "errors logged");
});
