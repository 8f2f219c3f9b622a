#!/usr/bin/env bash
# Sets up the machine and runs every check and test: formatting, lints, licences and banned
# crates, the front end's type-check and unit tests, the desktop build, the end-to-end test
# of the real app under Xvfb, and the Rust tests (whose summary is printed last).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR=never
# CI builds from cold once: incremental caches would only take disk (several GB per profile).
export CARGO_INCREMENTAL=0
start=$(date +%s)
# Each step prints when it starts; the time each took is summed up at the end (and on failure),
# so that a slow step shows in CI's log.
timings=""
last_name=""
last_start=$start
finish_step() {
  if [ -n "$last_name" ]; then
    timings="${timings}$(printf '%6ss  %s' "$(( $(date +%s) - last_start ))" "$last_name")"$'\n'
  fi
}
step() {
  finish_step
  last_name="$*"
  last_start=$(date +%s)
  echo; echo "==> [$(( last_start - start ))s] $*"
}
summary() {
  finish_step
  last_name=""
  echo
  echo "==> time per step"
  printf '%s' "$timings"
}
trap 'status=$?; if [ $status -ne 0 ]; then summary; echo "==> FAILED after $(( $(date +%s) - start ))s"; fi' EXIT

step "setup"
bash scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "front end: translations, type-check, unit tests, lint, formatting, build (the desktop crate embeds ui/dist)"
(cd ui && npm run i18n:check && npm run check && npm test && npm run lint && npm run format:check && npm run build)

step "cargo clippy (all targets, -D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo deny (licences, banned crates, sources)"
cargo deny --locked check licenses bans sources

step "desktop app and CLI build"
cargo build --workspace --locked

step "end-to-end test of the real app (Xvfb + tauri-driver + WebKitWebDriver)"
bash tests/e2e/run.sh

step "Rust tests that need root (a full disk, on a 1 MiB tmpfs)"
if [ "$(id -u)" -eq 0 ]; then
  cargo test --locked -p tadamun --test integration -- --ignored
else
  echo "skipped: not root (CI runs these as root)"
fi

# The memory check and the small benchmarks run on the debug build (dev profile): what they
# check does not depend on optimisation, and a release build of its own took 25 of the 50
# minutes of a cold run. Figures for BENCHMARKS.md come from `cargo bench` (bench profile).
step "evidence: a 2 GiB import keeps peak memory under 64 MiB"
TADAMUN_BENCH_PROFILE=dev bash scripts/measure-evidence.sh 2048 zero

step "benchmarks, small size, debug build (so they cannot rot; no time is asserted)"
cargo bench --profile dev --bench records --locked -- 2000
cargo bench --profile dev --bench export --locked -- 50

step "Rust tests (core, CLI, desktop commands, generated IPC types)"
cargo test --workspace --locked 2>&1 | tee target/rust-tests.log
summary
echo
echo "==> all checks passed in $(( $(date +%s) - start ))s"
grep -E '^test result:' target/rust-tests.log | awk '{p+=$4; f+=$6} END {print "rust: " p " passed, " f " failed"}'
