// The advisor page (advisor.html, its own wasm in advisor/): a 200-row client list as
// CSV and as XLSX with three bad rows gives 197 evaluated rows and three rows naming
// their column and error; the totals and every row's grants equal the native CLI's
// `evaluate --format csv` on the same file; the exported CSV and XLSX read back to the
// same table; a row's link opens that client's calculation with the same amounts;
// sorting works with mouse and keyboard; empty and foreign files get a clear message.
// Every page is served under the build's own Content-Security-Policy (dist/csp.txt) and
// must cause no violation; nothing leaves the page's origin and the page logs no error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { serve, launch, openPage, waitForApp, screenshot, DIST, ROOT } from "./harness.mjs";

const APP_DIR = process.env.E2E_DIST || DIST;
const TODAY = "2026-11-28";
const BAD = { 17: ["omzet", "veel"], 88: ["rechtsvorm", "plc"], 150: ["datum", "31/02/2026"] };

let server, browser, work;
before(async () => {
  const csp = fs.readFileSync(path.join(APP_DIR, "csp.txt"), "utf8").trim();
  server = await serve(APP_DIR, { headers: { "content-security-policy": csp } });
  browser = await launch();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "steunwijzer-advisor-"));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** 1234567 → "1.234.567" (Belgian thousands). */
function be(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A client list of 200 varied clients; rows 17, 88 and 150 (of the data) are bad. */
function clientList() {
  const header = [
    "klant", "datum", "rechtsvorm", "vrij_beroep", "maatwerkbedrijf", "vzw_vennootschapsbelasting", "gewest", "oprichtingsdatum", "hoofdactiviteit_aanvaard",
    "overheidsaandeel_pct", "personeel_vte", "omzet", "balanstotaal", "verbonden_ondernemingen",
    "nis2", "negatief_eigen_vermogen", "laatste_cybertraject", "de_minimis_ontvangen", "kmo_portefeuille_dit_jaar",
    "opleiding_thema", "opleiding_kosten", "opleiding_deelnemers", "opleiding_dagen",
    "advies_thema", "advies_kosten", "investering_bedrag", "investering_digitaal",
    "investering_datum", "cybertraject_versie", "cybertraject_kosten", "starter_baanbrekend",
  ];
  const forms = ["bv", "nv", "eenmanszaak", "vzw", "cv"];
  const themes = ["digitalisering", "innovatie", "duurzaamheid", "bedrijfsstrategie"];
  const lines = [header.join(";")];
  for (let i = 1; i <= 200; i++) {
    const row = {
      klant: `Klant ${String(i).padStart(3, "0")}`,
      datum: "28/11/2026",
      rechtsvorm: forms[i % 5],
      vrij_beroep: "nee",
      maatwerkbedrijf: "nee",
      vzw_vennootschapsbelasting: "nee",
      gewest: i % 13 === 0 ? "Brussel" : "Vlaanderen",
      oprichtingsdatum: `15/06/${2010 + (i % 16)}`,
      hoofdactiviteit_aanvaard: "ja",
      overheidsaandeel_pct: "0",
      personeel_vte: i % 2 ? `${(i % 40) + 1},5` : String((i % 40) + 1),
      omzet: be(100000 + i * 37000),
      balanstotaal: be(50000 + i * 15000) + (i % 3 === 0 ? ",50" : ""),
      verbonden_ondernemingen: "nee",
      nis2: "niet",
      negatief_eigen_vermogen: "nee",
      laatste_cybertraject: i % 9 === 0 ? "01/03/2023" : "nooit",
      de_minimis_ontvangen: "nee",
      kmo_portefeuille_dit_jaar: "0",
      opleiding_thema: i % 3 === 0 ? themes[i % 4] : "",
      opleiding_kosten: i % 3 === 0 ? be(1000 + i * 10) : "",
      opleiding_deelnemers: i % 3 === 0 ? String((i % 4) + 1) : "",
      opleiding_dagen: i % 3 === 0 ? "2" : "",
      advies_thema: i % 4 === 1 ? "digitalisering_cybersecurity" : "",
      advies_kosten: i % 4 === 1 ? be(2000 + i * 20) : "",
      investering_bedrag: i % 5 === 2 ? be(10000 + i * 100) : "",
      investering_digitaal: i % 5 === 2 ? "crm" : "",
      investering_datum: i % 5 === 2 ? "01/10/2026" : "",
      cybertraject_versie: i % 7 === 3 ? "medium" : "",
      cybertraject_kosten: i % 7 === 3 ? "20.000" : "",
      starter_baanbrekend: i % 11 === 0 ? "ja" : "",
    };
    if (BAD[i]) row[BAD[i][0]] = BAD[i][1];
    lines.push(header.map((h) => row[h]).join(";"));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function cargo(args) {
  const out = spawnSync("cargo", ["run", "-q", ...args], {
    cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20,
  });
  if (out.status !== 0 && out.status !== 2) throw new Error(out.stderr);
  return out.stdout;
}

/** The CLI's table for a client list: rows of cells (English: decimal dots). */
function cliTable(file) {
  const csv = cargo(["-p", "steunwijzer-cli", "--", "evaluate", "--format", "csv", "--lang", "en", "--date", TODAY, file]);
  return csv.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(";"));
}

/** What the page shows: per row its line, client, measure cells, grants; the totals. */
async function pageTable(page) {
  return page.evaluate(() => {
    const amount = (el) => el?.dataset.amount ?? null;
    const rows = [...document.querySelectorAll("#table tbody tr")].map((tr) => ({
      line: Number(tr.dataset.line),
      client: tr.querySelector("th").textContent,
      ok: tr.classList.contains("evaluated"),
      cells: [...tr.querySelectorAll("td[data-measure]")].map((td) => ({
        id: td.dataset.measure, status: td.dataset.status, amount: td.dataset.amount,
      })),
      grants: amount(tr.querySelector('td[data-total="grants"]')),
      deductions: amount(tr.querySelector('td[data-total="deductions"]')),
      errors: [...tr.querySelectorAll("[data-testid=row-errors] li")].map((li) => ({
        column: li.dataset.column, text: li.textContent,
      })),
      href: tr.querySelector("a[data-testid=open-row]")?.getAttribute("href") ?? null,
    }));
    const foot = document.querySelector("#table tfoot tr");
    const totals = {
      measures: [...foot.querySelectorAll("td[data-measure]")].map((td) => td.dataset.amount),
      grants: amount(foot.querySelector('td[data-total="grants"]')),
      deductions: amount(foot.querySelector('td[data-total="deductions"]')),
    };
    return { rows, totals };
  });
}

/** A page that records CSP violations (window.cspViolations). */
async function open() {
  const opened = await openPage(browser, [server.origin]);
  await opened.context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return opened;
}

async function openAdvisor(query = "") {
  const opened = await open();
  await opened.page.goto(`${server.url}advisor.html${query}`);
  await opened.page.waitForSelector("html[data-ready='true']");
  return opened;
}

/** Runs `action` and waits until the page has evaluated (again). */
async function evaluated(page, action) {
  const before = await page.evaluate(() => Number(document.documentElement.dataset.evaluated || 0));
  await action();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.evaluated || 0) > n, before);
}

