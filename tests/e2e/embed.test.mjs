// An advisor's page on a second origin embeds Steunwijzer with the one-tag loader
// (public/embed.js) and with the custom element (public/steunwijzer-element.js).
// The iframe follows the app's height, ignores foreign and malformed messages, and
// nothing is requested outside the test origins.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, screenshot, DIST as BUILT } from "./harness.mjs";

// E2E_DIST points the tests at another build (as in the other e2e tests).
const DIST = process.env.E2E_DIST || BUILT;

// A complete company with one training: kmo-portefeuille pays 30% of 2400 = 720.00.
const SCENARIO = {
  version: 1,
  date: "2026-11-22",
  company: {
    legal_form: "bv", liberal_profession: false, vzw_corporate_tax: false,
    maatwerkbedrijf: false, region: "flanders", founded: "2019-05-01", nace: "62.010",
    main_activity_acceptable: true, public_ownership_pct: "0", staff_awu: "18",
    turnover: "2400000", balance_sheet_total: "1100000", holdings: [], nis2: "not_in_scope",
    negative_equity: false, de_minimis_received: [], kmo_portefeuille_received_this_year: "0",
  },
  plans: {
    trainings: [{ label: "AI", theme: "digitalisering", cost: "2400", participants: 3, days: 2,
      catering: "0", course_material: "0", teacher_travel: "0" }],
  },
};

const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

let app, advisor, foreign, browser;
before(async () => {
  // The app host allows cross-origin reads of its static files (needed by the custom
  // element on another origin; the iframe does not need it).
  app = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
  foreign = await serve(DIST, {
    prefix: "/none/",
    extra: {
      // A page on a third origin that tries to resize the advisor's widget.
      "/evil.html": ["text/html; charset=utf-8", `<!doctype html><link rel="icon" href="data:,"><title>x</title><script>
        parent.postMessage({ type: "steunwijzer:resize", height: 15000 }, "*");
        parent.postMessage({ type: "evil-done" }, "*");
      </script>`],
    },
  });
  const loader = `${app.origin}/embed.js`;
  advisor = await serve(DIST, {
    prefix: "/none/",
    extra: {
      "/advisor.html": ["text/html; charset=utf-8", `<!doctype html><html lang="nl"><head>
        <meta charset="utf-8"><link rel="icon" href="data:,"><title>Advieskantoor</title></head><body>
        <h1>Advieskantoor De Raad</h1>
        <script>addEventListener("message", (e) => { if (e.data && e.data.type === "evil-done") window.evilDone = true; });</script>
        <script src="${loader}" data-lang="nl" data-measures="kmo-portefeuille,cybersecurity-verbetertraject"
          data-accent="#0b6e4f" data-compact="true" data-scenario="${attr(JSON.stringify(SCENARIO))}" async></script>
        <p>Tussen de widgets.</p>
        <script src="${loader}" data-target="#second" data-lang="en" async></script>
        <div id="second"></div>
        <iframe id="evil" title="other" src="${foreign.origin}/evil.html" style="height:10px"></iframe>
        </body></html>`],
      "/element.html": ["text/html; charset=utf-8", `<!doctype html><html lang="en"><head>
        <meta charset="utf-8"><link rel="icon" href="data:,"><title>Advisor (element)</title>
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${app.origin} 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self' ${app.origin}; img-src 'self' data:">
        <script src="${app.origin}/steunwijzer-element.js" defer></script></head><body>
        <h1>Advisor</h1>
        <steunwijzer-calculator lang="en" measures="kmo-portefeuille" accent="#0b6e4f" compact></steunwijzer-calculator>
        </body></html>`],
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [app, advisor, foreign]) await s?.close();
});

/** Polls `check` until it returns a truthy value (or fails after `ms`). */
async function until(check, what, ms = 20000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`gave up waiting: ${what} (last: ${JSON.stringify(last)})`);
}

async function frameHeights(page, frameEl) {
  const iframe = await frameEl.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await frameEl.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
    body: document.body.offsetHeight,
  }));
  return { iframe, ...inner };
}

