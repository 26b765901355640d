// Loads the Node build of the JavaScript API (target/js-api/node, CommonJS) from ES modules.
// The repository's package.json says "type": "module", which would make Node read the
// generated .js as an ES module; a package.json next to it marks that folder CommonJS.
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// STEUNWIJZER_JS_API_DIR: another Node build to load (e.g. an older one, to compare speed).
const dir = process.env.STEUNWIJZER_JS_API_DIR ?? path.join(root, "target/js-api/node");
const entry = path.join(dir, "steunwijzer_wasm.js");
if (!existsSync(entry)) {
  throw new Error(`${entry} is missing: run bash scripts/build-js-api.sh first`);
}
const marker = path.join(dir, "package.json");
if (!existsSync(marker)) {
  writeFileSync(marker, '{ "type": "commonjs" }\n');
}

/** The API: evaluate, rules, sources, version. */
export const api = createRequire(import.meta.url)(entry);
