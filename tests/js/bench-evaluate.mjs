// Speed of the engine as wasm under Node: N evaluate calls on the native benchmark's
// scenario (every measure, 21 plan items). Prints microseconds per call.
// Usage: node tests/js/bench-evaluate.mjs [N]   (needs `bash scripts/build-js-api.sh`)
import { readFileSync } from "node:fs";
import path from "node:path";
import { api, root } from "./load-api.mjs";

const n = Number(process.argv[2] ?? 10000);
const text = readFileSync(path.join(root, "crates/eligibility/benches/full-scenario.json"), "utf8");
const object = JSON.parse(text);

function time(label, fn) {
  for (let i = 0; i < Math.min(1000, n); i++) fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const ns = Number(process.hrtime.bigint() - start);
  console.log(`${label.padEnd(34)} ${(ns / n / 1000).toFixed(2).padStart(9)} µs/op  (N=${n})`);
}

console.log(`wasm under Node ${process.version}, engine ${api.version().engine}`);
time("evaluate(JSON text)", () => api.evaluate(text));
time("evaluate(object)", () => api.evaluate(object));
