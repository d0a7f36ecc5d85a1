#!/usr/bin/env python3
"""Prints every figure of `make bench` side by side, in one run.

Usage: bench.py KOPRU BENCH_DIR [XLIFF_FILE...]

1. Volumes: `kopru check --qa off`, `kopru check` and `kopru build --to html,epub` on the sample
   volume (the repository root) and on BENCH_DIR/volume-100 (scripts/generate-volume.py), beside
   `xmllint --stream --noout` over the same contribution files (DocBook and XLIFF).
2. The sentence aligner: `kopru-bench-align` on 10 000 sentences (whole document and paragraph by
   paragraph), beside the `galechurch` package (PyPI, installed into BENCH_DIR/venv) on the same
   sentences, paragraph by paragraph, on one core.
3. XLIFF: `kopru check --format json --quiet` beside `xmllint --stream --noout` on each file.

Times are CPU time (user + system, from the child's rusage), the best of three runs, beside the
best wall time; memory is the child's peak resident set (ru_maxrss). A summary table closes the run.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = 3


def measure(command, cwd=None, runs=RUNS, env=None):
    """Best CPU seconds, best wall seconds and peak RSS in MiB of `runs` runs of `command`."""
    best_cpu, best_wall, peak = None, None, 0
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{' '.join(command)} failed with exit status {code}")
        cpu = usage.ru_utime + usage.ru_stime
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        best_wall = wall if best_wall is None else min(best_wall, wall)
        peak = max(peak, usage.ru_maxrss)  # KiB on Linux
    return best_cpu, best_wall, peak / 1024


def source_files(folder):
    """The volume's contribution files (DocBook and XLIFF) in Sources-de/ and Sources-tr/."""
    return sorted(path for side in ("Sources-de", "Sources-tr") for pattern in ("*.xml", "*.xlf", "*.xliff")
                  for path in glob.glob(os.path.join(folder, side, pattern)))


def bench_volumes(kopru, bench_dir, summary):
    volumes = [("sample volume", ROOT), ("volume-100", os.path.join(bench_dir, "volume-100"))]
    header = f"{'volume':<15} {'files':>5} {'KB':>6}  {'command':<30} {'CPU s':>7} {'wall s':>7} {'RSS MiB':>8} {'vs xmllint':>10}"
    print("Volumes (CPU time, best of 3)")
    print(header)
    print("-" * len(header))
    for label, folder in volumes:
        files = source_files(folder)
        kilobytes = sum(os.path.getsize(path) for path in files) / 1024
        lint = measure(["xmllint", "--stream", "--noout"] + files)
        rows = [("xmllint --stream --noout", lint)]
        with tempfile.TemporaryDirectory(dir=bench_dir) as output:
            for name, arguments in [
                ("kopru check --qa off", ["check", "--quiet", "--qa", "off"]),
                ("kopru check", ["check", "--quiet"]),
                ("kopru build --to html,epub", ["build", "--to", "html,epub", "--out", output]),
            ]:
                rows.append((name, measure([kopru] + arguments, cwd=folder)))
        for index, (name, (cpu, wall, rss)) in enumerate(rows):
            first = f"{label:<15} {len(files):>5} {kilobytes:6.0f}" if index == 0 else f"{'':<15} {'':>5} {'':>6}"
            ratio = "" if index == 0 else f"{cpu / max(lint[0], 1e-3):9.1f}x"
            print(f"{first}  {name:<30} {cpu:7.3f} {wall:7.3f} {rss:8.1f} {ratio:>10}")
            if index > 0:
                summary.append((f"{label}: {name}", f"{cpu:.3f} s CPU", f"xmllint {lint[0]:.3f} s"))
    print()


