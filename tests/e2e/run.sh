#!/usr/bin/env bash
# Runs the end-to-end tests against the real desktop app: tauri-driver (which starts
# WebKitWebDriver and the app) inside a virtual X display. Expects a built
# target/debug/tadamun-desktop (ui/dist embedded) and tauri-driver on PATH.
#   bash tests/e2e/run.sh                      every journey
#   bash tests/e2e/run.sh test_languages.py    only these files (tests/e2e/…)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
log=$(mktemp)
webview_data=$(mktemp -d)
export TADAMUN_E2E_WEBVIEW_DATA="$webview_data/data"
# The app (started by tauri-driver) gets a throwaway home: the test inspects what GTK and
# WebKit leave there, and nothing touches the real one.
export HOME="$webview_data/home"
mkdir -p "$HOME"
trap 'rm -rf "$webview_data" "$log"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  tauri-driver --port 4444 >"$0" 2>&1 &
  driver=$!
  trap "kill $driver 2>/dev/null || true" EXIT
  for _ in $(seq 1 50); do
    (exec 3<>/dev/tcp/127.0.0.1/4444) 2>/dev/null && break
    sleep 0.2
  done
  cd tests/e2e
  for test in ${1:-test_vault.py test_records.py test_export.py test_languages.py}; do
    /usr/bin/python3 "$test" || exit 1
  done
' "$log" "$*" || { echo "--- tauri-driver log ---"; cat "$log"; exit 1; }
