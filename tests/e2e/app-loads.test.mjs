// The built app loads in headless Chromium, shows its title, and requests nothing
// outside its own origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { waitForApp, screenshot, DIST, appUnderTest } from "./harness.mjs";

const app = appUnderTest(DIST);

test("the app loads, shows its title and stays on its own origin", async () => {
  const { page, outside, errors, context } = await app.open();
  await page.goto(app.server.url);
  await waitForApp(page);
  assert.match(await page.title(), /Steunwijzer/);
  assert.match(await page.locator("h1").first().innerText(), /Steunwijzer/);
  await screenshot(page, "app-loads-desktop");
  assert.deepEqual(outside, [], "requests left the app's origin");
  assert.deepEqual(errors, [], "the page logged errors");
  await context.close();
});

test("the plain JavaScript API is served as ./api/ and evaluates in the browser", async () => {
  const { page, outside, errors, context } = await app.open();
  await page.goto(app.server.url + "integrate.html");
  const result = await page.evaluate(async (base) => {
    const api = await import(base + "api/steunwijzer_wasm.js");
    await api.default();
    const report = api.evaluate(
      JSON.stringify({
        version: 1,
        date: "2026-11-22",
        company: {
          legal_form: "bv", region: "flanders", main_activity_acceptable: true,
          staff_awu: "12", turnover: "1500000", balance_sheet_total: "800000",
          public_ownership_pct: "0", holdings: [], de_minimis_received: [],
          kmo_portefeuille_received_this_year: "0",
        },
        plans: { trainings: [{ theme: "digitalisering", cost: "2400", participants: 3, days: 2 }] },
      }),
      { lang: "nl" },
    );
    let error = null;
    try {
      api.evaluate({ version: 1, company: { turnover: "-5" } });
    } catch (e) {
      error = e.path;
    }
    return { kmo: report.measures.find((m) => m.id === "kmo-portefeuille"), error };
  }, app.server.url);
  assert.equal(result.kmo.status, "eligible");
  assert.equal(result.kmo.amount, "720.00"); // 2,400 × 30 %
  assert.equal(result.error, "company.turnover");
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
