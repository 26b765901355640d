// The app's wasm comes in two parts (scripts/split-wasm.mjs): the first module, with the
// questions, and a deferred module with the engine and the views of its report, fetched
// while the first screen is drawn. These tests check that the first screen needs only the
// first module, that a visitor can answer before the engine's code is in (the result
// follows when it arrives), that a link waits for it and opens with its result, and that
// a failed download says so and can be tried again, with nothing typed lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { waitForApp, appUnderTest, finish, fillSmallBv, field, fragmentOf, waitAmount, currentLink, APP_DIR, ROOT } from "./harness.mjs";

const app = appUnderTest();
const split = fs.readdirSync(APP_DIR).some((f) => f.endsWith("_deferred.wasm"));
const skip = split ? false : "this build's wasm is not split (STEUNWIJZER_SPLIT=off, or a development build)";
const JOURNEY_1 = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/e2e/fixtures/small-bv-ai-cyber.json"), "utf8"));
const KMO = "measure-kmo-portefeuille";

const deferredState = (page) => page.evaluate(() => ({ ...window.steunwijzerDeferred, load: undefined }));
const kmoAmount = (page) =>
  page.evaluate(() => document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]')?.dataset.amount ?? null);

/**
 * Opens the app (at `url`, by default the calculator) on a phone-sized page whose first
 * request for the deferred module is held back until `release()`; any later request goes
 * through. `fail: true` makes that first request fail instead. `wait: false` does not wait
 * for the app (a link waits for the engine's code before its first screen).
 */
async function openWithDeferredHeld({ url = app.server.url, fail = false, wait = true } = {}) {
  const opened = await app.open({ width: 390, height: 844 });
  let release;
  const held = new Promise((r) => (release = r));
  let first = true;
  await opened.page.route(/_deferred\.wasm$/, async (route) => {
    if (!first) return route.continue();
    first = false;
    if (fail) return route.abort("internetdisconnected");
    await held;
    return route.continue().catch(() => {});
  });
  await opened.page.goto(url);
  if (wait) await waitForApp(opened.page);
  const released = async () => {
    release();
    await opened.page.waitForFunction(() => window.steunwijzerDeferred.state === "loaded");
  };
  return { ...opened, released };
}

test("the first visit shows the questions from the first module, then its result once the deferred part is in", { skip }, async () => {
  const opened = await app.open({ width: 390, height: 844 });
  const { page } = opened;
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url().replace(/.*\//, "")));
  await page.goto(app.server.url);
  await waitForApp(page);
  await page.waitForFunction(() => window.steunwijzerDeferred?.state === "loaded");
  await page.getByTestId(KMO).waitFor();
  assert.equal(wasm.length, 2, `two wasm requests: ${wasm}`);
  assert.match(wasm[0], /_bg\.wasm$/, "the first module first");
  assert.match(wasm[1], /_deferred\.wasm$/, "then the deferred part");
  assert.equal((await deferredState(page)).syncLoads, 0, "nothing waited for it");
  assert.equal(await page.getByTestId("engine-loading").count(), 0, "the waiting line is gone");
  await finish(opened);
});

test("a visitor who answers before the engine's code has arrived gets the result when it does", { skip }, async () => {
  // Journey 1 typed with Belgian number forms while the deferred module is held back.
  const opened = await openWithDeferredHeld();
  const { page } = opened;
  await fillSmallBv(page, { number: (n) => n.toLocaleString("nl-BE") });
  const waiting = page.getByTestId("engine-loading");
  assert.equal(await waiting.getAttribute("role"), "status");
  assert.match(await waiting.innerText(), /Je resultaat wordt berekend/);
  assert.equal(await kmoAmount(page), null, "no result before the engine's code is in");
  assert.equal((await deferredState(page)).syncLoads, 0, "typing needed nothing from the deferred part");
  await opened.released();
  await waitAmount(page, "total-grants", "3465.00");
  assert.equal(await kmoAmount(page), "3465.00");
  assert.equal(await field(page, "company.turnover").inputValue(), "1.500.000", "what was typed stays");
  assert.equal((await deferredState(page)).syncLoads, 0);
  await finish(opened);
});

test("the rules page opened before the engine's code has arrived shows once it is in", { skip }, async () => {
  const opened = await openWithDeferredHeld();
  const { page } = opened;
  assert.equal((await deferredState(page)).state, "loading");
  await page.getByTestId("tab-rules").click();
  await page.locator("main [data-testid='engine-loading']").waitFor();
  await opened.released();
  await page.getByTestId("rules-page").waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="rule-kmo.rate.small"] td')?.textContent.trim().length > 10,
  );
  assert.equal((await deferredState(page)).syncLoads, 0, "nothing was loaded at once");
  await finish(opened);
});

test("a link waits for the engine's code and opens with its result", { skip }, async () => {
  const opened = await openWithDeferredHeld({ url: app.server.url + fragmentOf(JOURNEY_1), wait: false });
  const { page } = opened;
  await page.waitForFunction(() => window.steunwijzerDeferred?.state === "loading");
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal(await page.locator("html[data-ready='true']").count(), 0, "no first screen without the engine");
  assert.ok(await page.getByTestId("static-intro").isVisible(), "the page's own text stays meanwhile");
  await opened.released();
  await waitForApp(page);
  assert.equal(await kmoAmount(page), "3465.00", "the first screen has the link's result");
  assert.equal((await deferredState(page)).syncLoads, 0);
  await finish(opened);
});

test("when the engine's code cannot be fetched, the visitor is told and can try again without losing answers", { skip }, async () => {
  const opened = await openWithDeferredHeld({ fail: true });
  const { page } = opened;
  const failed = page.getByTestId("engine-failed");
  await failed.waitFor();
  assert.equal(await failed.getAttribute("role"), "alert");
  assert.match(await failed.innerText(), /internetverbinding/);
  await fillSmallBv(page, { number: (n) => n.toLocaleString("nl-BE") });
  // The address holds the answers meanwhile: a reload or a copied link keeps them.
  const link = await currentLink(page);
  const scenario = JSON.parse(Buffer.from(new URL(link).hash.match(/[#&]s=([^&]*)/)[1], "base64url").toString());
  assert.equal(scenario.company.turnover, "1500000");
  assert.equal(scenario.plans.advice[0].cost, "6000");
  await page.getByTestId("engine-retry").click();
  await waitAmount(page, "total-grants", "3465.00");
  assert.equal(await kmoAmount(page), "3465.00");
  assert.equal(await field(page, "plans.advice.0.cost").inputValue(), "6.000", "what was typed stays");
  assert.equal((await deferredState(page)).syncLoads, 0);
  // The aborted request is the one error the browser logged.
  opened.errors.splice(0, opened.errors.length, ...opened.errors.filter((e) => !/Failed to load resource/.test(e)));
  await finish(opened);
});

test("an advisor's widget shows its questions with nothing loaded at once", { skip }, async () => {
  // The page the embed loader puts in its iframe, in French, with two measures.
  const opened = await app.open({ width: 390, height: 844 });
  const { page } = opened;
  await page.goto(`${app.server.url}?embed=1&lang=fr&compact=1&measures=kmo-portefeuille,cybersecurity-verbetertraject`);
  await waitForApp(page);
  await page.waitForFunction(() => window.steunwijzerDeferred?.state === "loaded");
  await page.getByTestId(KMO).waitFor();
  assert.equal(await page.locator("[data-testid^=measure-]").count(), 2);
  assert.equal((await deferredState(page)).syncLoads, 0, "nothing waited for the deferred part");
  await finish(opened);
});
