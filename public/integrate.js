// Integration page: the options regenerate both snippets and reload the live preview
// (which uses the real loader, embed.js, from this same directory).
(function () {
  "use strict";
  var form = document.getElementById("options");
  var loaderUrl = new URL("embed.js", location.href).href;
  var elementUrl = new URL("steunwijzer-element.js", location.href).href;
  var DEFAULT_ACCENT = "#0b5cad";

  function esc(text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /** The preset as the loader's data-scenario value, or null when it is not usable. */
  function preset(text) {
    text = text.trim();
    if (!text) return "";
    if (text.charAt(0) === "{") {
      try {
        return JSON.stringify(JSON.parse(text));
      } catch (e) {
        return null;
      }
    }
    var m = /(?:^|[#&])s=([A-Za-z0-9_-]+)/.exec(text) || /^([A-Za-z0-9_-]+)$/.exec(text);
    return m ? m[1] : null;
  }

  function read() {
    var measures = Array.prototype.slice
      .call(form.querySelectorAll("input[name=measures]:checked"))
      .map(function (box) { return box.value; });
    return {
      lang: form.elements.lang.value,
      measures: measures.join(","),
      accent: form.elements.accent.value.toLowerCase(),
      compact: form.elements.compact.checked,
      scenario: preset(form.elements.scenario.value),
    };
  }

  function attrs(o) {
    var list = [["data-lang", o.lang]];
    if (o.measures) list.push(["data-measures", o.measures]);
    if (o.accent && o.accent !== DEFAULT_ACCENT) list.push(["data-accent", o.accent]);
    if (o.compact) list.push(["data-compact", "true"]);
    if (o.scenario) list.push(["data-scenario", o.scenario]);
    return list;
  }

  function render() {
    var o = read();
    document.getElementById("opt-scenario-error").hidden = o.scenario !== null;
    if (o.scenario === null) o.scenario = "";
    var list = attrs(o);
    document.getElementById("snippet-iframe").textContent =
      '<script src="' + esc(loaderUrl) + '"' +
      list.map(function (a) { return " " + a[0] + '="' + esc(a[1]) + '"'; }).join("") +
      " async></script>";
    var el = ' lang="' + o.lang + '"';
    if (o.measures) el += ' measures="' + esc(o.measures) + '"';
    if (o.accent && o.accent !== DEFAULT_ACCENT) el += ' accent="' + esc(o.accent) + '"';
    if (o.compact) el += " compact";
    document.getElementById("snippet-element").textContent =
      '<script src="' + esc(elementUrl) + '" defer></script>\n' +
      "<steunwijzer-calculator" + el + "></steunwijzer-calculator>";

    // Reload the preview with a fresh loader tag, only when an option changed.
    var key = JSON.stringify(list);
    if (key === shown) return;
    shown = key;
    var preview = document.getElementById("preview");
    preview.textContent = "";
    var script = document.createElement("script");
    list.forEach(function (a) { script.setAttribute(a[0], a[1]); });
    script.src = loaderUrl;
    preview.appendChild(script);
  }

  var timer = 0;
  var shown = "";
  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(render, 300);
  });
  form.addEventListener("change", function () {
    clearTimeout(timer);
    render();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button[data-copy]");
    if (!button) return;
    var text = document.getElementById(button.getAttribute("data-copy")).textContent;
    var status = document.getElementById("copy-status");
    var done = function () { status.textContent = "Gekopieerd. / Copied."; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {
        status.textContent = "Selecteer en kopieer de code zelf. / Please copy the code manually.";
      });
    } else {
      status.textContent = "Selecteer en kopieer de code zelf. / Please copy the code manually.";
    }
  });

  render();
})();
