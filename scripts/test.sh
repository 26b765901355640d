#!/usr/bin/env bash
# Installs what is missing, then runs every check: format, lints, native tests,
# the JavaScript API under Node, the release wasm build and the browser tests.
source "$(dirname "$0")/env.sh"
ensure_build_tools

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native, all targets)"
cargo clippy --workspace --all-targets -- -D warnings
step "cargo clippy (wasm32: web app and JS API)"
cargo clippy -p steunwijzer-web -p steunwijzer-wasm -p steunwijzer-batch-web --target wasm32-unknown-unknown -- -D warnings

step "cargo test (native workspace)"
cargo test --workspace --all-targets
cargo test --workspace --doc

step "JavaScript API (wasm under Node)"
bash scripts/build-js-api.sh
node --test tests/js/

step "advisor page wasm (crates/batch-web)"
bash scripts/build-batch-web.sh

step "trunk build --release"
trunk build --release
bash scripts/size-report.sh

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
