#!/bin/sh
# Runs Köprü's libFuzzer targets, one after another, each for a given time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     (make fuzz FUZZ_SECONDS=600 FUZZ_TARGETS="docbook")
#
# TARGET is manifest, docbook, xliff12, xliff2 or word (default: all five). Each is an executable target
# of Package.swift (Fuzz/Fuzz*/), built here into .build-fuzz with -DFUZZING and
# -sanitize=fuzzer,address, so that libFuzzer provides main() and AddressSanitizer watches every
# access. Seeds come from ../shared/corpus and the test fixtures; what the fuzzer learns is kept in
# fuzz-corpus/TARGET, and any crash, leak or timeout is written to fuzz-findings/TARGET/ (a
# non-zero exit). Reproduce one with the normal build: swift build --product FuzzDocBook &&
# .build/debug/FuzzDocBook fuzz-findings/docbook/crash-…
#
# FUZZ_CONFIGURATION=debug builds without optimisation (slower runs, quicker build); FUZZ_MAX_LEN
# bounds the size of the generated inputs (default 16384 bytes; seeds are cut there); FUZZ_RUNS
# stops a target after that many executions if its time has not run out before.
set -eu

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-manifest docbook xliff12 xliff2 word}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${KOPRU_CORPUS:-$root/../shared/corpus}
configuration=${FUZZ_CONFIGURATION:-release}
max_len=${FUZZ_MAX_LEN:-16384}
runs=${FUZZ_RUNS:--1}
cd "$root"

product() {
    case $1 in
        manifest) echo FuzzManifest ;;
        docbook) echo FuzzDocBook ;;
        xliff12) echo FuzzXLIFF12 ;;
        xliff2) echo FuzzXLIFF2 ;;
        word) echo FuzzWord ;;
        *) echo "unknown fuzz target '$1' (manifest, docbook, xliff12, xliff2, word)" >&2; exit 64 ;;
    esac
}

# Copies the files under the given folders whose names match the pattern into the seed folder.
seed() {
    folder=$1 pattern=$2
    shift 2
    for source in "$@"; do
        [ -d "$source" ] || continue
        find "$source" -type f -name "$pattern" -size -256k -exec cp {} "$folder"/ \; 2>/dev/null || true
    done
}

status=0
for target in $targets; do
    extra=""
    asan_options="${ASAN_OPTIONS:-}"
    name=$(product "$target")
    echo "== $target ($name): building with -sanitize=fuzzer,address"
    swift build --scratch-path .build-fuzz -c "$configuration" -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address \
        --product "$name"
    seeds=fuzz-corpus/seeds-$target
    mkdir -p "fuzz-corpus/$target" "fuzz-findings/$target" "$seeds"
    case $target in
        manifest)
            cp kopru.yaml "$seeds/"
            seed "$seeds" '*.yaml' Fuzz/Seeds/manifest ;;
        docbook)
            seed "$seeds" '*.xml' Sources-de Sources-tr Tests/FormatReadersTests/Fixtures/contributions Tests/CommandsTests/Fixtures ;;
        xliff12)
            seed "$seeds" '*.xlf' "$corpus/xliff12-de-tr" "$corpus/xliff12-edge" Tests/FormatReadersTests/Fixtures/xliff12 ;;
        xliff2)
            seed "$seeds" '*.xlf' "$corpus/xliff2" Tests/FormatReadersTests/Fixtures/xliff2 Sources-de ;;
        word)
            # Word files are ZIP containers larger than an XML seed: a longer limit keeps them whole.
            # Leak detection is off for this target: ZIPFoundation leaks the 58-byte path that
            # Foundation's fileSystemRepresentation returns, once per archive opened (not Köprü's code).
            max_len=${FUZZ_MAX_LEN:-65536}
            # (The libFuzzer flag stops the check while fuzzing; ASAN_OPTIONS stops the one at exit, which
            # would otherwise write an empty "crash" file for the same leak after a clean run.)
            extra="-detect_leaks=0"
            asan_options="detect_leaks=0"
            seed "$seeds" '*.docx' "$corpus/docx" Sources-de Sources-tr Tests/FormatReadersTests/Fixtures
            seed "$seeds" '*.odt' "$corpus/docx" Tests/FormatReadersTests/Fixtures ;;
    esac
    echo "== $target: fuzzing for $seconds s with $(ls "$seeds" | wc -l) seed files"
    if ! ASAN_OPTIONS="$asan_options" ".build-fuzz/$configuration/$name" "fuzz-corpus/$target" "$seeds" -max_total_time="$seconds" -runs="$runs" -max_len="$max_len" \
        -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 -artifact_prefix="fuzz-findings/$target/" $extra
    then
        echo "== $target: the fuzzer found a problem; see fuzz-findings/$target/" >&2
        status=1
    fi
done
exit $status
