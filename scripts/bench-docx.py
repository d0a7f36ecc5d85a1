#!/usr/bin/env python3
"""Times `kopru check` beside `pandoc -f docx -t plain` on the same Word documents.

Usage: bench-docx.py KOPRU_BINARY FILE...
For each file: best wall time of 3 runs, peak resident memory (the child's ru_maxrss) and the ratio
of Köprü's time to pandoc's.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bench import measure  # noqa: E402


def main():
    kopru, files = sys.argv[1], sys.argv[2:]
    header = f"{'file':<24} {'MB':>6}  {'tool':<26} {'time s':>7} {'peak RSS MiB':>12}  {'ratio':>5}"
    print(header)
    print("-" * len(header))
    for path in files:
        megabytes = os.path.getsize(path) / 1e6
        # measure() gives CPU time, wall time and peak RSS; this table compares wall times.
        _, pandoc_time, pandoc_rss = measure(["pandoc", "-f", "docx", "-t", "plain", "-o", os.devnull, path])
        _, kopru_time, kopru_rss = measure([kopru, "check", "--format", "json", "--quiet", path])
        name = os.path.basename(path)
        print(f"{name:<24} {megabytes:6.1f}  {'pandoc -f docx -t plain':<26} {pandoc_time:7.2f} {pandoc_rss:12.1f}")
        print(f"{'':<24} {'':>6}  {'kopru check --format json':<26} {kopru_time:7.2f} {kopru_rss:12.1f}  {kopru_time / pandoc_time:5.2f}x")


if __name__ == "__main__":
    main()
