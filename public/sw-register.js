/* Steunwijzer: registers the offline worker sw.js and offers a newer build ("Nieuwe versie
 * — herladen", with the page's rules date). Plain script to spare the wasm; see
 * docs/hosting.md. ENABLED is set by scripts/write-sw.py. */
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

  var WORDS = {
    nl: ["Regels van ", "Er is een nieuwe versie van de calculator, misschien met nieuwere regels.", "Nieuwe versie — herladen"],
    en: ["Rules of ", "A new version of the calculator is ready, perhaps with newer rules.", "New version — reload"],
    fr: ["Règles du ", "Une nouvelle version du calculateur est prête, peut-être avec des règles plus récentes.", "Nouvelle version — recharger"]
  };
  var root = document.documentElement;
  var waiting = null;
  var reloading = false;
  var slot = null;

  function rulesDate() {
    var iso = root.getAttribute("data-rules-version") || "";
    var m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
    return m ? new Date(+m[1], m[2] - 1, +m[3]).toLocaleDateString() : iso;
  }

  function el(tag, testid, text) {
    var node = document.createElement(tag);
    node.setAttribute("data-testid", testid);
    node.textContent = text;
    return node;
  }

  function render() {
    if (!slot || !waiting) return;
    var words = WORDS[(root.lang || "nl").slice(0, 2)] || WORDS.nl;
    var box = el("div", "update-notice", "");
    box.className = "notice update";
    var p = document.createElement("p");
    p.appendChild(el("strong", "update-rules-date", words[0] + rulesDate()));
    p.appendChild(document.createTextNode(". " + words[1]));
    var button = el("button", "update-reload", words[2]);
    button.type = "button";
    button.addEventListener("click", function () {
      reloading = true;
      waiting.postMessage("skip-waiting");
    });
    box.appendChild(p);
    box.appendChild(button);
    slot.replaceChildren(box);
  }

  function offer(worker) {
    if (!container.controller) return; // the first install: nothing to replace
    waiting = worker;
    if (!slot) {
      // A live region before the app, outside the app's own tree.
      slot = document.createElement("div");
      slot.setAttribute("role", "status");
      slot.className = "update-slot";
      document.body.insertBefore(slot, document.body.firstChild);
      new MutationObserver(render).observe(root, { attributes: true, attributeFilter: ["lang"] });
    }
    // Filled a moment later so that screen readers announce it.
    setTimeout(render, 50);
  }

  function watch(worker) {
    if (!worker) return;
    if (worker.state === "installed") offer(worker);
    worker.addEventListener("statechange", function () {
      if (worker.state === "installed") offer(worker);
    });
  }

  container.addEventListener("controllerchange", function () {
    if (reloading) location.reload();
  });

  window.addEventListener("load", function () {
    container.register("sw.js").then(function (registration) {
      if (registration.waiting) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener("updatefound", function () {
        watch(registration.installing);
      });
      // A page left open for hours still learns of a new build.
      setInterval(function () {
        registration.update().catch(function () {});
      }, 3600 * 1000);
    }, function () {
      // No worker (private mode, plain http): the app works as before.
    });
  });
})();
