#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests and the demo; installs it when we are root.
set -euo pipefail
for p in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -n "$p" ] && [ -x "$p" ] && exit 0
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
