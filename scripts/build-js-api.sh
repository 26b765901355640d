#!/usr/bin/env bash
# Builds the engine's JavaScript API (crates/wasm) for browsers (ES module) and Node.
# Output: target/js-api/web/ and target/js-api/node/.
# Profile `release-js-api` (Cargo.toml): opt-level 3, since pages call `evaluate` on every change.
source "$(dirname "$0")/env.sh"
ensure_wasm_target
ensure_wasm_bindgen
cargo build -q -p steunwijzer-wasm --profile release-js-api --target wasm32-unknown-unknown
wasm=target/wasm32-unknown-unknown/release-js-api/steunwijzer_wasm.wasm
rm -rf target/js-api/web/snippets target/js-api/node/snippets
wasm-bindgen --target web --out-dir target/js-api/web "$wasm"
wasm-bindgen --target nodejs --out-dir target/js-api/node "$wasm"
for out in target/js-api/web target/js-api/node; do
  wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types \
    "$out/steunwijzer_wasm_bg.wasm" -o "$out/steunwijzer_wasm_bg.wasm"
done
# The Node build is CommonJS; mark its folder so Node never reads it as an ES module, and
# turn the ES module snippet (crates/wasm/js/decode.js) that its glue requires into CommonJS.
echo '{ "type": "commonjs" }' > target/js-api/node/package.json
for snippet in target/js-api/node/snippets/*/js/*.js; do
  sed -i 's/^export function \([A-Za-z0-9_]*\)/exports.\1 = \1;\nfunction \1/' "$snippet"
done
