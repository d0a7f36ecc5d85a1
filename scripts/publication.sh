#!/bin/sh
# Builds the sample publication into Output/. Until `kopru build` exists this runs the completeness
# check of Sources-de/ and Sources-tr/; exit status 1 (findings: the sample volume has deliberate gaps)
# is expected and not a failure.
set -u
kopru="$1"
if "$kopru" --help 2>/dev/null | grep -q "^  build "; then
    exec "$kopru" build
fi
"$kopru" check Sources-de Sources-tr
status=$?
if [ "$status" -le 1 ]; then exit 0; fi
exit "$status"
