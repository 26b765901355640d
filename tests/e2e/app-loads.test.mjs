// The built app loads in headless Chromium, shows its title, and requests nothing
// outside its own origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, waitForApp, screenshot, DIST } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the app loads, shows its title and stays on its own origin", async () => {
  const { page, outside, errors, context } = await openPage(browser, [server.origin]);
  await page.goto(server.url);
  await waitForApp(page);
  assert.match(await page.title(), /Steunwijzer/);
  assert.match(await page.locator("h1").first().innerText(), /Steunwijzer/);
  await screenshot(page, "app-loads-desktop");
  assert.deepEqual(outside, [], "requests left the app's origin");
  assert.deepEqual(errors, [], "the page logged errors");
  await context.close();
});
