// The build works from a sub-path (/tools/steunwijzer/) of any static server, the loader
// works from there too, and the app runs under the Content-Security-Policy and headers
// documented in docs/hosting.md without a single violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, waitForApp, screenshot, DIST as BUILT, ROOT } from "./harness.mjs";

// E2E_DIST points the tests at another build (as in the other e2e tests).
const DIST = process.env.E2E_DIST || BUILT;

const PREFIX = "/tools/steunwijzer/";

/** The CSP source of each inline script in the built index.html ('sha256-…'). */
function inlineScriptHashes() {
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
  );
}

/** The headers documented in docs/hosting.md for the app (frame-ancestors: the advisor). */
function documentedHeaders(frameAncestors) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes().join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
  return {
    "content-security-policy": csp,
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
  };
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens a page that records CSP violations and failed responses. */
async function open(allowed) {
  const opened = await openPage(browser, allowed);
  opened.failed = [];
  opened.page.on("response", (r) => {
    if (r.status() >= 400) opened.failed.push(`${r.status()} ${r.url()}`);
  });
  await opened.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return opened;
}

async function exercise(page, root = page) {
  // A company and a training: the calculator answers.
  await root.locator("[data-testid=intent-training]").check();
  await root.locator("[name='plans.trainings.0.cost']").fill("2400");
  await root.locator("[data-testid=item-trainings-0]").first().waitFor({ state: "attached" });
  const amount = root.locator("[data-testid=measure-kmo-portefeuille] [data-testid=amount]");
  await amount.waitFor({ state: "attached" });
  return amount.getAttribute("data-amount");
}

test("the app and the loader work from a sub-path, with no 404", async () => {
  const app = await serve(DIST, { prefix: PREFIX });
  const advisor = await serve(DIST, {
    prefix: "/none/",
    extra: {
      "/": ["text/html; charset=utf-8", `<!doctype html><html lang="nl"><head><meta charset="utf-8">
        <link rel="icon" href="data:,"><title>Advisor</title></head><body><h1>Advisor</h1>
        <script src="${app.url}embed.js" data-lang="fr" async></script></body></html>`],
    },
  });
  try {
    const { page, outside, errors, failed, context } = await open([app.origin, advisor.origin]);
    await page.goto(app.url);
    await waitForApp(page);
    assert.match(await exercise(page), /^\d+\.\d\d$/);
    await screenshot(page, "subpath-app");
    assert.ok(app.requests.every((p) => p.startsWith(PREFIX)), `outside the sub-path: ${app.requests}`);

    await page.goto(advisor.url.replace("/none/", "/"));
    await page.waitForSelector("iframe.steunwijzer-frame[data-ready=true]", { timeout: 30000 });
    const src = new URL(await page.locator("iframe.steunwijzer-frame").getAttribute("src"));
    assert.equal(src.pathname, `${PREFIX}index.html`);
    const inside = page.frameLocator("iframe.steunwijzer-frame");
    assert.equal(await inside.locator("[data-testid=app]").getAttribute("lang"), "fr");
    assert.match(await exercise(page, inside), /^\d+\.\d\d$/);

    assert.deepEqual(failed, [], "some responses failed");
    assert.deepEqual(outside, [], "requests left the test origins");
    assert.deepEqual(errors, [], "the page logged errors");
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await context.close();
  } finally {
    await app.close();
    await advisor.close();
  }
});

test("the documented CSP and headers let the app and its embed run with no violation", async () => {
  // The advisor's page is filled in once the app's origin is known.
  const pages = {};
  const host = await serve(DIST, { prefix: "/none/", extra: pages });
  const stranger = await serve(DIST, { prefix: "/none/", extra: pages });
  const app = await serve(DIST, { prefix: PREFIX, headers: documentedHeaders(host.origin) });
  pages["/"] = ["text/html; charset=utf-8", `<!doctype html><html lang="nl"><head><meta charset="utf-8">
    <link rel="icon" href="data:,"><title>Advisor</title></head><body><h1>Advisor</h1>
    <script src="${app.url}embed.js" async></script></body></html>`];
  try {
    // The app itself, under its CSP.
    const { page, outside, errors, failed, context } = await open([app.origin, host.origin]);
    const response = await page.goto(app.url);
    assert.match(response.headers()["content-security-policy"], /wasm-unsafe-eval/);
    assert.equal(response.headers()["x-content-type-options"], "nosniff");
    await waitForApp(page);
    assert.match(await exercise(page), /^\d+\.\d\d$/);
    // Interactions that add styled parts (bars, accent) still raise nothing.
    await page.locator("[data-testid=intent-advice]").check();
    await page.locator("[data-testid=tab-rules]").click();
    await page.locator("[data-testid=rules-page]").waitFor();
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], "CSP violations");

    // Embedded by the origin that frame-ancestors names: it runs, still no violation.
    await page.goto(host.url.replace("/none/", "/"));
    await page.waitForSelector("iframe.steunwijzer-frame[data-ready=true]", { timeout: 30000 });
    const inside = page.frameLocator("iframe.steunwijzer-frame");
    assert.match(await exercise(page, inside), /^\d+\.\d\d$/);
    const frame = await (await page.locator("iframe.steunwijzer-frame").elementHandle()).contentFrame();
    assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], "CSP violations in the frame");
    assert.deepEqual(failed, [], "some responses failed");
    assert.deepEqual(errors, [], "the page logged errors");
    assert.deepEqual(outside, [], "requests left the test origins");
    await context.close();

    // Any other origin cannot frame the app.
    const other = await openPage(browser, [app.origin, stranger.origin]);
    await other.page.goto(stranger.url.replace("/none/", "/"));
    const blocked = other.page.locator("iframe.steunwijzer-frame");
    await blocked.waitFor();
    const strangerFrame = await (await blocked.elementHandle()).contentFrame();
    // The browser replaces a refused frame with an error page of its own: no app inside.
    await strangerFrame.waitForLoadState("load");
    assert.equal(await blocked.getAttribute("data-ready"), null);
    assert.equal(await strangerFrame.locator("[data-testid=app]").count(), 0);
    await other.context.close();
  } finally {
    await app.close();
    await host.close();
    await stranger.close();
  }
});

