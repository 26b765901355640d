// The JavaScript API's `options.measures` (issue 10, item 7): only the asked measures count
// in the totals, questions, assumptions and timeline; every measure stays in the report.
// Needs the Node build: `bash scripts/build-js-api.sh` (writes target/js-api/node/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { api, root } from "./load-api.mjs";

const specExample = JSON.parse(
  readFileSync(path.join(root, "crates/cli/tests/fixtures/spec-example.json"), "utf8"),
);
const ASKED = ["kmo-portefeuille", "cybersecurity-verbetertraject"];
const cents = (amount) => Math.round(Number(amount) * 100);

test("options.measures limits the totals to the asked measures and marks the others", () => {
  const all = api.evaluate(specExample, { lang: "nl" });
  const some = api.evaluate(specExample, { lang: "nl", measures: ASKED });
  assert.equal(some.measures.length, 10);
  for (const m of some.measures) {
    assert.equal(m.asked, ASKED.includes(m.id), m.id);
    const same = all.measures.find((x) => x.id === m.id);
    assert.equal(m.amount, same.amount, m.id);
    assert.equal(same.asked, true);
  }
  const grants = some.measures
    .filter((m) => m.asked && m.status === "eligible" && m.kind === "grant")
    .reduce((sum, m) => sum + cents(m.amount), 0);
  assert.equal(cents(some.totals.grants), grants);
  assert.equal(some.totals.tax_deductions, "0.00");
  for (const a of some.assumptions) {
    assert.ok(a.measures.every((id) => ASKED.includes(id)), a.field);
  }
  for (const e of some.timeline) assert.ok(ASKED.includes(e.measure));
});

test("an unknown measure id in options.measures throws with its path", () => {
  let error;
  try {
    api.evaluate(specExample, { measures: ["kmo"] });
  } catch (e) {
    error = e;
  }
  assert.ok(error, "expected a throw");
  assert.equal(error.path, "options.measures");
  assert.equal(error.code, "invalid_value");
});

test("the report carries assumptions, open questions and a timeline", () => {
  const report = api.evaluate(
    {
      version: 1,
      date: "2026-11-28",
      company: { region: "flanders", legal_form: "bv", staff_awu: "12", turnover: "1800000",
        last_cyber_trajectory: "2023-03-01" },
      plans: { trainings: [{ cost: "3200", participants: 4, days: 2 }] },
    },
    { lang: "nl" },
  );
  const kmo = report.measures.find((m) => m.id === "kmo-portefeuille");
  assert.equal(kmo.status, "eligible");
  assert.equal(kmo.amount, "960.00");
  assert.ok(report.assumptions.some((a) => a.field === "company.public_ownership_pct" && a.value === "0"));
  assert.deepEqual(report.timeline.map((e) => [e.date, e.kind]), [["2027-03-01", "cyber_new_trajectory"]]);
  assert.ok(Array.isArray(report.open_questions));
});
