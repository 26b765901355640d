// End-to-end journeys through the built app (dist/) in headless Chromium: a person fills
// the calculator, switches language, shares a link, uploads and downloads a scenario,
// opens a broken link, types invalid values, prints, and reads the rules page.
// Every journey also checks that no request leaves the app's origin and that the page
// logged no errors. Amounts are read from data-amount (plain decimals), not from the
// formatted text, so that number formatting may change without breaking these tests.
//
// Expected amounts are computed here from the rules (rules-decisions: kmo-portefeuille)
// and cross-checked against the native CLI on the same scenario.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { waitForApp, screenshot, ROOT, appUnderTest, finish, field, typeInto, fragmentOf, cliReport, currentLink, fillSmallBv as fillJourneyOne } from "./harness.mjs";

const FIXTURES = path.join(ROOT, "tests/e2e/fixtures");
const SCENARIO_FILE = path.join(FIXTURES, "small-bv-ai-cyber.json");

const app = appUnderTest();

// ---------- expected values, computed from the rules ----------

/** Kmo-portefeuille for the small BV of journey 1 (rules-decisions, kmo-portefeuille). */
function expectedKmo() {
  const training = { cost: 2400, participants: 3, days: 2, catering: 180 };
  // Catering counts up to €25 per participant per day.
  const cateringCap = 25 * training.participants * training.days; // 150
  const trainingEligible = training.cost + Math.min(training.catering, cateringCap); // 2550
  const trainingAid = round2((trainingEligible * 30) / 100); // small, theme digitalisering: 30 %
  const adviceEligible = 6000; // advice: eligible cost = cost (≥ €500)
  const adviceAid = round2((adviceEligible * 45) / 100); // theme digitalisering_cybersecurity: 45 %
  const total = Math.min(trainingAid + adviceAid, 7500); // yearly ceiling €7,500, none received
  return {
    trainingEligible: trainingEligible.toFixed(2),
    trainingAid: trainingAid.toFixed(2),
    adviceAid: adviceAid.toFixed(2),
    total: total.toFixed(2),
  };
}
function round2(x) {
  return Math.round(x * 100) / 100;
}

// ---------- page helpers ----------

const start = (url, viewport) => app.start(url, viewport);

async function choose(page, name, value) {
  await field(page, name).selectOption(value);
}

async function amountOf(page, measure) {
  return page
    .locator(`[data-testid="measure-${measure}"] [data-testid="amount"]`)
    .getAttribute("data-amount");
}