async function load(page, file) {
  await evaluated(page, () => page.getByTestId("file").setInputFiles(file));
}

async function finish({ context, page, outside, errors }) {
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], "CSP violations");
  await context.close();
  assert.deepEqual(outside, [], "requests left the page's origin");
  assert.deepEqual(errors, [], "the page logged errors");
}

/** The canonical grids (the page's wasm) of an exported file and of the table itself. */
async function exportedAndExpected(page, exported, original, lang) {
  return page.evaluate(async ([exp, orig, lang, today]) => {
    const m = await import("./advisor/steunwijzer_batch_web.js");
    const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return [JSON.parse(m.readExport(bytes(exp))), JSON.parse(m.tableGrid(bytes(orig), lang, today))];
  }, [exported.toString("base64"), original.toString("base64"), lang, TODAY]);
}

test("advisor: 200-row CSV and XLSX lists give 197 rows, 3 bad rows, the CLI's totals, exports that read back, row links", async () => {
  const csvFile = path.join(work, "klanten.csv");
  fs.writeFileSync(csvFile, clientList());
  const xlsxFile = path.join(work, "klanten.xlsx");
  cargo(["-p", "steunwijzer-batch", "--example", "list_to_xlsx", "--", csvFile, xlsxFile]);
  const cli = cliTable(csvFile);
  assert.equal(cli.length, 202, "CLI: header, 200 rows, totals");
  const cliTotals = cli.at(-1);
  const gi = cli[0].indexOf("Grants (certain)");
  assert.ok(gi > 0);

  const opened = await openAdvisor();
  const { page } = opened;
  const shown = {};
  for (const [kind, file] of [["csv", csvFile], ["xlsx", xlsxFile]]) {
    await load(page, file);
    const table = await pageTable(page);
    shown[kind] = table;
    const ok = table.rows.filter((r) => r.ok);
    const bad = table.rows.filter((r) => !r.ok);
    assert.equal(ok.length, 197, `${kind}: evaluated rows`);
    assert.equal(bad.length, 3, `${kind}: bad rows`);
    for (const r of bad) {
      const i = r.line - 1;
      assert.ok(BAD[i], `${kind}: row ${r.line} should not be bad`);
      assert.equal(r.errors.length, 1);
      assert.equal(r.errors[0].column, BAD[i][0]);
      assert.match(r.errors[0].text, new RegExp(`kolom ${BAD[i][0]}: .*${BAD[i][1]}`));
    }
    assert.match(await page.getByTestId("status").textContent(), /200 klanten gelezen: 197 berekend, 3 met een fout/);
    // The totals and every row's grants equal the CLI's on the same file.
    const cliMeasureTotals = cliTotals.slice(2, 14).filter((_, j) => j % 2 === 1);
    assert.deepEqual(table.totals.measures.map(Number), cliMeasureTotals.map(Number), `${kind}: measure totals`);
    assert.equal(Number(table.totals.grants), Number(cliTotals[gi]), `${kind}: grants total`);
    assert.equal(Number(table.totals.deductions), Number(cliTotals[gi + 1]), `${kind}: deductions total`);
    for (const r of ok) {
      const line = cli.find((c) => c[0] === String(r.line));
      assert.equal(Number(r.grants), Number(line[gi]), `${kind}: row ${r.line} grants`);
    }
    assert.ok(Number(table.totals.grants) > 0, "some grants");
  }
  assert.deepEqual(shown.xlsx, shown.csv, "the XLSX list gives the same table as the CSV list");
  await screenshot(page, "advisor-table");

  // Exports read back to the same table, in CSV and in XLSX.
  const original = fs.readFileSync(csvFile);
  await load(page, csvFile);
  for (const kind of ["csv", "xlsx"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${kind}`).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`klanten-steunwijzer\\.${kind}$`));
    const saved = path.join(work, `export.${kind}`);
    await download.saveAs(saved);
    const [back, expected] = await exportedAndExpected(page, fs.readFileSync(saved), original, "nl");
    assert.equal(back.length, 202, `${kind}: header, 200 rows, totals`);
    assert.deepEqual(back, expected, `${kind} export reads back to the same table`);
    // And the same figures as on screen.
    const table = await pageTable(page);
    assert.equal(back.at(-1)[back[0].indexOf("Subsidies (zeker)")], String(Number(table.totals.grants)));
  }
  // The templates download.
  for (const kind of ["csv", "xlsx"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`template-${kind}`).click()]);
    assert.equal(download.suggestedFilename(), `steunwijzer-klantenlijst-sjabloon.${kind}`);
  }

  // A row's link opens that client's calculation with the same amounts.
  const table = await pageTable(page);
  const row = table.rows.filter((r) => r.ok).sort((a, b) => Number(b.grants) - Number(a.grants))[0];
  assert.ok(Number(row.grants) > 0);
  assert.match(row.href, /^index\.html#s=[A-Za-z0-9_-]+&lang=nl$/);
  const [calc] = await Promise.all([
    opened.context.waitForEvent("page"),
    page.locator(`tr[data-line="${row.line}"] a[data-testid=open-row]`).click(),
  ]);
  await waitForApp(calc);
  assert.deepEqual(await calc.evaluate(() => window.cspViolations), [], "CSP violations in the calculator");
  for (const cell of row.cells) {
    // The card carries its amount even where it shows none (a measure that gives nothing).
    const card = calc.locator(`[data-testid="measure-${cell.id}"]`).first();
    const amount = await card.getAttribute("data-amount");
    const status = await card.getAttribute("data-status");
    assert.equal(amount, cell.amount, `${cell.id} amount in the calculator`);
    assert.equal(status, cell.status, `${cell.id} status in the calculator`);
  }
  assert.equal(await calc.getByTestId("total-grants").getAttribute("data-amount"), row.grants);
  await calc.close();
  await finish(opened);
});

test("advisor: sorting by mouse and keyboard with aria-sort; language switch; empty and foreign files", async () => {
  const csvFile = path.join(work, "sort.csv");
  fs.writeFileSync(csvFile, clientList());
  const opened = await openAdvisor();
  const { page } = opened;
  await load(page, csvFile);
  const grants = () => page.$$eval("#table tbody tr.evaluated td[data-total=grants]", (tds) => tds.map((td) => Number(td.dataset.amount)));
  const th = page.locator("th[data-key=grants]");
  assert.equal(await th.getAttribute("aria-sort"), "none");
  await page.getByTestId("sort-grants").click();
  assert.equal(await th.getAttribute("aria-sort"), "ascending");
  let g = await grants();
  assert.deepEqual(g, [...g].sort((a, b) => a - b));
  // Keyboard: the header button keeps focus; Enter reverses the order.
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("th[data-key=grants]").getAttribute("aria-sort"), "descending");
  g = await grants();
  assert.deepEqual(g, [...g].sort((a, b) => b - a));
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  const sortedBy = await page.$$eval("#table thead th[aria-sort=ascending]", (ths) => ths.map((t) => t.dataset.key));
  assert.equal(sortedBy.length, 1);
  assert.equal(await page.locator("th[data-key=grants]").getAttribute("aria-sort"), "none");

  // Language: English texts, English error messages, the link keeps the language.
  await evaluated(page, () => page.locator("[data-lang=en]").click());
  assert.match(await page.getByTestId("status").textContent(), /200 clients read: 197 calculated, 3 with an error/);
  const errorText = await page.locator("tr.refused li[data-column=omzet]").textContent();
  assert.match(errorText, /column omzet: ‘veel’ is not a number/);
  assert.match(await page.locator("a[data-testid=open-row]").first().getAttribute("href"), /&lang=en$/);
  await evaluated(page, () => page.locator("[data-lang=fr]").click());
  assert.match(await page.locator("tr.refused li[data-column=omzet]").textContent(), /n'est pas un nombre/);

  // Empty and foreign files: a clear message, no table.
  await evaluated(page, () => page.locator("[data-lang=nl]").click());
  const empty = path.join(work, "leeg.csv");
  fs.writeFileSync(empty, "");
  await load(page, empty);
  assert.match(await page.getByTestId("file-error").textContent(), /Het bestand is leeg/);
  assert.equal(await page.locator("#result").isHidden(), true);
  const foreign = path.join(work, "foto.png");
  fs.writeFileSync(foreign, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await load(page, foreign);
  assert.match(await page.getByTestId("file-error").textContent(), /geen klantenlijst/);
  const prices = path.join(work, "prijzen.csv");
  fs.writeFileSync(prices, "product;prijs\nappel;1\n");
  await load(page, prices);
  assert.match(await page.getByTestId("file-error").textContent(), /geen enkele kolomnaam/);
  await finish(opened);
});

test("advisor: the calculator links to the advisor page, which does not load the calculator's wasm", async () => {
  const start = server.requests.length;
  const opened = await open();
  const { page } = opened;
  await page.goto(server.url);
  await waitForApp(page);
  const href = await page.getByTestId("advisor-link").getAttribute("href");
  assert.equal(href, "advisor.html?lang=nl");
  const before = server.requests.length;
  await page.getByTestId("advisor-link").click();
  await page.waitForURL(/advisor\.html\?lang=nl$/);
  await page.waitForSelector("html[data-ready='true']");
  assert.equal(await page.locator("h1").textContent(), "Een hele klantenlijst in één keer");
  const loaded = server.requests.slice(before);
  assert.ok(loaded.some((p) => p.endsWith("/advisor/steunwijzer_batch_web_bg.wasm")));
  assert.ok(!loaded.some((p) => /steunwijzer-web-.*\.wasm$/.test(p)), "the calculator's wasm is not loaded");
  const calcRequests = server.requests.slice(start, before);
  assert.ok(!calcRequests.some((p) => p.includes("/advisor/")), "the calculator does not load the advisor's wasm");
  await finish(opened);
});
