/* Steunwijzer embed loader. One tag per widget:
 * <script src="https://host/path/embed.js" data-lang="nl" data-measures="kmo-portefeuille"
 *   data-accent="#0b6e4f" data-compact="true" data-scenario="..." data-target="#id" async></script>
 * Inserts an iframe with the app from the same directory as this file and sizes it from
 * the app's "steunwijzer:resize" messages (only from that iframe and the app's origin).
 * No cookies, no analytics, nothing from third parties. */
(function () {
  "use strict";
  var d = document;
  var script = d.currentScript;
  if (!script) {
    var all = d.querySelectorAll("script[src*='embed.js']:not([data-steunwijzer-done])");
    script = all[all.length - 1];
  }
  if (!script || script.hasAttribute("data-steunwijzer-done")) return;
  script.setAttribute("data-steunwijzer-done", "");

  var app = new URL("index.html", script.src);
  var origin = app.origin;
  var data = script.dataset;

  var query = ["embed=1"];
  if (data.lang && /^(nl|en|fr)$/.test(data.lang)) query.push("lang=" + data.lang);
  if (data.measures) query.push("measures=" + encodeURIComponent(data.measures.replace(/\s+/g, "")));
  var accent = (data.accent || "").replace(/^#/, "");
  if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) query.push("accent=" + accent);
  if (/^(true|1|yes|)$/.test(data.compact == null ? "x" : data.compact)) query.push("compact=1");
  app.search = "?" + query.join("&");

  // Preset: a JSON scenario, or the `s=` value of an app link's fragment.
  var preset = (data.scenario || "").trim();
  if (preset.charAt(0) === "{") {
    try {
      var bytes = new TextEncoder().encode(JSON.stringify(JSON.parse(preset)));
      var bin = "";
      for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
      preset = btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    } catch (e) {
      preset = "";
    }
  } else {
    preset = preset.replace(/^#?s=/, "").replace(/&.*$/, "");
    if (!/^[A-Za-z0-9_-]+$/.test(preset)) preset = "";
  }
  if (preset) app.hash = "s=" + preset;

  var frame = d.createElement("iframe");
  frame.src = app.href;
  frame.title = data.title || "Steunwijzer — steuncalculator";
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.setAttribute("scrolling", "no");
  frame.setAttribute("loading", data.loading === "lazy" ? "lazy" : "eager");
  frame.className = "steunwijzer-frame";
  frame.style.cssText = "display:block;width:100%;border:0;overflow:hidden;height:600px";

  // The target may come later in the page than an async tag: then wait for the parser.
  function place() {
    var target = data.target ? d.querySelector(data.target) : null;
    if (target) target.appendChild(frame);
    else if (script.parentNode && script.parentNode !== d.head) script.parentNode.insertBefore(frame, script.nextSibling);
    else d.body.appendChild(frame);
  }
  if (data.target && !d.querySelector(data.target) && d.readyState === "loading") {
    d.addEventListener("DOMContentLoaded", place);
  } else place();

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var m = event.data;
    if (!m || typeof m !== "object") return;
    if (m.type === "steunwijzer:resize" && typeof m.height === "number" && isFinite(m.height)) {
      var h = Math.min(20000, Math.max(200, Math.ceil(m.height)));
      frame.style.height = h + "px";
    } else if (m.type === "steunwijzer:ready") {
      frame.setAttribute("data-ready", "true");
    }
  });
})();
