// "Wat kan wanneer" (issue 12): the report's dated events in the results and in the print,
// each date in the visitor's format. A last cyber trajectory on 2023-03-01, evaluated on
// 2026-11-28, opens a new one on 01/03/2027 (nl, fr) / 1 Mar 2027 (en); a training with a
// start date typed with the keyboard shows its last day to apply (start + 14 days). The
// events are the CLI's for the same scenario, in the same order; no events, no section.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { screenshot, ROOT, appUnderTest, finish, field, fragmentOf, cliReportOf } from "./harness.mjs";

const CYBER = path.join(ROOT, "tests/scenarios/timeline-cyber-new-trajectory-from-2027-03-01.json");

const app = appUnderTest();

const cyberScenario = () => JSON.parse(fs.readFileSync(CYBER, "utf8"));
/** The cyber scenario with one training (no start date yet): a kmo plan item that fits. */
function withTraining() {
  const s = cyberScenario();
  s.plans.trainings = [
    { label: "Snelle cursus", theme: "digitalisering", cost: "2400", participants: 3, days: 2 },
  ];
  return s;
}

const start = (hash, width = 1280) => app.start(app.server.url + hash, { width, height: 900 });
/** The events of a timeline section as { date, kind, text }. */
async function events(section) {
  return section.locator('[data-testid="timeline-event"]').evaluateAll((items) =>
    items.map((li) => ({
      date: li.dataset.date,
      kind: li.dataset.kind,
      amount: li.dataset.amount ?? null,
      shown: li.querySelector("time").textContent.trim(),
      text: li.textContent.replace(/\s+/g, " ").trim(),
    })),
  );
}

const CASES = [
  { lang: "nl", title: "Wat kan wanneer", date: "01/03/2027", words: /nieuw gesubsidieerd cybersecurity-verbetertraject/ },
  { lang: "en", title: "What opens when", date: "1 Mar 2027", words: /new subsidised cybersecurity/ },
  { lang: "fr", title: "Quoi et quand", date: "01/03/2027", words: /cybersécurité|cybersecurity/ },
];

for (const { lang, title, date, words } of CASES) {
  test(`${lang}: the last cyber trajectory of 2023-03-01 opens a new one on ${date}`, async () => {
    const opened = await start(fragmentOf(cyberScenario(), lang));
    const { page } = opened;
    const section = page.locator('.results [data-testid="timeline"]');
    await section.waitFor();
    assert.equal((await section.locator("h3").innerText()).trim(), title);
    // An ordered list, one item per event.
    assert.equal(await section.locator("ol > li").count(), await section.locator('[data-testid="timeline-event"]').count());
    const shown = await events(section);
    const cyber = shown.find((e) => e.kind === "cyber_new_trajectory");
    assert.ok(cyber, `a cyber event in ${JSON.stringify(shown)}`);
    assert.equal(cyber.date, "2027-03-01");
    assert.equal(cyber.shown, date);
    assert.match(cyber.text, words);
    assert.doesNotMatch(cyber.text, /cyber_new_trajectory|timeline\./, "no internal codes");
    await finish(opened);
  });
}

test("nl: a training's start date, typed with the keyboard, gives its last day to apply; the print has the section", async () => {
  const scenario = withTraining();
  const opened = await start(fragmentOf(scenario, "nl"));
  const { page } = opened;
  const startsOn = page.locator('[name="plans.trainings.0.starts_on"]');
  await startsOn.waitFor();
  // The field says why it matters, and is reached with Tab from the field before it.
  const help = await startsOn.getAttribute("aria-describedby");
  assert.ok(help, "the start date has a help text");
  assert.match(await page.locator(`#${help.split(" ")[0]}`).innerText(), /binnen 14 dagen na de start/);
  await page.locator('[name="plans.trainings.0.teacher_travel"]').focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "plans.trainings.0.starts_on");
  // Chromium's date field takes the digits of its segments in the browser's order.
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat().formatToParts(new Date(2026, 11, 1)).filter((p) => p.type !== "literal").map((p) => p.type),
  );
  const parts = { day: "01", month: "12", year: "2026" };
  for (const part of order) await page.keyboard.type(parts[part]);
  const section = page.locator('.results [data-testid="timeline"]');
  await page.waitForSelector('.results [data-testid="timeline-event"][data-kind="kmo_apply_by"]', { timeout: 10000 });
  const shown = await events(section);
  const apply = shown.find((e) => e.kind === "kmo_apply_by");
  assert.equal(apply.date, "2026-12-15");
  assert.equal(apply.shown, "15/12/2026");
  assert.match(apply.text, /Laatste dag om kmo-portefeuille aan te vragen voor “Snelle cursus”/);
  assert.match(apply.text, /Kmo-portefeuille/i);

  // The events are the engine's, in its order: the CLI on the same scenario agrees.
  scenario.plans.trainings[0].starts_on = "2026-12-01";
  const cli = cliReportOf(scenario);
  assert.deepEqual(
    shown.map((e) => [e.date, e.kind, e.amount]),
    cli.timeline.map((e) => [e.date, e.kind, e.amount ?? null]),
  );
  const dates = shown.map((e) => e.date);
  assert.deepEqual([...dates].sort(), dates, "in date order");

  await page.setViewportSize({ width: 390, height: 900 });
  await section.scrollIntoViewIfNeeded();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `no sideways scroll at 390 px (${wide})`);
  await section.screenshot({ path: await artifact("timeline-results-390") });

  await page.getByTestId("tab-print").click();
  await page.getByTestId("print-view").waitFor();
  const printed = page.locator('[data-testid="print-view"] [data-testid="timeline"]');
  await printed.waitFor();
  const inPrint = await events(printed);
  assert.deepEqual(inPrint.map((e) => e.shown), shown.map((e) => e.shown));
  assert.ok(inPrint.some((e) => e.shown === "01/03/2027"));
  await page.emulateMedia({ media: "print" });
  assert.ok(await printed.isVisible(), "the section is printed");
  await screenshot(page, "timeline-print-390");
  await finish(opened);
});

test("no events, no section", async () => {
  const scenario = cyberScenario();
  delete scenario.company.last_cyber_trajectory;
  const opened = await start(fragmentOf(scenario, "nl"));
  await opened.page.getByTestId("total-grants").waitFor();
  assert.equal(await opened.page.locator('[data-testid="timeline"]').count(), 0);
  await finish(opened);
});

async function artifact(name) {
  const dir = path.join(ROOT, "tests/e2e/artifacts");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
