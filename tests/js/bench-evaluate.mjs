// Speed of the engine as wasm under Node: evaluate calls on two scenarios, the small kmo
// scenario of the API's example (tests/js/kmo-scenario.json: one training, the report is
// about 8.5 KB of JSON) and the native benchmark's full scenario (every measure, 21 plan
// items). N calls per case in R rounds; prints, in microseconds per call, the median round
// by the clock and by the process's CPU time (the steadier figure on a busy machine).
// Usage: node tests/js/bench-evaluate.mjs [N] [R] [kmo|full]   (needs `bash scripts/build-js-api.sh`)
import { readFileSync } from "node:fs";
import path from "node:path";
import { api, root } from "./load-api.mjs";

const rounds = Number(process.argv[3] ?? 9);
const n = Math.max(1, Math.round(Number(process.argv[2] ?? 10000) / rounds));
const today = "2026-11-22";
const only = process.argv[4];

function time(label, fn) {
  for (let i = 0; i < Math.min(1000, n); i++) fn(); // warm-up
  const wall = [];
  const cpu = [];
  for (let r = 0; r < rounds; r++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    wall.push(Number(process.hrtime.bigint() - start) / n / 1000);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / n);
  }
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1].toFixed(1);
  console.log(
    `${label.padEnd(46)} clock ${median(wall).padStart(7)} µs   CPU ${median(cpu).padStart(7)} µs   (${rounds} × ${n})`,
  );
}

console.log(`wasm under Node ${process.version}, engine ${api.version().engine}`);
for (const [name, file] of [
  ["kmo", "tests/js/kmo-scenario.json"],
  ["full", "crates/eligibility/benches/full-scenario.json"],
]) {
  if (only && only !== name) continue;
  const text = readFileSync(path.join(root, file), "utf8");
  const object = JSON.parse(text);
  time(`${name}: evaluate(object)`, () => api.evaluate(object, { today }));
  time(`${name}: evaluate(JSON text)`, () => api.evaluate(text, { today }));
  time(`${name}: evaluate(object, { format: "json" })`, () =>
    api.evaluate(object, { today, format: "json" }),
  );
  time(`${name}: evaluate(object, { detail: "amounts" })`, () =>
    api.evaluate(object, { today, detail: "amounts" }),
  );
}
