#!/usr/bin/env bash
# Benchmarks: the engine natively (divan), the engine as wasm under Node, and the
# first-load size of the release build when dist/ exists.
source "$(dirname "$0")/env.sh"

step "native engine (cargo bench -p eligibility, profile bench)"
cargo bench -q -p eligibility --bench evaluate

step "wasm engine under Node (release JS API build)"
bash scripts/build-js-api.sh
node tests/js/bench-evaluate.mjs "${BENCH_N:-10000}"

if [ -d dist ]; then
  step "first-load size (dist/)"
  bash scripts/size-report.sh
else
  step "first-load size skipped: no dist/ (run trunk build --release first)"
fi

if [ -f dist/index.html ]; then
  step "web app in headless Chromium (first load, navigation to interactive, keystroke to result on the desktop and with 4x CPU slowdown, first visit on a slow-4G phone with gzip and brotli, and a link with gzip)"
  node tests/e2e/bench-web.mjs --loads "${BENCH_WEB_LOADS:-10}" --keys "${BENCH_WEB_KEYS:-100}" \
    --phone-loads "${BENCH_PHONE_LOADS:-5}"
else
  step "web app benchmark skipped: no dist/ (run trunk build --release first)"
fi
