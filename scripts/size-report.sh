#!/usr/bin/env bash
# First-load transfer of the release build in dist/: wasm, JS and CSS, raw, gzip -9, the
# build's precompressed .gz (zopfli on release builds) and brotli (q11, the .br copies).
#   bash scripts/size-report.sh              the table (dist/ must exist)
#   bash scripts/size-report.sh --attribute  also where the wasm's bytes go, by crate, area
#                                            and function: relinks the app keeping function
#                                            names (same code, `-C strip=none`), runs
#                                            wasm-bindgen and wasm-opt -Oz -g, then
#                                            scripts/wasm-attribution.py (and `twiggy top`
#                                            when twiggy is installed: cargo install twiggy)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--attribute" ]; then
  source scripts/env.sh
  out=target/size-attribution
  mkdir -p "$out"
  cargo rustc -q --release --target wasm32-unknown-unknown -p steunwijzer-web --bin steunwijzer-web -- -C strip=none
  wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$out" \
    target/wasm32-unknown-unknown/release/steunwijzer-web.wasm
  feats="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types"
  # shellcheck disable=SC2086
  # The same settings as the release build (web/index.html), plus names.
  wasm-opt -Oz --low-memory-unused --one-caller-inline-max-function-size=1000 -g --strip-dwarf $feats -o "$out/app-names.wasm" "$out/steunwijzer-web_bg.wasm"
  python3 scripts/wasm-attribution.py "$out/app-names.wasm" "${TOP:-40}"
  if command -v twiggy >/dev/null 2>&1; then
    twiggy top -n "${TOP:-40}" "$out/app-names.wasm"
  fi
  exit 0
fi
[ -d dist ] || { echo "dist/ missing: run trunk build --release first" >&2; exit 1; }
# One file's sizes: raw, gzip -9, the build's .gz copy (zopfli; gzip -9 when absent) and
# its .br copy (0 when absent), into raw, gz, zf and br; printed as a row with a note.
measure() {
  raw=$(wc -c < "$1"); gz=$(gzip -9 -c "$1" | wc -c)
  zf=$([ -f "$1.gz" ] && wc -c < "$1.gz" || echo "$gz")
  br=$([ -f "$1.br" ] && wc -c < "$1.br" || echo 0)
  printf '%-44s %10d %10d %10d %10d%s\n' "$(basename "$1")" "$raw" "$gz" "$zf" "$br" "${2:-}"
}
printf '%-44s %10s %10s %10s %10s\n' "file (first load)" "raw B" "gzip -9 B" ".gz file B" "brotli B"
total_raw=0; total_gz=0; total_zf=0; total_br=0
# Only what index.html loads (the app's wasm, its JS glue and CSS); the embed loader,
# the integration page and the JavaScript API are not part of a visitor's first load.
for name in $(grep -oE '[A-Za-z0-9_./-]+\.(wasm|js|css)' dist/index.html | sed 's#^\./##; s#^/##' | sort -u); do
  f="dist/$name"
  [ -f "$f" ] || continue
  measure "$f"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_zf=$((total_zf + zf)); total_br=$((total_br + br))
done
measure dist/index.html
printf '%-44s %10d %10d %10d %10d  (%.1f KB gzip -9, %.1f KB brotli; wasm+JS+CSS)\n' "TOTAL wasm+JS+CSS" \
  "$total_raw" "$total_gz" "$total_zf" "$total_br" "$(awk "BEGIN{print $total_gz/1024}")" "$(awk "BEGIN{print $total_br/1024}")"
# The deferred part of a split wasm (scripts/split-wasm.mjs): fetched after the app is
# ready, so not part of the first load.
for f in dist/*_deferred.wasm; do
  if [ -f "$f" ]; then measure "$f" "  (after ready, in the background)"; fi
done
# The advisor page loads only its own files (never the calculator's wasm).
if [ -f dist/advisor.html ]; then
  printf '\n%-44s %10s %10s\n' "advisor page (its own load)" "raw B" "gzip B"
  a_raw=0; a_gz=0
  for f in dist/advisor.html dist/advisor.js dist/advisor.css dist/advisor/*.js dist/advisor/*.wasm; do
    [ -f "$f" ] || continue
    raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    a_raw=$((a_raw + raw)); a_gz=$((a_gz + gz))
    printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
  done
  printf '%-44s %10d %10d  (%.1f KB gzip)\n' "TOTAL advisor page" "$a_raw" "$a_gz" "$(awk "BEGIN{print $a_gz/1024}")"
fi
