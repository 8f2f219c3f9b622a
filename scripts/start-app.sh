#!/usr/bin/env bash
# Sets up the machine, builds the front end and starts the Tadamun desktop app.
# The vault lives in the app's data folder unless you pass --vault DIR (or set TADAMUN_VAULT).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm run build)
exec cargo run --locked -p tadamun-desktop -- "$@"
