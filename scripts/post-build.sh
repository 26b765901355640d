#!/usr/bin/env sh
# Trunk post-build hook (runs in the repository root with TRUNK_STAGING_DIR set):
# 1. copies public/ (embed loader, custom element, integration and demo pages, _headers);
# 2. ships the plain JavaScript API as api/ when scripts/build-js-api.sh has built it;
# 3. ships the advisor page's wasm as advisor/ when scripts/build-batch-web.sh has built it;
# 4. copies the language files (texts/*.ftl: the engine's, and the app's own words
#    web/texts/*.web.ftl) that the app fetches;
# 5. (release builds) splits the app's wasm into the first module and a deferred one
#    (split-wasm.mjs), which renames the app's files and updates index.html;
# 6. writes this build's Content-Security-Policy to csp.txt and _headers;
# 7. fills in the offline worker (sw.js, sw-register.js);
# 8. (last) writes .br and .gz copies of the text and wasm files (precompress.mjs).
set -eu
out="$TRUNK_STAGING_DIR"
[ -d public ] && cp -R public/. "$out"/
if [ -f target/js-api/web/steunwijzer_wasm.js ]; then
  mkdir -p "$out/api"
  cp target/js-api/web/steunwijzer_wasm.js target/js-api/web/steunwijzer_wasm_bg.wasm \
     target/js-api/web/steunwijzer_wasm.d.ts "$out/api/"
  cp -R target/js-api/web/snippets "$out/api/"
fi
# The advisor page's own wasm (only advisor.html loads it).
if [ -f target/batch-web/steunwijzer_batch_web.js ]; then
  mkdir -p "$out/advisor"
  cp target/batch-web/steunwijzer_batch_web.js target/batch-web/steunwijzer_batch_web_bg.wasm "$out/advisor/"
fi
# The texts by language: the app compiles in only Dutch and fetches texts/<lang>.web.ftl
# (its own words) and the engine's texts/<lang>.ftl, .errors.ftl, .rules.ftl and
# .context.ftl when a visitor needs another language.
# (web/texts/nl.web.ftl is compiled in and never fetched: not shipped.)
mkdir -p "$out/texts"
cp crates/eligibility/texts/*.ftl web/texts/en.web.ftl web/texts/fr.web.ftl "$out/texts/"

# The first visit downloads only the code its first screen runs; the rest follows in the
# background (docs/performance.md, "The wasm in two parts"). Release builds only: it runs
# the app in headless Chromium to see which code that is (about a minute).
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  node scripts/split-wasm.mjs "$out"
fi

# The CSP carries the hash of index.html's inline start script: after the split.
python3 scripts/write-csp.py "$out"

# Offline worker: this build's precache list and id into sw.js (or the "off" worker when
# STEUNWIJZER_SERVICE_WORKER=off); see docs/hosting.md. Keep it before any step that
# compresses files, since it rewrites sw.js and sw-register.js.
python3 scripts/write-sw.py "$out"

# Precompressed copies for hosts that serve them (docs/hosting.md). Keep this block last:
# it compresses what the steps above wrote. Release builds take the time for zopfli's
# smaller gzip (about 25 s); development builds use zlib alone.
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  node scripts/precompress.mjs --zopfli "$out"
else
  node scripts/precompress.mjs "$out"
fi
