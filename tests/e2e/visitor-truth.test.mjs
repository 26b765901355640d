// What a visitor sees must be true at a glance (issue 10), in Dutch, at 1280 and 390 px:
// Belgian numbers read as meant with no 0 typed to unlock the headline, an invalid answer
// named in the results and the phone bar, no "eligible" badge next to 0,00 €, measures not
// asked about collapsed, a two-page print, "Kopieer link", a remembered scenario that
// survives other links, the de-minimis bar and an embed's measure filter as the engine
// says, and one Dutch voice ("je", never "u"). Amounts are cross-checked with the CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { waitForApp, screenshot, ROOT, appUnderTest, finish, field, typeInto, waitAmount, fragmentOf, cliReport, cliReportOf } from "./harness.mjs";

const EVERY_PLAN = path.join(ROOT, "tests/e2e/fixtures/every-plan.json");
const WIDTHS = [1280, 390];

const app = appUnderTest();

const everyPlan = () => JSON.parse(fs.readFileSync(EVERY_PLAN, "utf8"));

const start = (url, width = 1280) => app.start(url, { width, height: 900 });

/** The training journey of the issue, typed as a Belgian owner would. */
async function trainingJourney(page) {
  await page.getByTestId("intent-training").check();
  await typeInto(page, "company.staff_awu", "12");
  await typeInto(page, "company.turnover", "1.800.000");
  await typeInto(page, "plans.trainings.0.cost", "3.200");
  await typeInto(page, "plans.trainings.0.participants", "4");
  await typeInto(page, "plans.trainings.0.days", "2");
}

for (const width of WIDTHS) {
  test(`training journey at ${width} px: headline 960,00 € with no 0 typed and no field invalid`, async () => {
    const opened = await start(app.server.url + "#lang=nl", width);
    const { page } = opened;
    await trainingJourney(page);
    await waitAmount(page, "total-grants", "960.00");
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, "no field is marked invalid");
    assert.equal(await page.getByTestId("results-invalid").count(), 0);
    // The fields keep what was typed and show how it was read.
    assert.equal(await field(page, "company.turnover").inputValue(), "1.800.000");
    const readsAs = page.locator('.field:has([name="plans.trainings.0.cost"]) .reads-as');
    assert.match(await readsAs.first().innerText(), /= 3\.200,00\s€/);
    // The headline rests on assumptions, and says so; they are listed with a way to change each.
    assert.ok(await page.getByTestId("total-assumed").isVisible());
    const assumptions = page.getByTestId("assumption");
    assert.ok((await assumptions.count()) >= 2, "assumed answers are listed");
    const fields = await assumptions.evaluateAll((els) => els.map((e) => e.dataset.field));
    assert.ok(fields.includes("company.public_ownership_pct"), `assumptions: ${fields}`);
    assert.ok(fields.includes("company.kmo_portefeuille_received_this_year"), `assumptions: ${fields}`);
    await page
      .locator('[data-testid="assumption"][data-field="company.public_ownership_pct"] button')
      .click();
    assert.equal(await page.evaluate(() => document.activeElement?.name), "company.public_ownership_pct");
    // The CLI on the same answers says the same.
    const cli = cliReportOf({
      version: 1,
      date: await page.getByTestId("app").evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
      }),
      company: { legal_form: "bv", region: "flanders", staff_awu: "12", turnover: "1800000",
        liberal_profession: false, vzw_corporate_tax: false, maatwerkbedrijf: false },
      plans: { trainings: [{ cost: "3200", participants: 4, days: 2 }] },
    });
    assert.equal(cli.totals.grants, "960.00");
    // No "eligible" badge next to 0,00 €; measures not asked about are collapsed.
    const badges = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="measure-"]')]
        .filter((card) => card.checkVisibility())
        .map((card) => ({
          id: card.dataset.testid,
          badge: card.querySelector('[data-testid="status"]')?.innerText.trim(),
          amount: card.querySelector('[data-testid="amount"]')?.dataset.amount ?? null,
        })),
    );
    assert.deepEqual(badges.map((b) => b.id), ["measure-kmo-portefeuille"], "only the asked measure is open");
    for (const b of badges) {
      assert.ok(!(b.badge === "Je komt in aanmerking" && (b.amount === null || Number(b.amount) === 0)), JSON.stringify(b));
    }
    const others = page.getByTestId("other-measures");
    assert.equal(await others.evaluate((d) => d.open), false, "other measures are collapsed");
    await others.locator(":scope > summary").click();
    for (const card of await others.locator('article[data-testid^="measure-"]').all()) {
      const amount = card.locator('[data-testid="amount"]');
      if ((await amount.count()) === 0) continue;
      assert.notEqual(Number(await amount.getAttribute("data-amount")), 0, "no 0,00 € shown");
    }
    // Programmes are links to the programmes.
    assert.ok((await others.locator(".signpost a.programme").count()) >= 3);
    await screenshot(page, `visitor-truth-training-${width}`);
    await finish(opened);
  });

  test(`an invalid cost is named in the results panel and the phone bar at ${width} px`, async () => {
    const opened = await start(app.server.url + "#lang=nl", width);
    const { page } = opened;
    await trainingJourney(page);
    await waitAmount(page, "total-grants", "960.00");
    await typeInto(page, "plans.trainings.0.cost", "3.2OO");
    const inPanel = page.getByTestId("results").getByTestId("results-invalid");
    await inPanel.waitFor({ state: "visible" });
    assert.match(await inPanel.innerText(), /Kostprijs/);
    const inBar = page.getByTestId("mobile-summary").getByTestId("results-invalid");
    assert.equal(await inBar.count(), 1, "the phone bar says so too");
    if (width < 600) {
      assert.ok(await inBar.isVisible());
      await inBar.click();
      assert.equal(await page.evaluate(() => document.activeElement?.name), "plans.trainings.0.cost");
      await screenshot(page, "visitor-truth-invalid-phone");
    }
    await inPanel.getByRole("button").first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.name), "plans.trainings.0.cost");
    // Counts get their own wording.
    await typeInto(page, "company.staff_awu", "-3");
    const staffError = page.getByTestId("error-company.staff_awu");
    await staffError.waitFor();
    assert.doesNotMatch(await staffError.innerText(), /bedrag/i);
    assert.match(await staffError.innerText(), /aantal/i);
    await finish(opened);
  });
}

