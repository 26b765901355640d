// Shared harness for the end-to-end tests: a static server for dist/ on loopback
// (optionally under a sub-path), headless Debian Chromium through playwright-core,
// a guard that records every request leaving the allowed origins, and screenshots.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(here, "artifacts");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `dir` on 127.0.0.1 at a free port. `prefix` mounts it under a sub-path
 * (such as "/tools/steunwijzer/"). `extra` maps URL paths to [content-type, body]
 * for pages that exist only in a test (an advisor's page, say).
 * Resolves to { origin, url, close(), requests } where requests lists served paths.
 */
export function serve(dir, { prefix = "/", extra = {}, headers = {} } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push(url.pathname);
    if (extra[url.pathname]) {
      const [type, body] = extra[url.pathname];
      res.writeHead(200, { "content-type": type, ...headers });
      return res.end(body);
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "cache-control": rel === "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
      ...headers,
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        origin,
        url: origin + prefix,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** Launches Debian's Chromium headless with the flags that keep it off the network. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ],
  });
}

/**
 * Opens a page that records every request whose origin is not in `allowed`
 * (data: and blob: URLs are local and allowed). Console errors are collected too.
 */
export async function openPage(browser, allowed, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return;
    const origin = new URL(url).origin;
    if (!allowed.includes(origin)) outside.push(url);
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  return { context, page, outside, errors };
}

/** Waits until the Leptos app has mounted (the app sets data-ready on <html>). */
export async function waitForApp(page) {
  await page.waitForSelector("html[data-ready='true']", { timeout: 30000 });
}

/** Saves a screenshot under tests/e2e/artifacts/ and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
