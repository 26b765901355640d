// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every text or
// wasm file of a build directory, for hosts that serve precompressed files (nginx
// `gzip_static` / `brotli_static`, Caddy `precompressed`, most CDNs and static hosts).
// A copy is written only when it is smaller than the file. Node's own zlib: nothing to
// install. Run: node scripts/precompress.mjs DIR
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/precompress.mjs DIR");
  process.exit(2);
}
const WORTH = /\.(html|js|mjs|css|wasm|json|svg|ftl|webmanifest|d\.ts)$/;

function walk(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

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
  const gz = zlib.gzipSync(raw, { level: 9 });
  if (br.length < raw.length) fs.writeFileSync(file + ".br", br);
  if (gz.length < raw.length) fs.writeFileSync(file + ".gz", gz);
}
