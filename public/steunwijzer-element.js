/* <steunwijzer-calculator lang="nl" measures="kmo-portefeuille,..." accent="#0b6e4f" compact>
 * A custom element that shows Steunwijzer without an iframe: it attaches a shadow root,
 * loads the app's stylesheet into it and mounts the app with the wasm export
 * `mountSteunwijzer`. The hashed file names of the build are read from the index.html
 * next to this script, so the element keeps working after every rebuild.
 * Needs `script-src 'self' 'wasm-unsafe-eval'` (plus the app's origin when it is another
 * one, which must then send `Access-Control-Allow-Origin`). See docs/hosting.md. */
(function () {
  "use strict";
  if (!window.customElements || customElements.get("steunwijzer-calculator")) return;
  var script = document.currentScript;
  var base = new URL("index.html", script ? script.src : location.href);
  var loading = null;

  /** Loads the app once per page: { mod, css } with `mod` the initialised wasm bindings. */
  function load() {
    if (loading) return loading;
    // The app must not mount itself into this page's <body>.
    document.documentElement.setAttribute("data-steunwijzer-manual", "");
    loading = fetch(base.href, { credentials: "omit" })
      .then(function (r) {
        if (!r.ok) throw new Error("Steunwijzer: " + base.href + " " + r.status);
        return r.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var pick = function (sel) {
          var el = doc.querySelector(sel);
          return el ? new URL(el.getAttribute("href"), base).href : null;
        };
        var js = pick("link[rel=modulepreload]");
        var wasm = pick("link[rel=preload][href$='.wasm']") || (js && js.replace(/\.js$/, "_bg.wasm"));
        var cssUrl = pick("link[rel=stylesheet]");
        if (!js) throw new Error("Steunwijzer: no app module in " + base.href);
        return Promise.all([
          import(js).then(function (mod) {
            return mod.default({ module_or_path: wasm }).then(function () { return mod; });
          }),
          cssUrl
            ? fetch(cssUrl, { credentials: "omit" }).then(function (r) { return r.text(); })
            : "",
        ]);
      })
      .then(function (parts) {
        // Page-level rules of the app apply to the element's shadow root instead.
        var text = parts[1].replace(/:root\b/g, ":host").replace(/(^|[}\s,])body\b/g, "$1:host");
        var sheet = null;
        try {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(text + "\n:host{display:block}");
        } catch (e) {
          sheet = null;
        }
        return { mod: parts[0], sheet: sheet, css: text };
      });
    return loading;
  }

  function options(el) {
    // The app's folder: the texts of another language are fetched from there.
    var q = ["embed=1", "base=" + encodeURIComponent(new URL(".", base).href)];
    var lang = el.getAttribute("lang");
    if (lang) q.push("lang=" + encodeURIComponent(lang));
    var measures = el.getAttribute("measures");
    if (measures) q.push("measures=" + encodeURIComponent(measures.replace(/\s+/g, "")));
    var accent = (el.getAttribute("accent") || "").replace(/^#/, "");
    if (accent) q.push("accent=" + encodeURIComponent(accent));
    var compact = el.getAttribute("compact");
    if (compact !== null && compact !== "false") q.push("compact=1");
    return q.join("&");
  }

  class SteunwijzerCalculator extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      var mount = document.createElement("div");
      mount.setAttribute("part", "app");
      root.appendChild(mount);
      var self = this;
      load()
        .then(function (app) {
          if (app.sheet) root.adoptedStyleSheets = [app.sheet];
          else {
            var style = document.createElement("style");
            style.textContent = app.css;
            root.insertBefore(style, mount);
          }
          return Promise.resolve(app.mod.mountSteunwijzer(mount, options(self)));
        })
        .then(function () {
          self.setAttribute("data-ready", "true");
          self.dispatchEvent(new CustomEvent("steunwijzer:ready", { bubbles: true }));
        })
        .catch(function (err) {
          mount.textContent = "Steunwijzer kon niet laden / could not load.";
          self.setAttribute("data-error", String(err && err.message));
          console.error(err);
        });
    }
  }
  customElements.define("steunwijzer-calculator", SteunwijzerCalculator);
})();
