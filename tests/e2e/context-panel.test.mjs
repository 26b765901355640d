// The evidence panel beside the result: the right figures for the visitor's NACE code, in
// the visitor's language, and no sector figure at all for a code no figure covers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { waitForApp, screenshot, DIST, appUnderTest, finish } from "./harness.mjs";

const app = appUnderTest(DIST);

/** Opens the app on a share link for a small BV with the given NACE code and a training. */
async function openWithNace(nace, lang) {
  const scenario = {
    version: 1,
    date: "2026-11-22",
    company: { legal_form: "bv", region: "flanders", nace, staff_awu: "12" },
    plans: { trainings: [{ theme: "digitalisering", cost: "2400", participants: 3, days: 2 }] },
  };
  const s = Buffer.from(JSON.stringify(scenario)).toString("base64url");
  const opened = await app.open();
  await opened.page.goto(`${app.server.url}#s=${s}&lang=${lang}`);
  await waitForApp(opened.page);
  await opened.page.waitForSelector("[data-testid=context-panel]");
  return opened;
}

test("information and communication (62.010): the three technology rates, labelled 2022", async () => {
  const opened = await openWithNace("62.010", "nl");
  const sector = await opened.page.locator("[data-testid=context-sector]").innerText();
  for (const figure of ["30,9", "29,7", "29,0"]) assert.match(sector, new RegExp(figure));
  assert.match(sector, /In jouw sector gebruikt/);
  assert.match(sector, /niet het aandeel van de sector/); // per technology, not overall use
  const panel = await opened.page.locator("[data-testid=context-panel]").innerText();
  assert.match(panel, /2022/);
  assert.match(panel, /25,5/);
  // The top barrier links to the measure of the result that answers it.
  const barrier = opened.page.locator("[data-testid=context-barrier]");
  assert.match(await barrier.innerText(), /kennis/i);
  assert.equal(await barrier.locator("a[href='#measure-kmo-portefeuille']").count() > 0, true);
  await screenshot(opened.page, "context-panel-ict-nl");
  await finish(opened);
});

test("finance (64.190) in English: image recognition 19.3 and language generation 14.7", async () => {
  const opened = await openWithNace("64.190", "en");
  const sector = await opened.page.locator("[data-testid=context-sector]").innerText();
  assert.match(sector, /19\.3/);
  assert.match(sector, /14\.7/);
  await finish(opened);
});

test("manufacturing (25.620) in French: autonomous machines 5,3", async () => {
  const opened = await openWithNace("25.620", "fr");
  const sector = await opened.page.locator("[data-testid=context-sector]").innerText();
  assert.match(sector, /5,3/);
  await finish(opened);
});

test("agriculture (01.110), which no figure covers: no sector block, no sector percentage", async () => {
  const opened = await openWithNace("01.110", "nl");
  assert.equal(await opened.page.locator("[data-testid=context-sector]").count(), 0);
  const panel = await opened.page.locator("[data-testid=context-panel]").innerText();
  assert.doesNotMatch(panel, /in uw sector|in je sector|in jouw sector/i);
  await finish(opened);
});
