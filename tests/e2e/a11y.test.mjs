// Accessibility with axe-core: the filled calculator, the rules page, the print view and
// the advisor page with a client list, at desktop width and at 360 px, have no violation
// of impact serious or critical.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { waitForApp, screenshot, ROOT, appUnderTest } from "./harness.mjs";

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");
const FIXTURE = path.join(ROOT, "tests/e2e/fixtures/small-bv-ai-cyber.json");

const app = appUnderTest();

/** Runs axe on the page; returns the serious and critical violations, readable. */
async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  const { checked, violations } = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    const checked = result.passes.length + result.violations.length;
    return { checked, violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    })) };
  });
  assert.ok(checked > 10, "axe ran its rules");
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Opens the calculator with the journey-1 scenario uploaded and every disclosure open. */
async function filledCalculator(width) {
  const opened = await app.open({ width, height: 900 });
  const { page } = opened;
  await page.goto(app.server.url);
  await waitForApp(page);
  await page.getByTestId("upload").setInputFiles(FIXTURE);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]')
        ?.dataset.amount === "3465.00",
  );
  // Open "more questions" and every "why?" so that axe sees their content too.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  // An invalid value shows an inline error, which must be accessible as well.
  const turnover = page.locator('[name="company.previous_year.turnover"]');
  await turnover.fill("12a");
  await page.getByTestId("error-company.previous_year.turnover").waitFor();
  return opened;
}

for (const [label, width] of [
  ["desktop", 1280],
  ["phone", 360],
]) {
  test(`9. axe: calculator, rules page and print view at ${label} width have no serious violation`, async () => {
    const opened = await filledCalculator(width);
    const { page, outside, errors, context } = opened;
    const found = {};
    found.calculator = await seriousViolations(page);
    await page.getByTestId("tab-rules").click();
    await page.getByTestId("rules-page").waitFor();
    found.rules = await seriousViolations(page);
    await page.getByTestId("tab-print").click();
    await page.getByTestId("print-view").waitFor();
    found.print = await seriousViolations(page);
    if (label === "phone") await screenshot(page, "a11y-print-phone");
    await context.close();
    for (const [where, list] of Object.entries(found)) {
      assert.deepEqual(list, [], `${where} at ${label}: ${JSON.stringify(list, null, 1)}`);
    }
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });
}

// The advisor page with a client list loaded (evaluated rows, a bad row, a warning),
// sorted once, at both widths.
for (const [label, width] of [
  ["desktop", 1280],
  ["phone", 360],
]) {
  test(`9b. axe: advisor page with a client list at ${label} width has no serious violation`, async () => {
    const opened = await app.open({ width, height: 900 });
    const { page, outside, errors, context } = opened;
    await page.goto(`${app.server.url}advisor.html`);
    await page.waitForSelector("html[data-ready='true']");
    const found = { empty: await seriousViolations(page) };
    const list =
      "klant;rechtsvorm;omzet;advies_thema;advies_kosten;kleur\n" +
      "Alfa;bv;1.800.000;digitalisering;6.000;blauw\nBeta;plc;veel;;;\n";
    await page.getByTestId("file").setInputFiles({ name: "klanten.csv", mimeType: "text/csv", buffer: Buffer.from(list) });
    await page.waitForSelector("#table tbody tr.refused");
    await page.getByTestId("sort-client").click();
    found.table = await seriousViolations(page);
    await page.locator("[data-lang=fr]").click();
    await page.waitForFunction(() => document.querySelector("#table tbody tr.refused li")?.textContent.includes("n'est pas"));
    found.french = await seriousViolations(page);
    if (label === "phone") await screenshot(page, "a11y-advisor-phone");
    await context.close();
    for (const [where, list] of Object.entries(found)) {
      assert.deepEqual(list, [], `advisor ${where} at ${label}: ${JSON.stringify(list, null, 1)}`);
    }
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });
}

// "Wat kan wanneer" (issue 12): a scenario with a timeline, in the results and the print.
const TIMELINE = path.join(ROOT, "tests/scenarios/timeline-cyber-new-trajectory-from-2027-03-01.json");
for (const [label, width] of [
  ["desktop", 1280],
  ["phone", 390],
]) {
  test(`9c. axe: the calculator and print view with "Wat kan wanneer" at ${label} width have no serious violation`, async () => {
    const scenario = JSON.parse(fs.readFileSync(TIMELINE, "utf8"));
    scenario.plans.trainings = [
      { label: "Snelle cursus", theme: "digitalisering", cost: "2400", participants: 3, days: 2, starts_on: "2026-12-01" },
    ];
    const hash = `#s=${Buffer.from(JSON.stringify(scenario)).toString("base64url")}&lang=nl`;
    const { page, outside, errors, context } = await app.open({ width, height: 900 });
    await page.goto(app.server.url + hash);
    await waitForApp(page);
    await page.locator('.results [data-testid="timeline-event"]').first().waitFor();
    const found = { calculator: await seriousViolations(page) };
    await page.getByTestId("tab-print").click();
    await page.locator('[data-testid="print-view"] [data-testid="timeline"]').waitFor();
    found.print = await seriousViolations(page);
    await context.close();
    for (const [where, list] of Object.entries(found)) {
      assert.deepEqual(list, [], `${where} at ${label}: ${JSON.stringify(list, null, 1)}`);
    }
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });
}