def galechurch_python(bench_dir):
    """The Python of BENCH_DIR/venv with galechurch installed, or None when it cannot be installed."""
    venv = os.path.join(bench_dir, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        if subprocess.run([sys.executable, "-m", "venv", venv]).returncode != 0:
            return None
    check = subprocess.run([python, "-c", "import galechurch"], stderr=subprocess.DEVNULL)
    if check.returncode != 0:
        install = subprocess.run([python, "-m", "pip", "install", "--quiet", "galechurch"])
        if install.returncode != 0:
            return None
    return python


def bench_aligner(kopru, bench_dir, summary):
    print("Sentence aligner (synthetic NTREX-128 documents, CPU time, one core)")
    folder = os.path.join(bench_dir, "align-10000")
    for count in (10000, 100000):
        # The aligner's benchmark is its own tool beside kopru (not part of the command line).
        bench_align = os.path.join(os.path.dirname(kopru), "kopru-bench-align")
        # The paragraph runs are timed best of three, as galechurch is below.
        arguments = [bench_align, "--sentences", str(count), "--repeat", "3"]
        if count == 10000:
            arguments += ["--write-sentences", folder]
        output = subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True, check=True).stdout
        for line in output.splitlines():
            print(f"  kopru-bench-align  {line}")
            rate = re.search(r"sentences\s+(.+?):\s+[0-9.]+ s CPU\s+([0-9]+) sentences/s\s+link F1 ([0-9.]+)", line)
            if rate and count == 10000:
                summary.append((f"aligner, {rate.group(1).strip()}", f"{int(rate.group(2)):,} sentences/s", f"F1 {rate.group(3)}"))
    python = galechurch_python(bench_dir)
    if python is None:
        print("  galechurch: not installed (pip install galechurch failed); skipped")
    else:
        env = dict(os.environ, RAYON_NUM_THREADS="1")
        output = subprocess.run([python, os.path.join(ROOT, "scripts", "bench-galechurch.py"),
                                 os.path.join(folder, "german.txt"), os.path.join(folder, "turkish.txt")],
                                capture_output=True, text=True, check=True, env=env).stdout.strip()
        print(f"  galechurch (PyPI) by paragraph, same sentences  {output}")
        rate = re.search(r"([0-9]+) sentences/s", output)
        if rate:
            summary.append(("galechurch, by paragraph", f"{int(rate.group(1)):,} sentences/s", "Gale-Church, no anchors"))
    print()


def bench_xliff(kopru, files, summary):
    header = f"{'file':<28} {'MB':>6}  {'tool':<22} {'CPU s':>7} {'wall s':>7} {'MB/s':>7} {'peak RSS MiB':>12}  {'CPU ratio':>9} {'wall ratio':>10}"
    print("XLIFF (best of 3; MB/s from wall time; ratios to xmllint)")
    print(header)
    print("-" * len(header))
    for path in files:
        megabytes = os.path.getsize(path) / 1e6
        lint_cpu, lint_wall, lint_rss = measure(["xmllint", "--stream", "--noout", path])
        kopru_cpu, kopru_wall, kopru_rss = measure([kopru, "check", "--format", "json", "--quiet", path])
        name = os.path.basename(path)
        print(f"{name:<28} {megabytes:6.1f}  {'xmllint --stream':<22} {lint_cpu:7.2f} {lint_wall:7.2f} {megabytes / lint_wall:7.1f} {lint_rss:12.1f}")
        print(f"{'':<28} {'':>6}  {'kopru check --json':<22} {kopru_cpu:7.2f} {kopru_wall:7.2f} {megabytes / kopru_wall:7.1f} {kopru_rss:12.1f}  {kopru_cpu / lint_cpu:8.2f}x {kopru_wall / lint_wall:9.2f}x")
        summary.append((f"XLIFF {name}", f"{kopru_cpu / lint_cpu:.2f}x xmllint (CPU)",
                        f"{kopru_wall / lint_wall:.2f}x (wall), peak {kopru_rss:.1f} MiB"))
    print()


def main():
    kopru, bench_dir, files = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
    summary = []
    bench_volumes(kopru, bench_dir, summary)
    bench_aligner(kopru, bench_dir, summary)
    if files:
        bench_xliff(kopru, files, summary)
    width = max(len(row[0]) for row in summary)
    print("Summary")
    for name, figure, beside in summary:
        print(f"  {name:<{width}}  {figure:>22}   {beside}")


if __name__ == "__main__":
    main()
