# Shared environment and idempotent installers for scripts/serve.sh and scripts/test.sh.
# Source it from the repository root. Each step installs only what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$ROOT/node_modules/.bin:$CARGO_HOME/bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

TRUNK_VERSION="0.21.14"
# wasm-bindgen CLI must match Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"

step() { printf '\n==> %s\n' "$*"; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    step "cargo install trunk $TRUNK_VERSION (about 10 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
    # Not --locked: its lock file names a dependency version the registry lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_node_tools() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "npm ci (binaryen wasm-opt, terser, playwright-core, axe-core)"
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    step "apt-get install chromium chromium-driver"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  fi
}

# binaryen's wasm-split (scripts/split-wasm.mjs): npm's binaryen package does not ship it,
# so it comes from Debian's binaryen package, unpacked under target/tools/ rather than
# installed (Debian's wasm-opt 108 must not shadow npm's 132, which trunk uses).
ensure_wasm_split() {
  local dest="$ROOT/target/tools/binaryen"
  if [ ! -x "$dest/usr/bin/wasm-split" ]; then
    step "binaryen's wasm-split from Debian's package, into target/tools/"
    local tmp
    tmp="$(mktemp -d)"
    if ! (cd "$tmp" && apt-get download binaryen >/dev/null 2>&1); then
      apt-get update -q && (cd "$tmp" && apt-get download binaryen)
    fi
    mkdir -p "$dest"
    dpkg -x "$tmp"/binaryen_*.deb "$dest"
    rm -rf "$tmp"
  fi
}

# Debian's zopfli: the release build's precompressed .gz files, ~4 % smaller than zlib's
# (scripts/precompress.mjs). Optional: without it the build writes zlib's gzip.
ensure_zopfli() {
  if ! command -v zopfli >/dev/null 2>&1; then
    step "apt-get install zopfli"
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q zopfli; } \
      || echo "zopfli not installed: precompressed .gz files come from zlib" >&2
  fi
}

# Everything the app build needs.
ensure_build_tools() {
  ensure_wasm_target
  ensure_zopfli
  ensure_wasm_split
  ensure_chromium
  ensure_node_tools
  ensure_wasm_bindgen
  ensure_trunk
}
