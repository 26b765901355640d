/* Steunwijzer: registers the offline worker (sw.js, next to index.html) after the page has
 * loaded, and tells the app when a new build is ready: it sets <html data-update-ready> and
 * fires the window event "steunwijzer:update"; the app then offers to reload. The app's
 * reload button fires "steunwijzer:apply-update": the new worker takes over and the page
 * reloads. The build sets ENABLED (scripts/write-sw.py); when false, this script removes a
 * worker left by an earlier build instead. Nothing here reads or sends company data. */
(function () {
  "use strict";
  var ENABLED = true;
  var container = navigator.serviceWorker;
  if (!container) return;

  if (!ENABLED) {
    container.getRegistration("./").then(function (registration) {
      if (registration) registration.unregister();
    }, function () {});
    return;
  }

  var reloading = false;
  function offer() {
    if (!container.controller) return; // the first install: nothing to replace
    document.documentElement.setAttribute("data-update-ready", "");
    window.dispatchEvent(new Event("steunwijzer:update"));
  }
  function watch(worker) {
    if (!worker) return;
    if (worker.state === "installed") offer();
    worker.addEventListener("statechange", function () {
      if (worker.state === "installed") offer();
    });
  }

  container.addEventListener("controllerchange", function () {
    if (reloading) location.reload();
  });

  window.addEventListener("load", function () {
    container.register("sw.js").then(function (registration) {
      if (registration.waiting) offer();
      watch(registration.installing);
      registration.addEventListener("updatefound", function () {
        watch(registration.installing);
      });
      window.addEventListener("steunwijzer:apply-update", function () {
        if (registration.waiting) {
          reloading = true;
          registration.waiting.postMessage("skip-waiting");
        } else {
          location.reload();
        }
      });
      // A page left open for hours still learns of a new build.
      setInterval(function () {
        registration.update().catch(function () {});
      }, 3600 * 1000);
    }, function () {
      // No worker (private mode, blocked storage, plain http): the app works as before.
    });
  });
})();
