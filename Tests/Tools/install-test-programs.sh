#!/usr/bin/env bash
# The real programs the tests use beside the Swift toolchain, installed from Debian's packages when missing:
# python3 (test workbooks and archives, with python3-venv for openpyxl), LibreOffice (opening and converting
# workbooks), Chromium (rendering the HTML report) and poppler-utils (pdftotext, reading the printed report). They
# are test tools, not dependencies of Fordeling. Run by `make test`; needs root (or sudo) only when something is missing.
set -euo pipefail
declare -A package=([python3]=python3 [soffice]=libreoffice-calc-nogui [chromium]=chromium [pdftotext]=poppler-utils)
missing=()
for program in python3 soffice chromium pdftotext; do
    command -v "$program" >/dev/null 2>&1 || missing+=("${package[$program]}")
done
# A test makes a workbook with openpyxl from PyPI, in a virtual environment: Debian's python3 needs python3-venv for that.
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing the test programs: ${missing[*]} (Debian packages) ..."
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "error: the tests need ${missing[*]}; install them as root: apt-get install ${missing[*]}" >&2; exit 1; fi; }
export DEBIAN_FRONTEND=noninteractive
run apt-get update -q >/dev/null
run apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
for program in python3 soffice chromium pdftotext; do
    command -v "$program" >/dev/null 2>&1 || { echo "error: $program is still missing after installing ${missing[*]}" >&2; exit 1; }
done
