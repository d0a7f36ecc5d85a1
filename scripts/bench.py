#!/usr/bin/env python3
"""Times `kopru check --format json` beside `xmllint --stream --noout` on the same files.

Usage: bench.py KOPRU_BINARY FILE...
For each file: best wall time of 3 runs, throughput in MB/s, peak resident memory (the child's
ru_maxrss) and the ratio of Köprü's time to xmllint's.
"""
import os
import subprocess
import sys
import time


def measure(command):
    best_time, peak = None, 0
    for _ in range(3):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{' '.join(command)} failed with exit status {code}")
        best_time = elapsed if best_time is None else min(best_time, elapsed)
        peak = max(peak, usage.ru_maxrss)  # KiB on Linux
    return best_time, peak / 1024


def main():
    kopru, files = sys.argv[1], sys.argv[2:]
    header = f"{'file':<28} {'MB':>6}  {'tool':<22} {'time s':>7} {'MB/s':>7} {'peak RSS MiB':>12}  {'ratio':>5}"
    print(header)
    print("-" * len(header))
    for path in files:
        megabytes = os.path.getsize(path) / 1e6
        lint_time, lint_rss = measure(["xmllint", "--stream", "--noout", path])
        kopru_time, kopru_rss = measure([kopru, "check", "--format", "json", "--quiet", path])
        name = os.path.basename(path)
        print(f"{name:<28} {megabytes:6.1f}  {'xmllint --stream':<22} {lint_time:7.2f} {megabytes / lint_time:7.1f} {lint_rss:12.1f}")
        print(f"{'':<28} {'':>6}  {'kopru check --json':<22} {kopru_time:7.2f} {megabytes / kopru_time:7.1f} {kopru_rss:12.1f}  {kopru_time / lint_time:5.2f}x")


if __name__ == "__main__":
    main()
