// Runs N `evaluate` calls of the kmo scenario in one mode, for counting instructions under
// callgrind: the difference between two runs (say 500 and 1500 calls) divided by the
// difference in calls is the cost of one call, without Node's start-up.
// Usage: valgrind --tool=callgrind node tests/js/count-evaluate.mjs MODE N
//   MODE: object | text | json | amounts   (needs `bash scripts/build-js-api.sh`)
import { readFileSync } from "node:fs";
import path from "node:path";
import { api, root } from "./load-api.mjs";

const [mode = "object", count = "1000"] = process.argv.slice(2);
const text = readFileSync(path.join(root, "tests/js/kmo-scenario.json"), "utf8");
const object = JSON.parse(text);
const today = "2026-11-22";
const calls = {
  object: () => api.evaluate(object, { today }),
  text: () => api.evaluate(text, { today }),
  json: () => api.evaluate(object, { today, format: "json" }),
  amounts: () => api.evaluate(object, { today, detail: "amounts" }),
}[mode];
if (!calls) throw new Error(`unknown mode ${mode}`);
let kept = 0;
for (let i = 0; i < Number(count); i++) kept += calls() ? 1 : 0;
if (kept !== Number(count)) throw new Error("evaluate returned nothing");
