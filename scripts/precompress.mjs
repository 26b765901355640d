// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every text or
// wasm file of a build directory, for hosts that serve precompressed files (nginx
// `gzip_static` / `brotli_static`, Caddy `precompressed`, most CDNs and static hosts).
// A copy is written only when it is smaller than the file. Brotli and gzip are Node's own
// zlib. With --zopfli (release builds, scripts/post-build.sh) and Debian's `zopfli`
// installed (scripts/env.sh installs it), the .gz copy is zopfli's when smaller: the same
// gzip format every browser reads, about 4 % smaller (the app's wasm: 374.9 → 360.3 KB),
// at about 25 s per build. Run: node scripts/precompress.mjs [--zopfli] DIR
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const args = process.argv.slice(2);
const wantZopfli = args.includes("--zopfli");
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error("usage: node scripts/precompress.mjs [--zopfli] DIR");
  process.exit(2);
}
const WORTH = /\.(html|js|mjs|css|wasm|json|svg|ftl|webmanifest|d\.ts)$/;

function walk(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** The zopfli gzip of a file, or null when zopfli is not installed. */
function zopfli(file) {
  if (!HAS_ZOPFLI) return null;
  return execFileSync("zopfli", ["--i5", "-c", file], { maxBuffer: 64 << 20 });
}

function hasZopfli() {
  try {
    execFileSync("zopfli", ["-h"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const smallest = (a, b) => (b && b.length < a.length ? b : a);
const HAS_ZOPFLI = wantZopfli && hasZopfli();

for (const file of walk(dir)) {
  if (!WORTH.test(file)) continue;
  const raw = fs.readFileSync(file);
  if (raw.length < 256) continue;
  const br = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = smallest(zlib.gzipSync(raw, { level: 9 }), zopfli(file));
  if (br.length < raw.length) fs.writeFileSync(file + ".br", br);
  if (gz.length < raw.length) fs.writeFileSync(file + ".gz", gz);
}
