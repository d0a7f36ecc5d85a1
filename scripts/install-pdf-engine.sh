#!/usr/bin/env bash
# Installs Köprü's PDF engine into a project-local virtual environment (default .venv-pdf/ beside
# this script's folder): WeasyPrint, pinned (Debian's 57.2 writes soft hyphens into the text layer,
# ignores lang="tr" in text-transform and cannot write tagged PDF/UA), and pikepdf, which
# scripts/pdf-structure-languages.py uses to set /Lang on the structure elements.
# Idempotent: does nothing when the pinned versions are already there.
# Usage: scripts/install-pdf-engine.sh [VENV_DIR]     PYTHON=python3.11 to choose the interpreter.
set -euo pipefail

WEASYPRINT_VERSION=70.0
PIKEPDF_VERSION=10.18.0

root=$(cd "$(dirname "$0")/.." && pwd)
venv=${1:-${KOPRU_PDF_VENV:-$root/.venv-pdf}}
python=${PYTHON:-python3}

installed() {
    [[ -x "$venv/bin/python" && -x "$venv/bin/weasyprint" ]] || return 1
    "$venv/bin/python" - "$WEASYPRINT_VERSION" "$PIKEPDF_VERSION" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
sys.exit(0 if (version("weasyprint"), version("pikepdf")) == (sys.argv[1], sys.argv[2]) else 1)
PY
}

if installed; then
    exit 0
fi
if ! "$python" -m venv --help >/dev/null 2>&1; then
    echo "install-pdf-engine: $python cannot create virtual environments" >&2
    echo "  install it with: apt-get install python3-venv (or set PYTHON to another python3)" >&2
    exit 1
fi
echo "install-pdf-engine: weasyprint==$WEASYPRINT_VERSION pikepdf==$PIKEPDF_VERSION into $venv"
[[ -x "$venv/bin/python" ]] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "weasyprint==$WEASYPRINT_VERSION" "pikepdf==$PIKEPDF_VERSION"
installed || { echo "install-pdf-engine: installation in $venv is incomplete" >&2; exit 1; }
echo "install-pdf-engine: $("$venv/bin/weasyprint" --version)"
