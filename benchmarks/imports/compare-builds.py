#!/usr/bin/env python3
"""Times one import through two or more builds of the CLI, runs alternated, each into an empty store.

Usage: benchmarks/imports/compare-builds.py RUNS INPUT FORMAT LABEL=PATH/graph.dll ... [-- IMPORT OPTIONS]
e.g.   benchmarks/imports/compare-builds.py 5 ../shared/data/ofac/sdn_2021-07 ofac-csv \\
           before=/tmp/main/src/Graph.Cli/bin/Release/net10.0/graph.dll after=src/Graph.Cli/bin/Release/net10.0/graph.dll \\
           -- --published 2021-07-07

Prints per build the medians of the wall time (start-up included), of the CPU time (user + system) and of the peak
RSS, and of each phase the CLI reports, from its line to the next ("Reading" until "Resolving references" in a
whole-input import, "Writing as it reads" until the end's checks in a streamed one; the rest is start-up, opening
the store and the report). Alternating the builds spreads the load of other processes over both; the CPU time is
the steadier figure on a shared machine.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    args = sys.argv[1:]
    extra = args[args.index("--") + 1:] if "--" in args else []
    args = args[: args.index("--")] if "--" in args else args
    runs, source, fmt = int(args[0]), args[1], args[2]
    builds = [a.split("=", 1) for a in args[3:]]
    results = {label: [] for label, _ in builds}
    with tempfile.TemporaryDirectory() as work:
        store = os.path.join(work, "store.db")
        for _ in range(runs):
            for label, dll in builds:
                for name in os.listdir(work):
                    os.remove(os.path.join(work, name))
                start = time.perf_counter()
                process = subprocess.Popen(["dotnet", dll, "import", source, "--format", fmt, "--store", store, "--json", *extra],
                                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                stderr = process.stderr.read()
                _, status, usage = os.wait4(process.pid, 0)
                wall = time.perf_counter() - start
                if status != 0:
                    sys.exit(f"{label}: the import failed\n{stderr}")
                # Each phase line marks when its phase began; a phase lasts until the next line, the last until "Written".
                marks = [(m[2], float(m[1])) for m in re.finditer(r"\[\s*([\d.]+) s\] ([^(…]+?)(?: \(|…)", stderr)]
                run = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024}
                for (phase, began), (_, ended) in zip(marks, marks[1:]):
                    run[phase] = run.get(phase, 0) + ended - began
                run["start-up, open and report"] = wall - marks[-1][1] + marks[0][1]
                results[label].append(run)
    for label, _ in builds:
        median = {key: statistics.median(run.get(key, 0) for run in results[label]) for key in results[label][0]}
        walls = ", ".join(f"{run['wall']:.2f}" for run in results[label])
        phases = ", ".join(f"{key} {value:.2f}" for key, value in median.items() if key not in ("wall", "cpu", "rss"))
        print(f"{label}: wall {median['wall']:.2f} s ({walls}), CPU {median['cpu']:.2f} s, peak RSS {median['rss']:.0f} MB; phases (s): {phases}")

if __name__ == "__main__":
    main()
