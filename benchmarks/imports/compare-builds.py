#!/usr/bin/env python3
"""Times one import through two or more builds of the CLI, runs alternated, each into an empty store.

Usage: benchmarks/imports/compare-builds.py RUNS INPUT FORMAT LABEL=PATH/graph.dll ... [-- IMPORT OPTIONS]
e.g.   benchmarks/imports/compare-builds.py 5 ../shared/data/ofac/sdn_2021-07 ofac-csv \\
           before=/tmp/main/src/Graph.Cli/bin/Release/net10.0/graph.dll after=src/Graph.Cli/bin/Release/net10.0/graph.dll \\
           -- --published 2021-07-07

Prints per build the medians of the wall time (start-up included), of the CPU time (user + system) and of the peak
RSS, and of the phases the CLI reports (reading; resolving and comparing; writing; the rest is start-up, opening
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
                marks = {m[2]: float(m[1]) for m in re.finditer(r"\[\s*([\d.]+) s\] (\w+)", stderr)}
                results[label].append({
                    "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
                    "reading": marks["Resolving"], "comparing": marks["Writing"] - marks["Resolving"],
                    "writing": marks["Written"] - marks["Writing"], "rest": wall - marks["Written"] + marks["Reading"],
                })
    for label, _ in builds:
        median = {key: statistics.median(run[key] for run in results[label]) for key in results[label][0]}
        walls = ", ".join(f"{run['wall']:.2f}" for run in results[label])
        print(f"{label}: wall {median['wall']:.2f} s ({walls}), CPU {median['cpu']:.2f} s, peak RSS {median['rss']:.0f} MB; "
              f"phases: start-up, open and report {median['rest']:.2f}, reading {median['reading']:.2f}, "
              f"resolving and comparing {median['comparing']:.2f}, writing {median['writing']:.2f} s")


if __name__ == "__main__":
    main()
