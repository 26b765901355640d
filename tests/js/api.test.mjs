// Tests of the engine's JavaScript API (crates/wasm) under Node.
// Needs the Node build: `bash scripts/build-js-api.sh` (writes target/js-api/node/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { api, root } from "./load-api.mjs";

const specExample = JSON.parse(
  readFileSync(path.join(root, "crates/cli/tests/fixtures/spec-example.json"), "utf8"),
);

const MEASURE_IDS = [
  "kmo-portefeuille",
  "investeringsaftrek",
  "cybersecurity-verbetertraject",
  "innovatieve-starterssteun",
  "ontwikkelingsproject",
  "onderzoeksproject",
  "cs-icon",
  "efro",
  "horizon-europe",
  "digital-europe",
];

/** Calls `fn` and returns what it threw (fails when nothing was thrown). */
function thrown(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail("expected an exception");
}

test("an object and its JSON text give the same report", () => {
  const fromObject = api.evaluate(specExample);
  const fromText = api.evaluate(JSON.stringify(specExample));
  assert.deepEqual(fromObject, fromText);
});

test("the report is a plain object: maps become objects, money is a string", () => {
  const report = api.evaluate(specExample);
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.ok(!(report instanceof Map));
  const reason = report.measures[0].reasons[0];
  assert.equal(typeof reason.code, "string");
  assert.equal(Object.getPrototypeOf(reason.values), Object.prototype);
  assert.match(report.measures[0].amount, /^-?\d+\.\d{2}$/);
  // A report survives JSON (what an embedding page would store or post).
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
});

test("the spec example: kmo-portefeuille eligible with an amount, and every measure id", () => {
  const report = api.evaluate(specExample);
  assert.equal(report.version, 1);
  assert.equal(report.date, "2026-11-22");
  assert.deepEqual(
    report.measures.map((m) => m.id),
    MEASURE_IDS,
  );
  const kmo = report.measures.find((m) => m.id === "kmo-portefeuille");
  assert.equal(kmo.status, "eligible");
  assert.equal(kmo.kind, "grant");
  assert.match(kmo.amount, /^\d+\.\d{2}$/);
  assert.notEqual(kmo.amount, "0.00");
  assert.equal(kmo.planned, true);
  assert.ok(kmo.items.length >= 2, "a training and an advice item");
  assert.equal(report.size.eu, "small");
  assert.equal(report.de_minimis.used, "4000.00");
  assert.equal(report.de_minimis.ceiling, "300000.00");
});

test("options.today applies when the scenario has no date; the scenario's date wins", () => {
  const { date, ...undated } = specExample;
  assert.equal(date, "2026-11-22");
  assert.equal(api.evaluate(undated, { today: "2026-03-01" }).date, "2026-03-01");
  assert.equal(api.evaluate(specExample, { today: "2026-03-01" }).date, "2026-11-22");
  // Without options, today comes from the clock.
  assert.match(api.evaluate(undated).date, /^\d{4}-\d{2}-\d{2}$/);
});

test("a bad input throws an Error with the field path, a code and a message", () => {
  const bad = structuredClone(specExample);
  bad.company.turnover = "veel";
  const error = thrown(() => api.evaluate(bad));
  assert.ok(error instanceof Error);
  assert.equal(error.path, "company.turnover");
  assert.equal(typeof error.code, "string");
  assert.ok(error.code.length > 0);
  assert.equal(typeof error.message, "string");
  assert.ok(error.message.length > 0);
});

test("an unknown field is named in the error", () => {
  const bad = structuredClone(specExample);
  bad.company.turnovr = "1000";
  const error = thrown(() => api.evaluate(bad));
  assert.match(`${error.path} ${error.message}`, /turnovr/);
});

test("the error message follows the requested language", () => {
  const bad = structuredClone(specExample);
  bad.company.turnover = "veel";
  const messages = ["nl", "en", "fr"].map(
    (lang) => thrown(() => api.evaluate(bad, { lang })).message,
  );
  assert.equal(new Set(messages).size, 3, messages.join(" | "));
  const same = thrown(() => api.evaluate(bad, { lang: "en" }));
  assert.equal(same.path, "company.turnover");
});

test("invalid JSON text and invalid options throw too", () => {
  assert.ok(thrown(() => api.evaluate("{ not json")) instanceof Error);
  assert.equal(thrown(() => api.evaluate(specExample, { lang: "de" })).path, "options.lang");
  assert.equal(
    thrown(() => api.evaluate(specExample, { today: "2026-02-30" })).path,
    "options.today",
  );
});

/** `report` without any `reasons` or `next_steps` list, at any depth. */
function withoutReasons(value) {
  if (Array.isArray(value)) return value.map(withoutReasons);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "reasons" && key !== "next_steps")
      .map(([key, v]) => [key, withoutReasons(v)]),
  );
}

