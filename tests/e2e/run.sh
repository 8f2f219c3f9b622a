#!/usr/bin/env bash
# Runs the end-to-end tests against the real desktop app: tauri-driver (which starts
# WebKitWebDriver and the app) inside a virtual X display. Expects a built
# target/debug/tadamun-desktop (ui/dist embedded) and tauri-driver on PATH.
#   bash tests/e2e/run.sh                      every journey
#   bash tests/e2e/run.sh test_languages.py    only these files (tests/e2e/…)
# test_dark.py runs under GTK's dark theme (the app's dark colours), the others under the light.
# The full run ends with a residue scan of the machine (tests/e2e/residue.py).
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
since=$(mktemp)  # when the journeys began: the residue scan reads what was written after
trap 'rm -rf "$webview_data" "$log" "$since"' EXIT
# run_journeys THEME FILES…: one tauri-driver (so one GTK theme: the dark one makes the web view
# report prefers-color-scheme: dark) and the given test files, in order.
run_journeys() {
  local theme=$1
  shift
  GTK_THEME=$theme xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    tauri-driver --port 4444 >"$0" 2>&1 &
    driver=$!
    trap "kill $driver 2>/dev/null || true" EXIT
    for _ in $(seq 1 50); do
      (exec 3<>/dev/tcp/127.0.0.1/4444) 2>/dev/null && break
      sleep 0.2
    done
    cd tests/e2e
    for test in "${@:1}"; do
      /usr/bin/python3 "$test" || exit 1
    done
  ' "$log" "$@" || { echo "--- tauri-driver log ---"; cat "$log"; exit 1; }
}

full=1
light=(test_vault.py test_records.py test_export.py test_backup.py test_languages.py test_keyboard.py test_webprocess.py)
dark=(test_dark.py)
if [ $# -gt 0 ]; then
  full=0
  light=()
  dark=()
  for test in "$@"; do
    if [ "$test" = test_dark.py ]; then dark+=("$test"); else light+=("$test"); fi
  done
fi
[ ${#light[@]} -eq 0 ] || run_journeys Adwaita "${light[@]}"
[ ${#dark[@]} -eq 0 ] || run_journeys Adwaita:dark "${dark[@]}"
# After every journey: nothing the person typed or attached may remain anywhere on the machine
# (HOME, /tmp, /var/tmp, /dev/shm), apart from what they exported on purpose, which the
# journeys removed. tauri-driver's log is the harness's, not the app's.
if [ "$full" = 1 ] || [ "${TADAMUN_RESIDUE_SCAN:-0}" = 1 ]; then
  (cd tests/e2e && /usr/bin/python3 residue.py "$since" "$log")
fi
