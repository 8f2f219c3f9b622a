#!/usr/bin/env bash
# Installs everything Tadamun needs to build, run and test on Debian/Ubuntu: system libraries
# (WebKitGTK for the desktop shell), test tools (Xvfb, WebKitWebDriver, age, exiftool,
# poppler), cargo tools (tauri-driver, cargo-deny) and the front end's npm packages.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(
  build-essential pkg-config libssl-dev file perl
  libwebkit2gtk-4.1-dev libsoup-3.0-dev librsvg2-dev
  xvfb xauth webkit2gtk-driver python3 python3-selenium xdotool
  imagemagick age poppler-utils libimage-exiftool-perl
  dbus  # dbus-daemon: the screen-lock test runs a private bus
  strace  # the end-to-end test watches every socket the app makes; the fsync audit
  fiu-utils  # libfiu: the I/O-fault torture makes libc calls fail in the real CLI
)
# A machine with its own Node.js (not from Debian) needs no nodejs/npm packages.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  echo "Rust is not installed: see https://rustup.rs, then run this again." >&2
  exit 1
fi
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version 2.1.0
command -v cargo-deny >/dev/null || cargo install cargo-deny --locked --version 0.20.2

echo "==> npm ci (ui/)"
(cd ui && npm ci --no-audit --no-fund)
