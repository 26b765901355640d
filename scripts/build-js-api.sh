#!/usr/bin/env bash
# Builds the engine's JavaScript API (crates/wasm) for browsers (ES module) and Node.
# Output: target/js-api/web/ and target/js-api/node/.
source "$(dirname "$0")/env.sh"
ensure_wasm_target
ensure_wasm_bindgen
cargo build -q -p steunwijzer-wasm --release --target wasm32-unknown-unknown
wasm=target/wasm32-unknown-unknown/release/steunwijzer_wasm.wasm
wasm-bindgen --target web --out-dir target/js-api/web "$wasm"
wasm-bindgen --target nodejs --out-dir target/js-api/node "$wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types \
  target/js-api/web/steunwijzer_wasm_bg.wasm -o target/js-api/web/steunwijzer_wasm_bg.wasm
# The Node build is CommonJS; mark its folder so Node never reads it as an ES module.
echo '{ "type": "commonjs" }' > target/js-api/node/package.json