test("detail: \"amounts\" gives the same report without reasons and next steps", () => {
  const full = api.evaluate(specExample);
  const amounts = api.evaluate(specExample, { detail: "amounts" });
  assert.deepEqual(amounts, withoutReasons(full));
  assert.equal(amounts.measures.length, MEASURE_IDS.length);
  const kmo = amounts.measures.find((m) => m.id === "kmo-portefeuille");
  assert.equal(kmo.amount, full.measures.find((m) => m.id === "kmo-portefeuille").amount);
  assert.ok(!("reasons" in kmo) && !("next_steps" in kmo) && !("reasons" in kmo.items[0]));
  assert.deepEqual(amounts.totals, full.totals);
  assert.deepEqual(amounts.missing, full.missing);
  assert.deepEqual(api.evaluate(specExample, { detail: "full" }), full);
});

test("format: \"json\" gives the report as JSON text, also with detail: \"amounts\"", () => {
  const text = api.evaluate(specExample, { format: "json" });
  assert.equal(typeof text, "string");
  assert.deepEqual(JSON.parse(text), api.evaluate(specExample));
  // The same key order as the object (what JSON.stringify of the object writes).
  assert.equal(text, JSON.stringify(api.evaluate(specExample)));
  const amounts = api.evaluate(specExample, { format: "json", detail: "amounts" });
  assert.equal(amounts, JSON.stringify(api.evaluate(specExample, { detail: "amounts" })));
  assert.deepEqual(api.evaluate(specExample, { format: "object" }), api.evaluate(specExample));
});

test("every golden scenario: the object equals its JSON text, key order included", () => {
  const dir = path.join(root, "tests/scenarios");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"));
  assert.ok(files.length > 50, `only ${files.length} scenarios`);
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), "utf8");
    const options = { today: "2026-11-22" };
    const report = api.evaluate(text, options);
    assert.equal(JSON.stringify(report), api.evaluate(text, { ...options, format: "json" }), file);
    assert.deepEqual(api.evaluate(text, { ...options, detail: "amounts" }), withoutReasons(report), file);
  }
});

test("an unknown detail or format is refused with the option's path", () => {
  for (const [options, path] of [
    [{ detail: "summary" }, "options.detail"],
    [{ format: "xml" }, "options.format"],
    [{ format: 1 }, "options.format"],
  ]) {
    const error = thrown(() => api.evaluate(specExample, options));
    assert.equal(error.path, path);
    assert.match(error.code, /^(invalid_value|wrong_type)$/);
  }
  assert.equal(thrown(() => api.evaluate(specExample, { detail: "summary" })).code, "invalid_value");
});

test("text survives the trip into JavaScript exactly: accents, emoji, quotes, control characters", () => {
  const labels = [
    "Opleiding é à ç ï ô — “AI” € 😀 中文",
    "\ufeffstarts with a byte order mark",
    'quotes " and backslash \\ and tab \t and newline \n and \u2028',
    "",
    "x".repeat(500),
  ];
  const scenario = structuredClone(specExample);
  scenario.plans.trainings = labels.map((label) => ({ ...specExample.plans.trainings[0], label }));
  const report = api.evaluate(scenario);
  const kmo = report.measures.find((m) => m.id === "kmo-portefeuille");
  const trainings = kmo.items.filter((item) => item.plan === "trainings");
  assert.deepEqual(
    trainings.map((item) => item.label),
    labels,
  );
  assert.deepEqual(JSON.parse(api.evaluate(scenario, { format: "json" })), report);
  // Amounts and codes after the long and non-ASCII texts are still in place.
  assert.match(kmo.amount, /^\d+\.\d{2}$/);
  assert.equal(report.measures.at(-1).id, "digital-europe");
});

test("every call returns fresh objects: changing one report leaves the next alone", () => {
  const first = api.evaluate(specExample);
  first.measures[0].reasons[0].values.extra = "changed";
  first.measures.length = 0;
  const second = api.evaluate(specExample);
  assert.equal(second.measures.length, MEASURE_IDS.length);
  assert.equal(second.measures[0].reasons[0].values.extra, undefined);
  // Interleaving other functions keeps every result whole.
  const rules = api.rules();
  const third = api.evaluate(specExample, { detail: "amounts" });
  assert.deepEqual(api.rules(), rules);
  assert.deepEqual(third, withoutReasons(second));
});

test("rules() lists parameters with periods and sources", () => {
  const rules = api.rules();
  assert.ok(Array.isArray(rules));
  assert.ok(rules.length > 10, `only ${rules.length} parameters`);
  const sourceIds = new Set(api.sources().map((s) => s.id));
  for (const parameter of rules) {
    assert.equal(typeof parameter.id, "string");
    assert.ok(parameter.note.length > 0, `${parameter.id} has no public note`);
    assert.ok(Array.isArray(parameter.periods) && parameter.periods.length > 0, parameter.id);
    for (const period of parameter.periods) {
      assert.ok(sourceIds.has(period.source), `${parameter.id}: unknown source ${period.source}`);
      assert.equal(typeof period.maintainer_note, "string");
      assert.equal(period.note, undefined, "the maintainers' note is not called `note`");
    }
  }
});

