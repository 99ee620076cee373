#!/usr/bin/env bash
# What the tests need from Debian: Chromium (/usr/bin/chromium; a downloaded browser cannot
# work here), poppler-utils (pdfinfo, pdftotext, pdftoppm: the print test reads the PDF back) and
# LibreOffice Calc (soffice: the workbook test recomputes exported xlsx files; large, ~300 MB).
# Installs whatever is missing when we are allowed to (root with apt-get).
set -euo pipefail
exe="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$exe" ] || missing+=(chromium)
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v "${SOFFICE_PATH:-soffice}" >/dev/null || missing+=(libreoffice-calc-nogui)
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the tests (apt-get install)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing for the tests: ${missing[*]}. Run 'sudo apt-get install -y ${missing[*]}' (or set CHROMIUM_PATH)" >&2
  exit 1
fi