/** Waits until an element's attribute has a value (the app updates as one types). */
async function waitAttr(page, selector, attr, value) {
  try {
    await page.waitForFunction(
      ([s, a, v]) => document.querySelector(s)?.getAttribute(a) === v,
      [selector, attr, value],
      { timeout: 10000 },
    );
  } catch {
    const actual = await page.locator(selector).first().getAttribute(attr).catch(() => null);
    assert.fail(`${selector} [${attr}] is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  }
}

const kmoAmountSel = '[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]';

/** Journey 1's scenario typed into the form (harness), then its kmo-portefeuille awaited. */
async function fillSmallBv(page) {
  await fillJourneyOne(page);
  await waitAttr(page, kmoAmountSel, "data-amount", expectedKmo().total);
}

/** The field values a journey compares before and after (language, link, upload). */
const KEY_FIELDS = [
  "date",
  "company.legal_form",
  "company.region",
  "company.staff_awu",
  "company.turnover",
  "company.balance_sheet_total",
  "company.main_activity_acceptable",
  "plans.trainings.0.label",
  "plans.trainings.0.theme",
  "plans.trainings.0.cost",
  "plans.trainings.0.participants",
  "plans.trainings.0.days",
  "plans.trainings.0.catering",
  "plans.advice.0.label",
  "plans.advice.0.theme",
  "plans.advice.0.cost",
];
async function fieldValues(page) {
  const out = {};
  for (const name of KEY_FIELDS) {
    out[name] = await field(page, name).inputValue();
  }
  return out;
}
/**
 * Field values with their numbers as plain decimals: the form shows numbers in the
 * language's form ("1.500.000" in nl, "1,500,000" in en, "1 500 000" in fr).
 */
function plainNumbers(fields, lang) {
  const plain = (v) => {
    const digits = lang === "en" ? /^\d{1,3}(,\d{3})+(\.\d+)?$/ : /^\d{1,3}([.\s\u202f\u00a0]\d{3})+(,\d+)?$/;
    if (!digits.test(v)) return lang === "en" ? v : v.replace(/^(\d+),(\d+)$/, "$1.$2");
    return lang === "en" ? v.replaceAll(",", "") : v.replace(/[.\s\u202f\u00a0]/g, "").replace(",", ".");
  };
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, plain(v)]));
}

/** Status and amount of every measure card, plus the totals, from data attributes. */
async function resultSnapshot(page) {
  return page.evaluate(() => {
    const out = {};
    for (const card of document.querySelectorAll('[data-testid^="measure-"]')) {
      // Every card but a programme's carries its amount, also when it shows none (0,00 €).
      out[card.dataset.testid] = `${card.dataset.status} ${card.dataset.amount ?? "-"}`;
    }
    for (const id of ["total-grants", "total-tax"]) {
      out[id] = document.querySelector(`[data-testid="${id}"]`)?.dataset.amount;
    }
    return out;
  });
}

// ---------- journeys ----------

test("1. a small BV fills in an AI training and a cyber audit and gets kmo-portefeuille 3465.00", async () => {
  const expected = expectedKmo();
  assert.equal(expected.trainingEligible, "2550.00");
  assert.equal(expected.trainingAid, "765.00");
  assert.equal(expected.adviceAid, "2700.00");
  assert.equal(expected.total, "3465.00");

  const opened = await start();
  const { page } = opened;
  await fillSmallBv(page);

  const kmo = page.getByTestId("measure-kmo-portefeuille");
  assert.equal(await kmo.getAttribute("data-status"), "eligible");
  assert.equal(await amountOf(page, "kmo-portefeuille"), expected.total);
  assert.equal(await kmo.getByTestId("item-trainings-0").getAttribute("data-status"), "eligible");
  assert.equal(await kmo.getByTestId("item-advice-0").getAttribute("data-status"), "eligible");
  assert.equal(await page.getByTestId("size-eu").getAttribute("data-code"), "small");

  // The reasons are there, each with its source; opening "why?" shows them.
  const why = kmo.locator("details.why").first();
  await why.locator("summary").click();
  const reasons = kmo.getByTestId("reasons").getByTestId("reason");
  // A closed "why?" builds its reasons when it is opened.
  await reasons.first().waitFor({ state: "visible" });
  assert.ok((await reasons.count()) >= 3, "kmo-portefeuille lists its conditions");
  const codes = await reasons.evaluateAll((els) => els.map((e) => e.dataset.code));
  assert.ok(codes.includes("kmo.legal_form"), `conditions: ${codes}`);
  for (const r of await reasons.all()) {
    assert.ok(await r.isVisible(), "a reason is visible");
    const source = r.locator(".source");
    assert.equal(await source.count(), 1, "each reason names its source");
    assert.ok(await source.isVisible());
    assert.ok((await source.getAttribute("data-source")).length > 0);
  }
  const itemReasons = kmo.getByTestId("item-trainings-0").getByTestId("item-reasons").getByTestId("reason");
  await itemReasons.first().waitFor({ state: "visible" });
  assert.ok((await itemReasons.count()) > 0, "the training item explains its amount");

  // Totals are consistent with the cards and with the engine run natively.
  const snap = await resultSnapshot(page);
  assert.equal(snap["total-grants"], expected.total, "kmo-portefeuille is the only grant with an amount");
  const cli = cliReport(SCENARIO_FILE);
  assert.equal(cli.totals.grants, snap["total-grants"]);
  assert.equal(cli.totals.tax_deductions, snap["total-tax"]);
  for (const m of cli.measures) {
    const shown = snap[`measure-${m.id}`];
    const amount = m.kind === "signpost" ? "-" : m.amount;
    assert.equal(shown, `${m.status} ${amount}`, `measure ${m.id}: page vs CLI`);
  }
  const sumOfGrants = cli.measures
    .filter((m) => m.kind === "grant")
    .reduce((s, m) => s + Number(m.amount), 0);
  assert.equal(sumOfGrants.toFixed(2), snap["total-grants"]);

  // The scenario the page holds, downloaded, gives the same report in the CLI.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sw-e2e-")), "ui.json");
  await download.saveAs(tmp);
  const fromUi = cliReport(tmp);
  assert.deepEqual(
    fromUi.measures.map((m) => [m.id, m.status, m.amount]),
    cli.measures.map((m) => [m.id, m.status, m.amount]),
  );

  await screenshot(page, "journey1-calculator-desktop");
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "journey1-calculator-phone");
  await finish(opened);
});

test("1b. the Dutch display shows amounts in the Dutch form", async () => {
  const opened = await start();
  const { page } = opened;
  await fillSmallBv(page);
  const shown = await page.locator(kmoAmountSel).innerText();
  // Dutch uses a decimal comma; the thousands separator and € position may vary.
  assert.match(shown, /3[.\u00a0\u202f ]?465,00/);
  // The item lines sit in a closed "why?" block: read their text content.
  const trainingText = await page.getByTestId("item-trainings-0").textContent();
  assert.match(trainingText, /765,00/);
  await finish(opened);
});

test("2. switching nl → en → fr → nl keeps the scenario and changes the texts and html lang", async () => {
  const opened = await start();
  const { page } = opened;
  await fillSmallBv(page);
  const values = await fieldValues(page);
  const results = await resultSnapshot(page);
  const seen = {};
  for (const lang of ["nl", "en", "fr"]) {
    if (lang !== "nl") await page.getByTestId(`lang-${lang}`).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await page.getByTestId(`lang-${lang}`).getAttribute("aria-pressed"), "true");
    // The numbers follow the language's form; their values stay the same.
    assert.deepEqual(plainNumbers(await fieldValues(page), lang), plainNumbers(values, "nl"), `field values in ${lang}`);
    assert.deepEqual(await resultSnapshot(page), results, `results in ${lang}`);
    assert.match(await currentLink(page), new RegExp(`[#&]lang=${lang}(&|$)`));
    seen[lang] = {
      heading: await page.locator("#results-title").innerText(),
      label: await page.locator('label[for="f-company-turnover"]').innerText(),
      intents: await page.locator("#intents-title").innerText(),
    };
    await screenshot(page, `journey2-${lang}-desktop`);
  }
  for (const key of ["heading", "label", "intents"]) {
    const texts = new Set(Object.values(seen).map((s) => s[key]));
    assert.equal(texts.size, 3, `${key} differs in each language: ${JSON.stringify(seen)}`);
  }
  // And back to Dutch (compiled in): the first words again, the same scenario.
  await page.getByTestId("lang-nl").click();
  await page.waitForFunction(() => document.documentElement.lang === "nl");
  assert.equal(await page.locator("#results-title").innerText(), seen.nl.heading);
  assert.equal(await page.locator("#intents-title").innerText(), seen.nl.intents);
  assert.deepEqual(await resultSnapshot(page), results, "results back in nl");
  // The language menu names every language in its own words, loaded or not.
  assert.deepEqual(
    await page.locator("[data-testid^=lang-] abbr").evaluateAll((els) => els.map((e) => e.title)),
    ["Nederlands", "English", "Français"],
  );
  await finish(opened);
});

test("2b. a link in English opened cold is English as soon as the app shows; its files fetched once", async () => {
  const first = await start();
  await fillSmallBv(first.page);
  await first.page.getByTestId("lang-en").click();
  await first.page.waitForFunction(() => document.documentElement.lang === "en");
  const link = await currentLink(first.page);
  const english = {
    heading: await first.page.locator("#results-title").innerText(),
    intents: await first.page.locator("#intents-title").innerText(),
    status: await first.page.locator('[data-testid="measure-kmo-portefeuille"]').innerText(),
  };
  await finish(first);

  const second = await app.open();
  const texts = [];
  second.page.on("request", (r) => {
    if (r.url().includes("/texts/")) texts.push(new URL(r.url()).pathname.replace(/.*\/texts\//, ""));
  });
  await second.page.goto(link);
  await waitForApp(second.page);
  // English as soon as the app is there: the app's words and the engine's.
  assert.equal(await second.page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await second.page.locator("#results-title").innerText(), english.heading);
  assert.equal(await second.page.locator("#intents-title").innerText(), english.intents);
  await waitAttr(second.page, kmoAmountSel, "data-amount", "3465.00");
  assert.equal(await second.page.locator('[data-testid="measure-kmo-portefeuille"]').innerText(), english.status);
  assert.deepEqual(
    texts.sort(),
    ["en.context.ftl", "en.errors.ftl", "en.ftl", "en.rules.ftl", "en.web.ftl"],
    "the English files, each fetched once, and no French",
  );
  await finish(second);
});

test("2c. when a language's texts cannot be fetched, the app stays in Dutch and whole", async () => {
  const opened = await app.open();
  const { page } = opened;
  const failed = [];
  await page.route("**/texts/en.*", (route) => route.abort());
  page.on("requestfailed", (r) => failed.push(new URL(r.url()).pathname.replace(/.*\/texts\//, "")));
  // A link in English: its files do not come, so the app starts in Dutch.
  await page.goto(app.server.url + "#lang=en");
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
  assert.equal(await page.getByTestId("lang-nl").getAttribute("aria-pressed"), "true");
  const dutch = await page.locator("#intents-title").innerText();
  // The menu's English: asked for, refused again, and the page stays Dutch.
  const refused = page.waitForEvent("requestfailed");
  await page.getByTestId("lang-en").click();
  await refused;
  await currentLink(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
  assert.equal(await page.locator("#intents-title").innerText(), dutch);
  assert.ok(failed.includes("en.web.ftl"), `failed: ${failed}`);
  await fillSmallBv(page);
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
  await opened.context.close();
  assert.deepEqual(opened.outside, []);
  // Only the refused files were reported, no error of the app's own.
  assert.deepEqual(
    opened.errors.filter((e) => !e.includes("Failed to load resource")),
    [],
  );
});

test("3. a shared link opens the same scenario in a fresh browser", async () => {
  const first = await start();
  await fillSmallBv(first.page);
  const values = await fieldValues(first.page);
  const results = await resultSnapshot(first.page);
  const link = await currentLink(first.page);
  assert.match(link, /#s=[A-Za-z0-9_-]+/);
  await finish(first);

  const second = await start(link);
  await waitAttr(second.page, kmoAmountSel, "data-amount", "3465.00");
  // The link shows the numbers in the Dutch form ("1500000" typed, "1.500.000" shown):
  // the same values.
  assert.deepEqual(plainNumbers(await fieldValues(second.page), "nl"), plainNumbers(values, "nl"));
  assert.deepEqual(await resultSnapshot(second.page), results);
  assert.equal(await second.page.getByTestId("fragment-notice").count(), 0);
  await finish(second);
});

test("4. an uploaded scenario file fills the form; the download equals it", async () => {
  const opened = await start();
  const { page } = opened;
  await page.getByTestId("upload").setInputFiles(SCENARIO_FILE);
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
  await page.getByTestId("upload-status").waitFor();
  const source = JSON.parse(fs.readFileSync(SCENARIO_FILE, "utf8"));
  assert.equal(await field(page, "date").inputValue(), source.date);
  // Numbers from the file are shown in the visitor's (Dutch) form.
  const nl = (x) => Number(x).toLocaleString("de-DE", { maximumFractionDigits: 2 });
  assert.equal(await field(page, "company.staff_awu").inputValue(), nl(source.company.staff_awu));
  assert.equal(await field(page, "company.turnover").inputValue(), nl(source.company.turnover));
  assert.equal(await field(page, "plans.trainings.0.catering").inputValue(), "180");
  assert.equal(await field(page, "plans.advice.0.theme").inputValue(), "digitalisering_cybersecurity");
  assert.equal(await page.getByTestId("intent-training").isChecked(), true);
  assert.equal(await page.getByTestId("intent-advice").isChecked(), true);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sw-e2e-")), "down.json");
  await download.saveAs(tmp);
  const downloaded = JSON.parse(fs.readFileSync(tmp, "utf8"));
  assert.deepEqual(normalise(downloaded), normalise(source));

  // The address now carries the uploaded scenario, ready to share.
  const encoded = new URLSearchParams(new URL(await currentLink(page)).hash.slice(1)).get("s");
  const inLink = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  assert.deepEqual(normalise(inLink), normalise(source));
  await finish(opened);
});

/**
 * A scenario in a canonical form for comparison: money strings to 2 decimals, numbers as
 * strings, empty lists/nulls and absent fields treated alike, keys sorted.
 */
function normalise(value) {
  if (Array.isArray(value)) {
    const items = value.map(normalise).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const v = normalise(value[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (value === null) return undefined;
  if (typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))) {
    return String(Number(value));
  }
  return value;
}

test("5. a broken or tampered link shows a notice and an empty, usable scenario", async () => {
  const b64 = (text) => Buffer.from(text).toString("base64url");
  const unknownField = JSON.stringify({ version: 1, company: { staff_awu: "12", colour: "blue" } });
  const cases = {
    garbage: "#s=garbage!!*&lang=nl",
    "invalid-json": `#s=${b64("{not json")}&lang=nl`,
    "unknown-field": `#s=${b64(unknownField)}&lang=nl`,
  };
  for (const [name, fragment] of Object.entries(cases)) {
    const opened = await start(app.server.url + fragment);
    const { page } = opened;
    await page.getByTestId("fragment-notice").waitFor({ state: "visible" });
    assert.ok((await page.getByTestId("fragment-notice").innerText()).trim().length > 0);
    // Not blank: the form and the results are there, and the form is empty.
    assert.ok(await page.getByTestId("results").isVisible(), `${name}: results shown`);
    assert.equal(await field(page, "company.staff_awu").inputValue(), "", `${name}: empty form`);
    assert.equal(await page.getByTestId("measure-kmo-portefeuille").count(), 1);
    // Usable: typing still updates the result.
    await typeInto(page, "company.staff_awu", "12");
    await typeInto(page, "company.turnover", "1500000");
    await typeInto(page, "company.public_ownership_pct", "0");
    await choose(page, "ui.has_holdings", "false");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="size-eu"]')?.dataset.code !== "unknown",
    );
    if (name === "garbage") await screenshot(page, "journey5-broken-link-desktop");
    await finish(opened);
  }
});

test("6. letters and a negative number get an inline message; the typed text stays", async () => {
  const opened = await start();
  const { page } = opened;
  await page.getByTestId("intent-training").check();
  const cases = [
    ["company.turnover", "12a0"],
    ["plans.trainings.0.cost", "-50"],
  ];
  for (const [name, text] of cases) {
    await typeInto(page, name, text);
    const input = field(page, name);
    await page.waitForFunction(
      (n) => document.querySelector(`[name="${n}"]`)?.getAttribute("aria-invalid") === "true",
      name,
    );
    assert.equal(await input.inputValue(), text, `${name}: typed text kept`);
    const described = (await input.getAttribute("aria-describedby")) || "";
    const message = page.getByTestId(`error-${name}`);
    assert.ok(await message.isVisible(), `${name}: message visible`);
    const messageId = await message.getAttribute("id");
    assert.ok(described.split(/\s+/).includes(messageId), `${name}: aria-describedby ${described} names ${messageId}`);
    assert.ok((await message.innerText()).trim().length > 0);
    // The message sits next to its field (in the same field block).
    const sameBlock = await input.evaluate(
      (el, id) => el.closest(".field")?.contains(document.getElementById(id)) ?? false,
      messageId,
    );
    assert.ok(sameBlock, `${name}: message next to its field`);
  }
  await screenshot(page, "journey6-invalid-input-desktop");
  // Correcting the value clears the message.
  await typeInto(page, "company.turnover", "1200");
  await page.waitForFunction(
    () => !document.querySelector('[name="company.turnover"]').hasAttribute("aria-invalid"),
  );
  assert.equal(await page.getByTestId("error-company.turnover").count(), 0);
  await finish(opened);
});

test("7. the print view expands every reason and shows the date and rules version", async () => {
  const opened = await start();
  const { page } = opened;
  await fillSmallBv(page);
  await page.getByTestId("tab-print").click();
  await page.getByTestId("print-view").waitFor();
  // The default print is a summary (tests/e2e/visitor-truth.test.mjs); "met alle uitleg"
  // prints every reason.
  await page.getByTestId("print-full").check();
  await page.locator('[data-testid="print-view"] details').first().waitFor({ state: "attached" });
  const details = page.locator('[data-testid="print-view"] details');
  const total = await details.count();
  assert.ok(total > 0, "print view has reason blocks");
  const open = await details.evaluateAll((els) => els.filter((d) => d.open).length);
  assert.equal(open, total, "every reason block is open");
  const date = page.getByTestId("print-date");
  assert.equal(await date.getAttribute("data-date"), "2026-11-22");
  assert.ok((await date.innerText()).trim().length > 0);
  const cli = cliReport(SCENARIO_FILE);
  assert.equal((await page.getByTestId("print-rules-version").innerText()).trim(), cli.rules_version);
  assert.equal(await amountOf(page, "kmo-portefeuille"), "3465.00");
  const reasons = page.locator('[data-testid="print-view"] [data-testid="reason"]');
  assert.ok((await reasons.count()) > 10);
  assert.ok(await reasons.last().isVisible());
  assert.match(await currentLink(page), /[#&]p=print/);
  await screenshot(page, "journey7-print-desktop");
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "journey7-print-media");
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "journey7-print-phone");
  await page.getByTestId("back").click();
  await page.getByTestId("results").waitFor();
  await finish(opened);
});

test("8. the rules page lists the parameters with their periods and sources", async () => {
  const rules = JSON.parse(
    execFileSync("cargo", ["run", "-q", "-p", "steunwijzer-cli", "--", "rules", "--format", "json"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  const opened = await start();
  const { page } = opened;
  const notes = [];
  page.on("request", (r) => r.url().endsWith(".notes.ftl") && notes.push(r.url()));
  await page.getByTestId("tab-rules").click();
  await page.getByTestId("rules-page").waitFor();
  // The parameters' notes are fetched when the page first opens, then shown.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="rule-kmo.rate.small"] td')?.textContent.trim().length > 10,
  );
  assert.deepEqual(notes.map((u) => u.replace(/.*\//, "")), ["nl.notes.ftl"], "the Dutch notes, fetched once");
  for (const id of ["kmo.rate.small", "kmo.rate.raised.small", "kmo.raised_cyber", "eu.micro.staff"]) {
    const param = rules.parameters.find((p) => p.id === id);
    assert.ok(param, `CLI knows ${id}`);
    const rows = page.locator(`[data-testid="rule-${id}"]`);
    assert.equal(await rows.count(), param.periods.length, `${id}: one row per period`);
    const text = await rows.first().innerText();
    // What the parameter means, in words; the internal id stays out of sight.
    assert.doesNotMatch(text, new RegExp(id.replace(/\./g, "\\.")));
    assert.ok((await rows.first().locator("td").first().innerText()).trim().length > 10, `${id}: explained`);
    assert.match(text, /\d{4}|\d{1,2}[/ -]\d{1,2}/, `${id}: a date`);
    const link = rows.first().locator("a.source");
    assert.equal(await link.getAttribute("href"), `#source-${param.periods[0].source}`);
  }
  // The current kmo rate (30 %, since 1 Dec 2019) is shown with its date.
  const current = await page
    .locator('[data-testid="rule-kmo.rate.small"]')
    .evaluateAll((rows) =>
      rows
        .filter((r) => /^30\b/.test(r.cells[1].textContent.trim()))
        .map((r) => r.textContent),
    );
  assert.equal(current.length, 1, "one period with the 30 % rate");
  assert.match(current[0], /2019/);
  for (const id of ["seed-002", "seed-001", "eu-2003-361"]) {
    const entry = page.getByTestId(`source-${id}`);
    assert.equal(await entry.count(), 1, `source ${id} listed`);
    assert.ok((await entry.locator("h4").innerText()).trim().length > 0, `source ${id} shows its title`);
    assert.ok(!(await entry.innerText()).includes(id), `source ${id}: no internal id shown`);
  }
  const rows = await page.locator('[data-testid^="rule-"]').count();
  const periods = rules.parameters.reduce((n, p) => n + p.periods.length, 0);
  assert.equal(rows, periods, "every period of every parameter is listed");
  assert.match(await currentLink(page), /[#&]p=rules/);
  await screenshot(page, "journey8-rules-desktop");
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "journey8-rules-phone");
  await finish(opened);
});

test("10. at 360 px the calculator, rules page and print view do not scroll sideways", async () => {
  const opened = await start(app.server.url, { width: 360, height: 800 });
  const { page } = opened;
  await fillSmallBv(page);
  await page.locator("details.more summary").first().click();
  const measure = () =>
    page.evaluate(() => ({
      scroll: document.scrollingElement.scrollWidth,
      client: document.scrollingElement.clientWidth,
    }));
  const widths = {};
  widths.calculator = await measure();
  await screenshot(page, "journey10-calculator-phone");
  await page.getByTestId("tab-rules").click();
  await page.getByTestId("rules-page").waitFor();
  widths.rules = await measure();
  await page.getByTestId("tab-print").click();
  await page.getByTestId("print-view").waitFor();
  widths.print = await measure();
  for (const [name, w] of Object.entries(widths)) {
    assert.ok(w.scroll <= 360, `${name}: scrollWidth ${w.scroll} > 360`);
  }
  await finish(opened);
});

test("3b. opening another link in the same tab replaces the scenario and the language", async () => {
  const opened = await start(app.server.url + fixtureFragment({}, "nl"));
  const { page } = opened;
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
  // The same company with a cheaper audit: 765 + 45 % of 1000 = 1215.00.
  await page.goto(app.server.url + fixtureFragment({ adviceCost: "1000" }, "en"));
  await waitAttr(page, kmoAmountSel, "data-amount", "1215.00");
  // The page switches once the English texts have arrived (fetched the first time);
  // the numbers then follow the language of the link (English: "1,000").
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page
    .waitForFunction(() => document.querySelector('[name="plans.advice.0.cost"]')?.value === "1,000")
    .catch(() => {});
  assert.equal(await field(page, "plans.advice.0.cost").inputValue(), "1,000");
  assert.equal(await page.getByTestId("fragment-notice").count(), 0);
  await finish(opened);
});

/** A link fragment holding the fixture scenario, optionally with another advice cost. */
function fixtureFragment({ adviceCost }, lang) {
  const scenario = JSON.parse(fs.readFileSync(SCENARIO_FILE, "utf8"));
  if (adviceCost) scenario.plans.advice[0].cost = adviceCost;
  return fragmentOf(scenario, lang);
}

test("4b. an upload the engine refuses says so and leaves the form as it was", async () => {
  const opened = await start(app.server.url + fixtureFragment({}, "nl"));
  const { page } = opened;
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
  const before = await fieldValues(page);
  await page.getByTestId("upload").setInputFiles(path.join(FIXTURES, "unknown-field.json"));
  const status = page.getByTestId("upload-status");
  await status.waitFor({ state: "visible" });
  assert.match(await status.innerText(), /colour/, "the message names the unknown field");
  assert.deepEqual(await fieldValues(page), before);
  assert.equal(await amountOf(page, "kmo-portefeuille"), "3465.00");
  await finish(opened);
});

test("6b. an inline message follows the language switch", async () => {
  const opened = await start();
  const { page } = opened;
  await typeInto(page, "company.turnover", "12a");
  const message = page.getByTestId("error-company.turnover");
  await message.waitFor();
  const texts = new Set();
  for (const lang of ["nl", "en", "fr"]) {
    await page.getByTestId(`lang-${lang}`).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    texts.add(await message.innerText());
    assert.equal(await field(page, "company.turnover").inputValue(), "12a");
  }
  assert.equal(texts.size, 3, [...texts].join(" | "));
  await finish(opened);
});

// Words of the engine's English detail texts that must not reach a Dutch page.
const ENGLISH = /\b(at most|too large|between \d+ and|known fields|expected|line \d+ column)\b/i;

test(
  "6c. an out-of-range value gets a message wholly in Dutch, without internal paths",
  async () => {
    const opened = await start(app.server.url + fixtureFragment({}, "nl"));
    const { page } = opened;
    await typeInto(page, "plans.trainings.0.cost", "99999999999999");
    await typeInto(page, "plans.trainings.0.participants", "20000");
    try {
      for (const name of ["plans.trainings.0.cost", "plans.trainings.0.participants"]) {
        const message = page.getByTestId(`error-${name}`);
        await message.waitFor();
        const text = await message.innerText();
        assert.doesNotMatch(text, ENGLISH, `${name}: ${text}`);
        assert.doesNotMatch(text, /plans\.trainings\[0\]/, `${name}: ${text}`);
      }
    } finally {
      await finish(opened);
    }
  },
);

test(
  "4c. a refused upload is explained wholly in the user's language",
  async () => {
    const opened = await start();
    const { page } = opened;
    try {
      for (const file of ["unknown-field.json", "not-json.json"]) {
        await page.getByTestId("upload").setInputFiles(path.join(FIXTURES, file));
        const status = page.getByTestId("upload-status");
        await status.waitFor({ state: "visible" });
        await page.waitForTimeout(100);
        const text = await status.innerText();
        assert.doesNotMatch(text, ENGLISH, `${file}: ${text}`);
      }
    } finally {
      await finish(opened);
    }
  },
);

test("11. 'remember' keeps the scenario across a reload; 'forget' clears the browser storage", async () => {
  const opened = await start(app.server.url + fixtureFragment({}, "nl"));
  const { page } = opened;
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
  assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing stored without consent");
  await page.getByTestId("remember").check();
  await page.goto(app.server.url + "?again");
  await waitForApp(page);
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
  assert.equal(await field(page, "company.staff_awu").inputValue(), "12");
  await page.getByTestId("forget").click();
  await page.getByTestId("forget-status").waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0, "storage cleared");
  await finish(opened);
});

test("12. in-page links and 'missing answer' buttons keep the scenario and lead to their target", async () => {
  const opened = await start(app.server.url + fixtureFragment({}, "nl"), { width: 360, height: 800 });
  const { page } = opened;
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
  const link = await currentLink(page);

  // Each "missing answer" button focuses its question, opening "more questions" if needed.
  const buttons = page.getByTestId("missing").locator("button");
  assert.ok((await buttons.count()) > 0, "the fixture leaves some answers missing");
  for (const button of await buttons.all()) {
    const name = await button.getAttribute("data-field");
    await button.click();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("name"));
    assert.ok(focused, `${name}: a question has focus`);
    assert.ok(
      focused === name || focused.startsWith("ui."),
      `${name}: focus on ${focused}`,
    );
    assert.ok(await page.locator(`[name="${focused}"]`).isVisible(), `${name}: focused question visible`);
  }

  // The phone summary bar jumps to the results; the address keeps the scenario.
  await page.locator(".mobile-summary a").click();
  await page.waitForFunction(() => Math.abs(document.getElementById("results").getBoundingClientRect().top) < 5);
  await page.waitForFunction((l) => location.href === l, link);
  assert.equal(await amountOf(page, "kmo-portefeuille"), "3465.00");

  // A source link on the rules page scrolls to the source and stays on the rules page.
  await page.getByTestId("tab-rules").click();
  await page.getByTestId("rules-page").waitFor();
  const anchor = page.locator('[data-testid="rule-kmo.raised_cyber"] a.source').last();
  const target = (await anchor.getAttribute("href")).slice(1);
  await anchor.click();
  await page.waitForFunction(
    (id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) < 5,
    target,
  );
  await page.waitForFunction(() => /[#&]p=rules/.test(location.hash) && /#s=/.test(location.hash));
  assert.equal(await page.getByTestId("rules-page").count(), 1);
  await page.getByTestId("tab-calculator").click();
  // Numbers from a link are shown in the Dutch form.
  assert.equal(await field(page, "plans.advice.0.cost").inputValue(), "6.000");
  await finish(opened);
});

test("13. a group company: linked parent makes it medium, the yearly ceiling and de-minimis apply", async () => {
  const opened = await start(app.server.url + fixtureFragment({}, "nl"));
  const { page } = opened;
  await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");

  // A second training, theme energy efficiency: small 45 % of 20000 = 9000; with the
  // first (765) and the audit (2700) the yearly ceiling of 7500 caps the total.
  await page.getByTestId("add-training").click();
  await typeInto(page, "plans.trainings.1.label", "Energie-audit opleiding");
  await choose(page, "plans.trainings.1.theme", "duurzaamheid_energie_efficientie");
  await typeInto(page, "plans.trainings.1.cost", "20000");
  await waitAttr(page, kmoAmountSel, "data-amount", "7500.00");
  assert.ok(await page.getByTestId("kmo-ceiling").isVisible());

  // Removing the first training keeps the second one's answers (now item 0).
  await page.getByTestId("remove-training-0").click();
  await page.waitForFunction(() => !document.querySelector('[name="plans.trainings.1.cost"]'));
  assert.equal(await field(page, "plans.trainings.0.label").inputValue(), "Energie-audit opleiding");
  assert.equal(await field(page, "plans.trainings.0.cost").inputValue(), "20000");
  assert.equal(await field(page, "plans.trainings.0.theme").inputValue(), "duurzaamheid_energie_efficientie");

  // A parent holding 60 % with 50 AWU: linked, added at 100 % → 62 AWU → medium.
  // Medium raised rate 35 %: 7000 + 2100 = 9100 → ceiling 7500.
  // Answering "yes" opens the list with a first empty item (no click on "add" needed).
  await choose(page, "ui.has_holdings", "true");
  await field(page, "company.holdings.0.name").waitFor();
  assert.equal(await page.locator('[name="company.holdings.1.name"]').count(), 0);
  await typeInto(page, "company.holdings.0.name", "Moeder NV");
  await choose(page, "company.holdings.0.direction", "upstream");
  await typeInto(page, "company.holdings.0.share_pct", "60");
  await typeInto(page, "company.holdings.0.staff_awu", "50");
  await typeInto(page, "company.holdings.0.turnover", "5000000");
  await typeInto(page, "company.holdings.0.balance_sheet_total", "3000000");
  await waitAttr(page, '[data-testid="size-eu"]', "data-code", "medium");
  assert.equal(await amountOf(page, "kmo-portefeuille"), "7500.00");

  // 299,000 de-minimis in the last three years: 7500 does not fit under 300,000, so
  // kmo-portefeuille is not eligible and nothing is planned.
  await choose(page, "ui.has_de_minimis", "true");
  await field(page, "company.de_minimis_received.0.amount").waitFor();
  assert.equal(await page.locator('[name="company.de_minimis_received.1.amount"]').count(), 0);
  await field(page, "company.de_minimis_received.0.granted_on").fill("2025-06-01");
  await typeInto(page, "company.de_minimis_received.0.amount", "299000");
  await waitAttr(page, '[data-testid="measure-kmo-portefeuille"]', "data-status", "not_eligible");
  // No amount is shown next to a measure that gives nothing; the card still carries 0.00.
  assert.equal(await page.getByTestId("measure-kmo-portefeuille").getAttribute("data-amount"), "0.00");
  assert.equal(await page.locator(kmoAmountSel).count(), 0);
  const bar = page.getByTestId("de-minimis");
  assert.equal(await bar.getAttribute("data-used"), "299000.00");
  assert.equal(await bar.getAttribute("data-headroom"), "1000.00");
  await screenshot(page, "journey13-group-company-desktop");

  // The engine run natively on the downloaded scenario agrees.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sw-e2e-")), "group.json");
  await download.saveAs(tmp);
  const cli = cliReport(tmp);
  const snap = await resultSnapshot(page);
  for (const m of cli.measures) {
    assert.equal(snap[`measure-${m.id}`], `${m.status} ${m.kind === "signpost" ? "-" : m.amount}`, m.id);
  }
  assert.equal(cli.size.eu, "medium");
  assert.equal(snap["total-grants"], cli.totals.grants);
  await finish(opened);
});

test("14. keyboard only: skip link to the results, an intent with Space, a cost typed", async () => {
  const opened = await start();
  const { page } = opened;
  const active = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      return a?.dataset.testid || a?.getAttribute("name") || a?.getAttribute("href") || a?.tagName;
    });
  /** Presses Tab until the focused element matches, at most `limit` times. */
  async function tabTo(wanted, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if ((await active()) === wanted) return;
    }
    assert.fail(`${wanted} not reached with Tab (last: ${await active()})`);
  }
  const link = await currentLink(page);
  await page.keyboard.press("Tab");
  assert.equal(await active(), "#results", "the first Tab reaches the skip link");
  await page.keyboard.press("Enter");
  // The results column (sticky, a small margin) is in view and holds the focus.
  await page.waitForFunction(() => {
    const top = document.getElementById("results").getBoundingClientRect().top;
    return top >= 0 && top < 40 && document.activeElement?.id === "results";
  });
  await page.waitForFunction((l) => location.href === l, link);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo("intent-training");
  await page.keyboard.press("Space");
  assert.equal(await page.getByTestId("intent-training").isChecked(), true);
  await tabTo("plans.trainings.0.cost");
  await page.keyboard.type("1000");
  // The size is not answered yet, so no amount: the item line is there and its cost is
  // taken (no inline error).
  await page.getByTestId("item-trainings-0").waitFor({ state: "attached" });
  assert.equal(await field(page, "plans.trainings.0.cost").inputValue(), "1000");
  assert.equal(await field(page, "plans.trainings.0.cost").getAttribute("aria-invalid"), null);
  await finish(opened);
});

test("15. a scenario with every plan: the page shows the CLI's report; no sideways scroll at 360 px in nl, en, fr", async () => {
  const file = path.join(FIXTURES, "every-plan.json");
  const cli = cliReport(file);
  const json = JSON.stringify(JSON.parse(fs.readFileSync(file, "utf8")));
  for (const lang of ["nl", "en", "fr"]) {
    const url = `${app.server.url}#s=${Buffer.from(json).toString("base64url")}&lang=${lang}`;
    const opened = await start(url, { width: 360, height: 800 });
    const { page } = opened;
    await waitAttr(page, kmoAmountSel, "data-amount", cli.measures[0].amount);
    assert.equal(await page.getByTestId("fragment-notice").count(), 0);
    for (const intent of ["training", "advice", "investment", "cyber", "rd", "starter"]) {
      assert.equal(await page.getByTestId(`intent-${intent}`).isChecked(), true, `intent ${intent}`);
    }
    const snap = await resultSnapshot(page);
    for (const m of cli.measures) {
      assert.equal(snap[`measure-${m.id}`], `${m.status} ${m.kind === "signpost" ? "-" : m.amount}`, `${lang}: ${m.id}`);
    }
    assert.equal(snap["total-grants"], cli.totals.grants);
    assert.equal(snap["total-tax"], cli.totals.tax_deductions);
    assert.equal(await page.getByTestId("size-eu").getAttribute("data-code"), cli.size.eu);
    assert.equal(await page.getByTestId("size-fiscal").getAttribute("data-code"), cli.size.fiscal);
    const bar = page.getByTestId("de-minimis");
    for (const key of ["used", "planned", "ceiling", "headroom"]) {
      assert.equal(await bar.getAttribute(`data-${key}`), cli.de_minimis[key], `de-minimis ${key}`);
    }
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const widths = { calculator: await page.evaluate(() => document.scrollingElement.scrollWidth) };
    if (lang === "fr") await screenshot(page, "journey15-every-plan-fr-phone");
    await page.getByTestId("tab-print").click();
    await page.getByTestId("print-view").waitFor();
    widths.print = await page.evaluate(() => document.scrollingElement.scrollWidth);
    await page.getByTestId("tab-rules").click();
    await page.getByTestId("rules-page").waitFor();
    widths.rules = await page.evaluate(() => document.scrollingElement.scrollWidth);
    for (const [where, w] of Object.entries(widths)) {
      assert.ok(w <= 360, `${lang} ${where}: scrollWidth ${w} > 360`);
    }
    await finish(opened);
  }
});

test("7b. the print button opens the print view and asks the browser to print", async () => {
  const opened = await start(app.server.url + fixtureFragment({}, "nl"));
  const { page } = opened;
  await page.evaluate(() => {
    window.__printCalls = 0;
    window.print = () => window.__printCalls++;
  });
  await page.getByTestId("print").click();
  await page.getByTestId("print-view").waitFor();
  await page.waitForFunction(() => window.__printCalls === 1);
  assert.equal(await amountOf(page, "kmo-portefeuille"), "3465.00");
  await page.getByTestId("print-now").click();
  await page.waitForFunction(() => window.__printCalls === 2);
  await finish(opened);
});

test(
  "5b. after a broken link, opening a valid link in the same tab removes the broken-link notice",
  async () => {
    const opened = await start(app.server.url + "#s=garbage&lang=nl");
    const { page } = opened;
    try {
      await page.getByTestId("fragment-notice").waitFor();
      await page.goto(app.server.url + fixtureFragment({}, "nl"));
      await waitAttr(page, kmoAmountSel, "data-amount", "3465.00");
      await page.waitForTimeout(200);
      assert.equal(await page.getByTestId("fragment-notice").count(), 0, "stale broken-link notice");
    } finally {
      await finish(opened);
    }
  },
);