test("rules() gives each parameter's public note in the language asked for, Dutch by default", () => {
  const note = (options) => api.rules(options).find((p) => p.id === "cyber.cost.max").note;
  const nl = "De hoogste kostprijs van een cybersecurity-verbetertraject dat gesubsidieerd wordt.";
  assert.equal(note(), nl);
  assert.equal(note({ lang: "nl" }), nl);
  assert.equal(note({ lang: "en" }), "The highest cost of a cybersecurity trajectory that is subsidised.");
  assert.equal(note({ lang: "fr" }), "Le coût maximum d'un trajet cybersécurité subventionné.");
  // Only the texts change: ids, values, dates and sources are the same in every language.
  const strip = (rules) => rules.map(({ note: _, ...rest }) => rest);
  assert.deepEqual(strip(api.rules({ lang: "fr" })), strip(api.rules()));
  assert.throws(() => api.rules({ lang: "de" }), (e) => e.path === "options.lang" && e.code === "invalid_value");
});

test("sources() gives ids, titles in the language asked for and Dutch quotes", () => {
  const sources = api.sources();
  assert.ok(sources.length >= 5);
  for (const source of sources) {
    assert.equal(typeof source.id, "string");
    assert.equal(typeof source.title, "string");
    assert.equal(typeof source.maintainer_note, "string");
  }
  const title = (options) => api.sources(options).find((s) => s.id === "seed-002").title;
  assert.equal(title(), "VLAIO — Kmo-portefeuille: steun voor opleiding en advies (laatst gewijzigd 5 juni 2024)");
  assert.equal(title({ lang: "en" }), "VLAIO — Kmo-portefeuille: support for training and advice (last changed 5 June 2024)");
  assert.equal(title({ lang: "fr" }), "VLAIO — Portefeuille PME : aide à la formation et au conseil (modifié le 5 juin 2024)");
  // The quote stays the Dutch phrase the rule rests on.
  const quote = (options) => api.sources(options).find((s) => s.id === "seed-002").quote;
  assert.equal(quote({ lang: "en" }), quote());
});

test("version() gives the engine and rules versions", () => {
  const v = api.version();
  assert.match(v.engine, /^\d+\.\d+\.\d+/);
  assert.match(v.rules, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(v.format, 1);
});

test("the browser ES module build gives the same report after initSync", async () => {
  const dir = path.join(root, "target/js-api/web");
  const web = await import(pathToFileURL(path.join(dir, "steunwijzer_wasm.js")).href);
  web.initSync({ module: readFileSync(path.join(dir, "steunwijzer_wasm_bg.wasm")) });
  assert.deepEqual(web.evaluate(specExample, { today: "2026-11-22" }), api.evaluate(specExample));
  assert.deepEqual(web.version(), api.version());
  assert.equal(thrown(() => web.evaluate("{}")).path, "version");
});

test("shapes the one-pass reader could take are refused as before: a list for an object, an object for a choice", () => {
  const refused = (scenario) => {
    try {
      api.evaluate(scenario, { today: "2026-11-22" });
    } catch (error) {
      return { path: error.path, code: error.code };
    }
    return assert.fail("evaluate accepted it");
  };
  assert.deepEqual(refused("[1]"), { path: "", code: "wrong_type" });
  assert.deepEqual(refused({ version: 1, company: [null, "bv"] }), { path: "company", code: "wrong_type" });
  assert.deepEqual(refused({ version: 1, company: { legal_form: { bv: null } } }), {
    path: "company.legal_form",
    code: "wrong_type",
  });
  assert.deepEqual(refused({ version: 1, plans: { trainings: [{ participants: 3.5 }] } }), {
    path: "plans.trainings[0].participants",
    code: "wrong_type",
  });
});

test("where eval is forbidden (a strict Content-Security-Policy) objects are built key by key, the same", () => {
  // Every golden scenario's report, built once here (object literals per shape) and once in
  // a Node that refuses code from strings (the loop over each shape's keys).
  const dir = path.join(root, "tests/scenarios");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"));
  const script = `
    import { readFileSync } from "node:fs";
    const { api } = await import(${JSON.stringify(pathToFileURL(path.join(root, "tests/js/load-api.mjs")).href)});
    let evalWorks = true;
    try { new Function("return 1"); } catch { evalWorks = false; }
    const reports = ${JSON.stringify(files)}.map((f) => {
      try { return api.evaluate(readFileSync(${JSON.stringify(dir)} + "/" + f, "utf8"), { today: "2026-11-22" }); }
      catch (e) { return { error: e.code, path: e.path }; }
    });
    process.stdout.write(JSON.stringify({ evalWorks, reports }));
  `;
  const run = spawnSync(
    process.execPath,
    ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  assert.equal(run.status, 0, run.stderr);
  const strict = JSON.parse(run.stdout);
  assert.equal(strict.evalWorks, false);
  const here = files.map((f) => {
    try {
      return api.evaluate(readFileSync(path.join(dir, f), "utf8"), { today: "2026-11-22" });
    } catch (e) {
      return { error: e.code, path: e.path };
    }
  });
  assert.equal(JSON.stringify(strict.reports), JSON.stringify(here));
});
