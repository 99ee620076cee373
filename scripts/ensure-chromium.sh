#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium); a downloaded browser cannot
# work here. Install it when missing and we are allowed to (root with apt-get).
set -euo pipefail
exe="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$exe" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's Chromium for the browser tests (apt-get install chromium)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing at $exe: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH" >&2
  exit 1
fi
