#!/usr/bin/env bash
# The desktop app on a large vault: start-to-unlock-screen time and idle memory once unlocked.
#   bash scripts/bench-app.sh VAULT_DIR
# VAULT_DIR is a vault kept by the records benchmark:
#   TADAMUN_BENCH_VAULT=/tmp/v100k cargo bench --bench records -- 100000
set -euo pipefail
cd "$(dirname "$0")/.."
vault=${1:?usage: bench-app.sh VAULT_DIR}
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
(cd ui && npm run build --silent)
cargo build --release -p tadamun-desktop --features custom-protocol --quiet
export TADAMUN_APP="$PWD/target/release/tadamun-desktop"
export TADAMUN_BENCH_VAULT="$vault"
export TADAMUN_BENCH_PASSPHRASE="bench passphrase lantern gravel"
work=$(mktemp -d)
export TADAMUN_E2E_WEBVIEW_DATA="$work/data" HOME="$work/home"
mkdir -p "$HOME"
trap 'rm -rf "$work"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  tauri-driver --port 4444 >/dev/null 2>&1 &
  driver=$!
  trap "kill $driver 2>/dev/null || true" EXIT
  for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/4444) 2>/dev/null && break; sleep 0.2; done
  /usr/bin/python3 tests/e2e/measure_app.py
'
