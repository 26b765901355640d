#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it on http://127.0.0.1:8080
source "$(dirname "$0")/env.sh"
ensure_build_tools
step "JavaScript API (served as ./api/)"
bash scripts/build-js-api.sh
step "trunk serve --release on http://127.0.0.1:8080"
exec trunk serve --release --address 127.0.0.1 --port 8080
