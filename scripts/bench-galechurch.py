#!/usr/bin/env python3
"""Times the `galechurch` package (PyPI, a Rust Gale–Church aligner) on the sentences that
`kopru-bench-align --write-sentences DIR` wrote, paragraph by paragraph, on one core.

Usage: bench-galechurch.py GERMAN_TXT TURKISH_TXT
The files hold one sentence per line and an empty line between paragraphs (the same paragraphs on
both sides). Prints one line: sentences, CPU seconds, sentences per second. Run it with the Python
of a virtual environment where `galechurch` is installed; RAYON_NUM_THREADS=1 keeps it on one core.
"""
import os
import sys
import time

os.environ.setdefault("RAYON_NUM_THREADS", "1")

import galechurch  # noqa: E402  (after the thread setting)


def paragraphs(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return [block.split("\n") for block in text.strip("\n").split("\n\n")]


def main():
    german, turkish = paragraphs(sys.argv[1]), paragraphs(sys.argv[2])
    if len(german) != len(turkish):
        sys.exit(f"{sys.argv[1]} has {len(german)} paragraphs, {sys.argv[2]} has {len(turkish)}")
    total = sum(len(block) for block in german) + sum(len(block) for block in turkish)
    best = None
    for _ in range(3):
        start = time.process_time()
        for source, target in zip(german, turkish):
            galechurch.align(source, target)
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"{len(german)} paragraphs  {total} sentences  {best:.3f} s CPU  {total / best:.0f} sentences/s")


if __name__ == "__main__":
    main()