test("the default print of the spec example fits on two A4 pages; 'met alle uitleg' prints everything", async () => {
  const opened = await start(app.server.url + fragmentOf(everyPlan(), "nl", "&p=print"));
  const { page } = opened;
  await page.getByTestId("print-view").waitFor();
  const cli = cliReport(EVERY_PLAN);
  const kmo = cli.measures.find((m) => m.id === "kmo-portefeuille");
  await waitAmount(page, "total-grants", cli.totals.grants);
  assert.equal(
    await page.locator('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]').getAttribute("data-amount"),
    kmo.amount,
  );
  const meta = await page.locator(".print-meta").innerText();
  assert.match(meta, /^Berekend op 22\/11\/2026 met de regels van \S+/);
  assert.equal(await page.locator(".disclaimer").count(), 1, "one disclaimer");
  assert.ok((await page.locator(".notes li").count()) >= 2, "sources as numbered notes");
  const pages = async () => {
    const pdf = (await page.pdf({ format: "A4", printBackground: false })).toString("latin1");
    // The page tree's /Count; the page objects themselves as a cross-check.
    const counts = [...pdf.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
    const objects = (pdf.match(/\/Type\s*\/Page(?!s)/g) || []).length;
    return Math.max(objects, ...counts);
  };
  const summaryPages = await pages();
  assert.ok(summaryPages >= 1 && summaryPages <= 2, `summary print is ${summaryPages} pages`);
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "visitor-truth-print-summary");
  await page.emulateMedia({ media: "screen" });
  await page.getByTestId("print-full").check();
  await page.locator('[data-testid="print-view"] details').first().waitFor();
  const fullPages = await pages();
  assert.ok(fullPages > summaryPages, `the full print (${fullPages} pages) has more`);
  console.log(`print pages: summary ${summaryPages}, with every explanation ${fullPages}`);
  await finish(opened);
});

test("'Kopieer link' puts the share URL on the clipboard", async () => {
  const opened = await start(app.server.url + fragmentOf(everyPlan()));
  const { page, context } = opened;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.server.origin });
  await page.getByTestId("copy-link").click();
  await page.getByTestId("copy-status").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.match(copied, /#s=/);
  // The link opens the same scenario.
  const other = await start(copied);
  await waitAmount(other.page, "total-grants", await page.getByTestId("total-grants").getAttribute("data-amount"));
  await finish(other);
  await finish(opened);
});

test("'Opnieuw beginnen' asks first; upload errors appear at the upload control", async () => {
  const opened = await start(app.server.url + fragmentOf(everyPlan()));
  const { page } = opened;
  await page.getByTestId("new-scenario").click();
  await page.getByTestId("reset-cancel").click();
  assert.equal(await field(page, "company.staff_awu").inputValue(), "18");
  await page.getByTestId("new-scenario").click();
  await page.getByTestId("reset-yes").click();
  assert.equal(await field(page, "company.staff_awu").inputValue(), "");
  await page.getByTestId("upload").setInputFiles(path.join(ROOT, "tests/e2e/fixtures/not-json.json"));
  const status = page.locator(".tools [data-testid=upload-status]");
  await status.waitFor();
  assert.equal(await page.locator(".questions > [data-testid=upload-status]").count(), 0);
  await finish(opened);
});

