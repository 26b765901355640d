#!/usr/bin/env sh
# Trunk post-build hook (runs in the repository root with TRUNK_STAGING_DIR set):
# 1. copies public/ (embed loader, custom element, integration and demo pages, _headers);
# 2. ships the plain JavaScript API as api/ when scripts/build-js-api.sh has built it;
# 3. writes this build's Content-Security-Policy to csp.txt and _headers;
# 4. copies the engine's language files (texts/*.ftl) that the app fetches;
# 5. (last) writes .br and .gz copies of the text and wasm files (precompress.mjs).
set -eu
out="$TRUNK_STAGING_DIR"
[ -d public ] && cp -R public/. "$out"/
if [ -f target/js-api/web/steunwijzer_wasm.js ]; then
  mkdir -p "$out/api"
  cp target/js-api/web/steunwijzer_wasm.js target/js-api/web/steunwijzer_wasm_bg.wasm \
     target/js-api/web/steunwijzer_wasm.d.ts "$out/api/"
fi
python3 scripts/write-csp.py "$out"

# The engine's texts by language: the app compiles in only Dutch and fetches
# texts/<lang>.ftl and texts/<lang>.errors.ftl when a visitor needs another language.
mkdir -p "$out/texts"
cp crates/eligibility/texts/*.ftl "$out/texts/"

# Precompressed copies for hosts that serve them (docs/hosting.md). Keep this block last:
# it compresses what the steps above wrote.
node scripts/precompress.mjs "$out"