test("the loader embeds a working, self-sizing widget on another origin", async () => {
  const { page, outside, errors, context } = await openPage(browser, [
    app.origin, advisor.origin, foreign.origin,
  ]);
  await page.goto(`${advisor.origin}/advisor.html`);
  const frames = page.locator("iframe.steunwijzer-frame");
  await until(async () => (await frames.count()) === 2, "two widgets");
  const first = frames.nth(0);
  await page.waitForSelector("iframe.steunwijzer-frame[data-ready=true]");

  // The iframe is what the advisor asked for.
  const src = new URL(await first.getAttribute("src"));
  assert.equal(src.origin, app.origin);
  assert.equal(src.pathname, "/index.html");
  const q = src.searchParams;
  assert.equal(q.get("embed"), "1");
  assert.equal(q.get("lang"), "nl");
  assert.equal(q.get("measures"), "kmo-portefeuille,cybersecurity-verbetertraject");
  assert.equal(q.get("accent"), "0b6e4f");
  assert.equal(q.get("compact"), "1");
  assert.match(src.hash, /^#s=[A-Za-z0-9_-]+$/);
  assert.equal(await first.getAttribute("title"), "Steunwijzer — steuncalculator");
  assert.equal(await first.getAttribute("referrerpolicy"), "no-referrer");
  // The second widget went into its target element.
  assert.equal(await page.locator("#second iframe.steunwijzer-frame").count(), 1);

  // The preset scenario gives its result inside the frame; typing changes it.
  const inside = page.frameLocator("iframe.steunwijzer-frame >> nth=0");
  const amount = inside.locator("[data-testid=measure-kmo-portefeuille] [data-testid=amount]");
  await until(async () => (await amount.getAttribute("data-amount")) === "720.00", "preset amount");
  // Only the chosen measures are shown.
  assert.equal(await inside.locator("[data-testid^=measure-]").count(), 2);
  await inside.locator("[name='plans.trainings.0.cost']").fill("5000");
  await until(async () => (await amount.getAttribute("data-amount")) === "1500.00", "new amount");

  // The iframe fits its content: no scrollbar inside, height equal to the document.
  const fits = async () => {
    const h = await frameHeights(page, first);
    return h.scroll <= h.client && Math.abs(h.iframe - h.body) <= 2 ? h : null;
  };
  const start = await until(fits, "iframe fits its content");

  // More content: the iframe grows; less content: it shrinks again.
  for (const intent of ["intent-advice", "intent-investment", "intent-cyber"]) {
    await inside.locator(`[data-testid=${intent}]`).check();
  }
  const grown = await until(async () => {
    const h = await fits();
    return h && h.iframe > start.iframe + 50 ? h : null;
  }, "iframe grows");
  for (const intent of ["intent-advice", "intent-investment", "intent-cyber"]) {
    await inside.locator(`[data-testid=${intent}]`).uncheck();
  }
  const shrunk = await until(async () => {
    const h = await fits();
    return h && h.iframe < grown.iframe - 50 ? h : null;
  }, "iframe shrinks");
  await screenshot(page, "embed-advisor");

  // Messages that are not from the widget's own frame and origin change nothing.
  await until(() => page.evaluate(() => window.evilDone === true), "foreign frame posted");
  await page.evaluate(() => window.postMessage({ type: "steunwijzer:resize", height: 15000 }, "*"));
  const frame = await (await first.elementHandle()).contentFrame();
  // From the right frame but malformed: ignored too.
  await frame.evaluate(() => {
    parent.postMessage({ type: "steunwijzer:resize", height: "15000" }, "*");
    parent.postMessage({ type: "steunwijzer:resize", height: Infinity }, "*");
    parent.postMessage({ type: "other", height: 15000 }, "*");
    parent.postMessage("steunwijzer:resize", "*");
  });
  // A marker message that the page sees after the ones above (messages keep their order).
  await frame.evaluate(() => parent.postMessage({ type: "evil-done" }, "*"));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  const after = await frameHeights(page, first);
  assert.equal(after.iframe, shrunk.iframe, "a foreign or malformed message resized the widget");
  // The other widget was not resized by this frame's messages either.
  const second = await page.locator("#second iframe").evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(second < 15000);

  // A huge height from the widget itself is clamped.
  await frame.evaluate(() => parent.postMessage({ type: "steunwijzer:resize", height: 1e9 }, "*"));
  await until(async () => (await frameHeights(page, first)).iframe === 20000, "clamped to 20000");

  assert.deepEqual(outside, [], "requests left the test origins");
  assert.deepEqual(errors, [], "the page logged errors");
  await context.close();
});

test("the custom element mounts the app in a shadow root and computes", async () => {
  const { page, outside, errors, context } = await openPage(browser, [app.origin, advisor.origin]);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${advisor.origin}/element.html`);
  await page.waitForSelector("steunwijzer-calculator[data-ready=true]", { timeout: 30000 });
  const el = page.locator("steunwijzer-calculator");
  // Playwright's CSS locators pierce open shadow roots.
  assert.equal(await el.locator("[data-testid^=measure-]").count(), 1);
  const card = el.locator("[data-testid=measure-kmo-portefeuille]");
  await card.waitFor();
  await el.locator("[data-testid=intent-training]").check();
  await el.locator("[name='plans.trainings.0.cost']").fill("2400");
  await until(
    async () => (await el.locator("[data-testid=item-trainings-0]").count()) > 0,
    "the training shows up in the result",
  );
  const shown = await card.locator("[data-testid=amount]").getAttribute("data-amount");
  assert.match(shown ?? "", /^\d+\.\d\d$/);
  // The app's styles apply inside the shadow root (the accent colour reaches the root).
  const accent = await el.locator("[data-testid=app]").evaluate((n) =>
    getComputedStyle(n).getPropertyValue("--accent").trim());
  assert.equal(accent, "#0b6e4f");
  // The app did not take over the host page.
  assert.equal(await page.locator("body > h1").innerText(), "Advisor");
  // With the wasm in two parts (release build), nothing waited for the second one.
  assert.equal(await page.evaluate(() => window.steunwijzerDeferred?.syncLoads ?? 0), 0);
  await screenshot(page, "embed-element");
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(outside, [], "requests left the test origins");
  assert.deepEqual(errors, [], "the page logged errors");
  await context.close();
});
