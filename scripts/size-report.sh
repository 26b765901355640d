#!/usr/bin/env bash
# First-load transfer of the release build in dist/: wasm, JS and CSS, raw and gzip -9.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "dist/ missing: run trunk build --release first" >&2; exit 1; }
printf '%-44s %10s %10s\n' "file (first load)" "raw B" "gzip B"
total_raw=0; total_gz=0
# Only what index.html loads (the app's wasm, its JS glue and CSS); the embed loader,
# the integration page and the JavaScript API are not part of a visitor's first load.
for name in $(grep -oE '[A-Za-z0-9_./-]+\.(wasm|js|css)' dist/index.html | sed 's#^\./##; s#^/##' | sort -u); do
  f="dist/$name"
  [ -f "$f" ] || continue
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
idx_raw=$(wc -c < dist/index.html); idx_gz=$(gzip -9 -c dist/index.html | wc -c)
printf '%-44s %10d %10d\n' "index.html" "$idx_raw" "$idx_gz"
printf '%-44s %10d %10d  (%.1f KB gzip; wasm+JS+CSS)\n' "TOTAL wasm+JS+CSS" "$total_raw" "$total_gz" "$(awk "BEGIN{print $total_gz/1024}")"
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