test("an uploaded scenario shows its numbers in the Dutch form", async () => {
  const opened = await start(app.server.url + "#lang=nl");
  const { page } = opened;
  await page.getByTestId("upload").setInputFiles(EVERY_PLAN);
  await page.getByTestId("upload-status").waitFor();
  assert.equal(await field(page, "company.turnover").inputValue(), "2.400.000");
  assert.equal(await field(page, "plans.investments.0.amount").inputValue(), "20.000");
  await finish(opened);
});

test("a remembered scenario survives a broken link, #/rules and #lang=en", async () => {
  const opened = await start(app.server.url + fragmentOf(everyPlan()));
  const { page } = opened;
  await page.getByTestId("remember").check();
  const stored = await page.evaluate(() => localStorage.getItem("steunwijzer.scenario"));
  assert.ok(stored && stored.includes("2400000"));
  for (const [n, fragment] of [[1, "#s=garbage!!&lang=nl"], [2, "#/rules"], [3, "#lang=en"]]) {
    await page.goto(`${app.server.url}?n=${n}${fragment}`);
    await waitForApp(page);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => localStorage.getItem("steunwijzer.scenario")), stored, fragment);
  }
  // Back on the calculator (in English now) the remembered answers are there.
  await page.getByTestId("tab-calculator").click();
  assert.equal(await field(page, "company.turnover").inputValue(), "2,400,000");
  await page.evaluate(() => localStorage.clear());
  await finish(opened);
});

test("the de-minimis bar shows the report's planned amount", async () => {
  const opened = await start(app.server.url + fragmentOf(everyPlan()));
  const { page } = opened;
  const cli = cliReport(EVERY_PLAN);
  const bar = page.getByTestId("de-minimis");
  await page.waitForFunction((v) => document.querySelector('[data-testid="de-minimis"]')?.dataset.planned === v, cli.de_minimis.planned);
  assert.equal(await bar.getAttribute("data-used"), cli.de_minimis.used);
  const figures = await bar.locator(".fig").allInnerTexts();
  const nl = (x) => Number(x).toLocaleString("de-DE", { minimumFractionDigits: 2 });
  assert.ok(
    figures.some((f) => f.includes(nl(cli.de_minimis.planned))),
    `planned ${cli.de_minimis.planned} shown in ${JSON.stringify(figures)}`,
  );
  await finish(opened);
});

test("an embed with measures=kmo-portefeuille shows kmo totals only", async () => {
  const opened = await start(`${app.server.url}?embed=1&measures=kmo-portefeuille${fragmentOf(everyPlan())}`);
  const { page } = opened;
  const cli = cliReport(EVERY_PLAN);
  const kmo = cli.measures.find((m) => m.id === "kmo-portefeuille");
  await waitAmount(page, "total-grants", kmo.amount);
  assert.equal(await page.getByTestId("total-tax").getAttribute("data-amount"), "0.00");
  const cards = await page.locator('[data-testid^="measure-"]').evaluateAll((els) => els.map((e) => e.dataset.testid));
  assert.deepEqual(cards, ["measure-kmo-portefeuille"]);
  await finish(opened);
});

test("no formal 'u/uw' on any Dutch page", async () => {
  const opened = await start(app.server.url + fragmentOf(everyPlan()));
  const { page } = opened;
  const formal = /\b(u|uw|uwe)\b/i;
  const scan = async (where) => {
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const text = await page.evaluate(() => {
      // Quotes of the sources are VLAIO's words, not the app's.
      const quotes = [...document.querySelectorAll("blockquote")];
      quotes.forEach((b) => (b.style.display = "none"));
      const t = document.body.innerText;
      quotes.forEach((b) => (b.style.display = ""));
      return t;
    });
    const hits = text.split("\n").filter((line) => formal.test(line));
    assert.deepEqual(hits, [], `${where}: formal address`);
  };
  await scan("calculator");
  await page.getByTestId("tab-rules").click();
  await page.getByTestId("rules-page").waitFor();
  await scan("rules");
  await page.getByTestId("tab-print").click();
  await page.getByTestId("print-view").waitFor();
  await scan("print");
  await page.getByTestId("print-full").check();
  await scan("print with every explanation");
  await finish(opened);
});
