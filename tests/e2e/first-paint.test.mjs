// The first paint needs no wasm: index.html carries the product's name, what it does, the
// measures it covers and the privacy promise, styled by the app's CSS. The app replaces
// that text when it mounts, without a layout jump.
import { test } from "node:test";
import assert from "node:assert/strict";
import { waitForApp, screenshot, DIST, appUnderTest } from "./harness.mjs";

const app = appUnderTest(DIST);

test("with the wasm blocked the static first paint still says what Steunwijzer is", async () => {
  const { page, outside, context } = await app.open({ width: 390, height: 844 });
  let blocked = 0;
  await page.route(/\.wasm$/, (route) => {
    blocked += 1;
    return route.abort();
  });
  await page.goto(app.server.url);
  const intro = page.locator('[data-testid="static-intro"]');
  await intro.waitFor({ state: "visible" });
  const text = await intro.innerText();
  assert.match(text, /Steunwijzer/);
  assert.match(text, /Kmo-portefeuille/);
  assert.match(text, /Cybersecurity-verbetertraject/);
  assert.match(text, /Investeringsaftrek/);
  assert.match(text, /Je gegevens blijven op je eigen toestel/);
  assert.ok(blocked >= 1, "the wasm request was made and blocked");
  assert.equal(await page.locator("html[data-ready='true']").count(), 0, "no app without its wasm");
  // Styled by the app's own stylesheet: the title in the accent colour, the card on white.
  const title = await page.locator(".static-intro .title").evaluate((el) => getComputedStyle(el).color);
  assert.equal(title, "rgb(11, 92, 173)");
  await screenshot(page, "first-paint-without-wasm");
  assert.deepEqual(outside, []);
  await context.close();
});

test("the app replaces the static first paint without a layout jump", async () => {
  const { page, errors, context } = await app.open({ width: 390, height: 844 });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(app.server.url);
  await waitForApp(page);
  assert.equal(await page.locator('[data-testid="static-intro"]').count(), 0, "static text removed");
  assert.equal(await page.locator("h1").count(), 1, "one page title");
  assert.equal(await page.locator("main").count(), 1, "one main landmark");
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  assert.ok(cls <= 0.1, `cumulative layout shift ${cls} > 0.1`);
  assert.deepEqual(errors, []);
  await context.close();
});
