#!/bin/sh
# Installs what the test suite needs when it is missing.
set -eu
here=$(dirname "$0")
"$here/ensure-packages.sh" libxml2-dev pkg-config libxml2-utils
