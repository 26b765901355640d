// The results follow the report part by part (issue 11, item 4): a keystroke rebuilds the
// measure card whose report changed and leaves the other cards' DOM as it was; a "Why?"
// box the visitor opened stays open while its card is rebuilt.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appUnderTest, finish, fragmentOf, ROOT } from "./harness.mjs";

const FIXTURE = path.join(ROOT, "tests/e2e/fixtures/small-bv-ai-cyber.json");

const app = appUnderTest();
const fragment = () => fragmentOf(JSON.parse(fs.readFileSync(FIXTURE, "utf8")));
const kmoAmount = (page) =>
  page.getByTestId("measure-kmo-portefeuille").getByTestId("amount").getAttribute("data-amount");

test("a keystroke rebuilds only the measure card it changes; an opened 'Why?' stays open", async () => {
  const opened = await app.start(app.server.url + fragment());
  const { page } = opened;
  const kmo = page.getByTestId("measure-kmo-portefeuille");
  await kmo.waitFor();
  // Mark every card's element and count the changes inside it; open the
  // kmo-portefeuille's "Why?".
  const marked = await page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-testid^="measure-"]')];
    window.__changes = {};
    for (const el of cards) {
      el.__kept = true;
      const id = el.dataset.testid;
      window.__changes[id] = 0;
      new MutationObserver((list) => (window.__changes[id] += list.length)).observe(el, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    }
    return cards.map((el) => el.dataset.testid);
  });
  assert.ok(marked.includes("measure-ontwikkelingsproject"), marked.join());
  await kmo.locator("details.why > summary").first().click();
  assert.equal(await kmo.locator("details.why").first().getAttribute("open"), "");
  const before = await kmoAmount(page);

  // A digit more in the training's cost changes the kmo-portefeuille only.
  const cost = page.locator('[name="plans.trainings.0.cost"]');
  await cost.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("5");
  await page.waitForFunction(
    (old) =>
      document.querySelector('[data-testid="measure-kmo-portefeuille"] [data-testid="amount"]')?.dataset
        .amount !== old,
    before,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const { kept, changes } = await page.evaluate(() => ({
    kept: Object.fromEntries(
      [...document.querySelectorAll('[data-testid^="measure-"]')].map((el) => [el.dataset.testid, el.__kept === true]),
    ),
    changes: window.__changes,
  }));
  assert.ok(changes["measure-kmo-portefeuille"] > 0, "the changed card is updated");
  // A development project (not planned) does not depend on a training's cost: its
  // element stays and nothing inside it is touched.
  assert.equal(kept["measure-ontwikkelingsproject"], true, "an unchanged card keeps its element");
  assert.equal(changes["measure-ontwikkelingsproject"], 0, "an unchanged card is not touched");
  assert.equal(
    await kmo.locator("details.why").first().getAttribute("open"),
    "",
    "the opened 'Why?' stays open through the rebuild",
  );
  await finish(opened);
});
