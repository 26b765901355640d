#!/usr/bin/env bash
# Builds the advisor page's wasm (crates/batch-web: read a client list, evaluate every
# row, export the table) as an ES module. Output: target/batch-web/. The post-build hook
# ships it as advisor/ next to advisor.html; the calculator never loads it.
source "$(dirname "$0")/env.sh"
ensure_wasm_target
ensure_wasm_bindgen
cargo build -q -p steunwijzer-batch-web --release --target wasm32-unknown-unknown
wasm=target/wasm32-unknown-unknown/release/steunwijzer_batch_web.wasm
wasm-bindgen --target web --no-typescript --out-dir target/batch-web "$wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --low-memory-unused \
  target/batch-web/steunwijzer_batch_web_bg.wasm -o target/batch-web/steunwijzer_batch_web_bg.wasm
