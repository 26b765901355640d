// The app's wasm comes in two parts (scripts/split-wasm.mjs): the first module, with the
// code a first visit runs, and a deferred module fetched once the app is ready. These
// tests check that the first screen needs only the first module, that the deferred part
// follows in the background, and that using a deferred part early still works.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { waitForApp, typeInto, field, appUnderTest, finish, APP_DIR } from "./harness.mjs";

const app = appUnderTest();
const split = fs.readdirSync(APP_DIR).some((f) => f.endsWith("_deferred.wasm"));
const skip = split ? false : "this build's wasm is not split (STEUNWIJZER_SPLIT=off, or a development build)";

const deferredState = (page) => page.evaluate(() => ({ ...window.steunwijzerDeferred, instance: undefined }));

test("the first visit shows the app from the first module, then fetches the deferred part once", { skip }, async () => {
  const opened = await app.open({ width: 390, height: 844 });
  const { page } = opened;
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url().replace(/.*\//, "")));
  await page.goto(app.server.url);
  await waitForApp(page);
  await page.waitForFunction(() => window.steunwijzerDeferred?.state === "loaded");
  assert.equal(wasm.length, 2, `two wasm requests: ${wasm}`);
  assert.match(wasm[0], /_bg\.wasm$/, "the first module first");
  assert.match(wasm[1], /_deferred\.wasm$/, "then the deferred part");
  assert.equal((await deferredState(page)).syncLoads, 0, "nothing waited for it");
  await finish(opened);
});

test("a visitor who types before the deferred part has arrived gets the same result", { skip }, async () => {
  const opened = await app.open({ width: 390, height: 844 });
  const { page } = opened;
  // The background request is held back until the form is filled in; a function of the
  // deferred part that the typing needs is then loaded at once (at most once).
  let release;
  const held = new Promise((r) => (release = r));
  let first = true;
  await page.route(/_deferred\.wasm$/, async (route) => {
    if (!first) return route.continue();
    first = false;
    await held;
    return route.continue().catch(() => {});
  });
  await page.goto(app.server.url);
  await waitForApp(page);
  // Journey 1 of journeys.test.mjs, typed with Belgian number formats.
  const choose = (name, value) => field(page, name).selectOption(value);
  await choose("company.legal_form", "bv");
  await choose("company.region", "flanders");
  await field(page, "date").fill("2026-11-22");
  await typeInto(page, "company.staff_awu", "12");
  await typeInto(page, "company.turnover", "1.500.000");
  await typeInto(page, "company.balance_sheet_total", "800.000");
  await typeInto(page, "company.public_ownership_pct", "0");
  await choose("ui.has_holdings", "false");
  await choose("company.main_activity_acceptable", "true");
  await choose("ui.has_de_minimis", "false");
  await typeInto(page, "company.kmo_portefeuille_received_this_year", "0");
  await page.getByTestId("intent-training").check();
  await typeInto(page, "plans.trainings.0.label", "AI-opleiding");
  await choose("plans.trainings.0.theme", "digitalisering");
  await typeInto(page, "plans.trainings.0.cost", "2.400");
  await typeInto(page, "plans.trainings.0.participants", "3");
  await typeInto(page, "plans.trainings.0.days", "2");
  await typeInto(page, "plans.trainings.0.catering", "180");
  await page.getByTestId("intent-advice").check();
  await typeInto(page, "plans.advice.0.label", "Cyberaudit");
  await choose("plans.advice.0.theme", "digitalisering_cybersecurity");
  await typeInto(page, "plans.advice.0.cost", "6.000");
  await page.waitForFunction(
    () => document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]')?.dataset.amount === "3465.00",
    null,
    { timeout: 10000 },
  );
  const state = await deferredState(page);
  assert.ok(state.syncLoads <= 1, `loaded at most once (${state.syncLoads})`);
  release();
  await page.waitForFunction(() => window.steunwijzerDeferred.state === "loaded");
  assert.equal((await deferredState(page)).syncLoads, state.syncLoads, "the background copy changes nothing");
  await finish(opened);
});

test("a deferred part used before it has arrived is loaded at once, and works", { skip }, async () => {
  const opened = await app.open({ width: 390, height: 844 });
  const { page } = opened;
  // Hold the background request back, so the rules page is opened before it lands.
  let release;
  const held = new Promise((r) => (release = r));
  let first = true;
  await page.route(/_deferred\.wasm$/, async (route) => {
    if (!first) return route.continue();
    first = false;
    await held;
    return route.continue().catch(() => {});
  });
  await page.goto(app.server.url);
  await waitForApp(page);
  assert.equal((await deferredState(page)).state, "loading");
  await page.getByTestId("tab-rules").click();
  await page.getByTestId("rules-page").waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="rule-kmo.rate.small"] td')?.textContent.trim().length > 10,
  );
  const state = await deferredState(page);
  assert.equal(state.state, "loaded");
  assert.equal(state.syncLoads, 1, "loaded once, when the rules page needed it");
  release();
  await page.waitForTimeout(200);
  assert.equal((await deferredState(page)).syncLoads, 1, "the late background copy changes nothing");
  await finish(opened);
});