test("the integration page regenerates its snippets and preview, and the demo page embeds", async () => {
  const app = await serve(DIST, { prefix: PREFIX, headers: documentedHeaders("'self'") });
  try {
    const { page, outside, errors, failed, context } = await open([app.origin]);
    await page.goto(`${app.url}integrate.html`);
    await page.waitForSelector("#preview iframe.steunwijzer-frame[data-ready=true]", { timeout: 30000 });
    assert.match(await page.locator("#snippet-iframe").innerText(), new RegExp(`src="${app.url}embed.js"`));

    await page.selectOption("#opt-lang", "en");
    await page.locator("input[name=measures][value=cybersecurity-verbetertraject]").uncheck();
    await page.locator("#opt-compact").check();
    const link = `${app.url}#s=${Buffer.from(JSON.stringify({ version: 1 })).toString("base64url")}`;
    await page.locator("#opt-scenario").fill(link);
    await page.locator("#opt-scenario").dispatchEvent("change");
    const snippet = await page.locator("#snippet-iframe").innerText();
    assert.match(snippet, /data-lang="en" data-measures="kmo-portefeuille" data-compact="true" data-scenario="[A-Za-z0-9_-]+" async/);
    assert.match(await page.locator("#snippet-element").innerText(),
      /<steunwijzer-calculator lang="en" measures="kmo-portefeuille" compact><\/steunwijzer-calculator>/);
    // The preview reloaded with the new options.
    const frame = page.locator("#preview iframe.steunwijzer-frame");
    await page.waitForSelector("#preview iframe.steunwijzer-frame[data-ready=true]");
    assert.equal(await frame.count(), 1);
    const src = new URL(await frame.getAttribute("src"));
    assert.equal(src.searchParams.get("lang"), "en");
    assert.equal(src.searchParams.get("measures"), "kmo-portefeuille");
    assert.equal(src.searchParams.get("compact"), "1");
    const measures = page.frameLocator("#preview iframe").locator("[data-testid^=measure-]");
    await measures.first().waitFor({ state: "attached" });
    assert.equal(await measures.count(), 1);
    // A broken preset is said, not used.
    await page.locator("#opt-scenario").fill("{not json");
    await page.locator("#opt-scenario").dispatchEvent("change");
    await page.locator("#opt-scenario-error").waitFor();
    await screenshot(page, "integrate");

    await page.goto(`${app.url}demo-advisor.html`);
    await page.waitForSelector("iframe.steunwijzer-frame[data-ready=true]", { timeout: 30000 });
    const demo = page.frameLocator("iframe").locator("[data-testid^=measure-]");
    await demo.first().waitFor({ state: "attached" });
    assert.equal(await demo.count(), 3);
    await screenshot(page, "demo-advisor");

    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], "CSP violations");
    assert.deepEqual(failed, [], "some responses failed");
    assert.deepEqual(outside, [], "requests left the app origin");
    assert.deepEqual(errors, [], "the page logged errors");
    await context.close();
  } finally {
    await app.close();
  }
});

test("the integration and demo pages have no serious axe violation", async () => {
  const app = await serve(DIST, { prefix: PREFIX });
  try {
    const { page, errors, context } = await open([app.origin]);
    for (const name of ["integrate.html", "demo-advisor.html"]) {
      await page.goto(`${app.url}${name}`);
      await page.waitForSelector("iframe.steunwijzer-frame[data-ready=true]", { timeout: 30000 });
      await page.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { iframes: false, resultTypes: ["violations"] });
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert.deepEqual(violations, [], `${name}: serious axe violations`);
    }
    assert.deepEqual(errors, [], "the page logged errors");
    await context.close();
  } finally {
    await app.close();
  }
});
