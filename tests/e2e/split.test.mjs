// The app's wasm comes in two parts (scripts/split-wasm.mjs): the first module, with the
// code a first visit runs, and a deferred module fetched once the app is ready. These
// tests check that the first screen needs only the first module, that the deferred part
// follows in the background, and that using a deferred part early still works.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { waitForApp, appUnderTest, finish, fillSmallBv, APP_DIR } from "./harness.mjs";

const app = appUnderTest();
const split = fs.readdirSync(APP_DIR).some((f) => f.endsWith("_deferred.wasm"));
const skip = split ? false : "this build's wasm is not split (STEUNWIJZER_SPLIT=off, or a development build)";

const deferredState = (page) => page.evaluate(() => ({ ...window.steunwijzerDeferred, instance: undefined }));

/**
 * Opens the app on a phone-sized page whose background request for the deferred module is
 * held back until `release()`; any later request for it (a load at once) goes through.
 * `released` resolves when the held request has been answered.
 */
async function openWithDeferredHeld() {
  const opened = await app.open({ width: 390, height: 844 });
  let release;
  const held = new Promise((r) => (release = r));
  let first = true;
  await opened.page.route(/_deferred\.wasm$/, async (route) => {
    if (!first) return route.continue();
    first = false;
    await held;
    return route.continue().catch(() => {});
  });
  await opened.page.goto(app.server.url);
  await waitForApp(opened.page);
  const released = async () => {
    const answered = opened.page.waitForEvent("requestfinished", (r) => r.url().endsWith("_deferred.wasm"));
    release();
    await answered;
    // The loader's promise settles in the tasks after the response.
    await opened.page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  };
  return { ...opened, released };
}

/** After the held background copy lands, the module loaded at once is still the one in use. */
async function lateCopyChangesNothing(opened) {
  await opened.page.evaluate(() => (window.__loadedAtOnce = window.steunwijzerDeferred.instance));
  await opened.released();
  const kept = await opened.page.evaluate(() => window.steunwijzerDeferred.instance === window.__loadedAtOnce);
  assert.ok(kept, "the late background copy is not instantiated again");
}

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
  // Journey 1 typed with Belgian number forms while the deferred module is held back; a
  // function of it that the typing needs is then loaded at once (at most once).
  const opened = await openWithDeferredHeld();
  const { page } = opened;
  await fillSmallBv(page, { number: (n) => n.toLocaleString("nl-BE") });
  await page.waitForFunction(
    () => document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]')?.dataset.amount === "3465.00",
    null,
    { timeout: 10000 },
  );
  const state = await deferredState(page);
  assert.ok(state.syncLoads <= 1, `loaded at most once (${state.syncLoads})`);
  if (state.syncLoads === 1) await lateCopyChangesNothing(opened);
  else await opened.released();
  await finish(opened);
});

test("a deferred part used before it has arrived is loaded at once, and works", { skip }, async () => {
  // The rules page is opened before the held background request lands.
  const opened = await openWithDeferredHeld();
  const { page } = opened;
  assert.equal((await deferredState(page)).state, "loading");
  await page.getByTestId("tab-rules").click();
  await page.getByTestId("rules-page").waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="rule-kmo.rate.small"] td')?.textContent.trim().length > 10,
  );
  const state = await deferredState(page);
  assert.equal(state.state, "loaded");
  assert.equal(state.syncLoads, 1, "loaded once, when the rules page needed it");
  await lateCopyChangesNothing(opened);
  assert.equal((await deferredState(page)).syncLoads, 1);
  await finish(opened);
});
