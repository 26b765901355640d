/* Steunwijzer service worker: the calculator keeps working offline after one visit.
 *
 * It precaches this build's index.html and the hashed files index.html loads, serves them
 * from the cache, and lets every other request go to the network untouched. It never
 * touches requests to other origins and never stores anything else: the scenario stays in
 * the URL fragment (or, with consent, in localStorage), never in a request or the cache.
 *
 * The build (scripts/write-sw.py) fills in BUILD, ENABLED and FILES. A new build has a new
 * BUILD, so browsers install it next to the old one; the page then offers to reload
 * (sw-register.js shows the notice). With ENABLED = false this worker only
 * removes its caches and itself: that is how the worker is switched off (docs/hosting.md).
 */
"use strict";

const BUILD = "dev";
const ENABLED = true;
const FILES = ["index.html"];

const SCOPE = new URL(self.registration.scope);
// One cache per build and per scope: two copies of the app on one origin keep their own.
const PREFIX = "steunwijzer:" + SCOPE.pathname + ":";
const CACHE = PREFIX + BUILD;
const INDEX = new URL("index.html", SCOPE).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, SCOPE).href));

self.addEventListener("install", (event) => {
  if (!ENABLED) {
    self.skipWaiting();
    return;
  }
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        FILES.map((f) => {
          const url = new URL(f, SCOPE).href;
          // index.html must be this build's, never an older copy from the HTTP cache;
          // the hashed files cannot be stale, so the copy the page just loaded will do.
          return url === INDEX ? new Request(url, { cache: "no-cache" }) : url;
        }),
      ),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith(PREFIX) && (k !== CACHE || !ENABLED))
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => {
        if (ENABLED) return undefined;
        // Switched off: leave, and reload open pages so that they come from the network.
        return self.registration
          .unregister()
          .then(() => self.clients.matchAll({ type: "window" }))
          .then((clients) => Promise.all(clients.map((c) => c.navigate(c.url).catch(() => null))));
      }),
  );
});

// The page asks the waiting worker to take over when the visitor chooses to reload.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  if (!ENABLED) return;
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  let key = null;
  if (request.mode === "navigate") {
    // The app itself, whatever its query (?embed=1&lang=fr …).
    if (url.pathname === SCOPE.pathname || url.href.split("?")[0] === INDEX) key = INDEX;
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    key = url.origin + url.pathname;
  }
  if (key === null) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(request)),
  );
});
