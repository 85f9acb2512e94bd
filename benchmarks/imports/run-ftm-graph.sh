#!/usr/bin/env bash
# Times an FtM graph import through the Release CLI, start-up included, into an empty SQLite store: the file of
# `synthetic-ftm.py --graph N` (default N = 1,000,000 entities: 4.1M lines with 3M relationship entities and 100k
# sanctions), RUNS times (default 3). Prints each run's wall time, lines/s and peak RSS with the CLI's phase lines,
# then the medians.
# Usage: benchmarks/imports/run-ftm-graph.sh [N] [RUNS]
# Set FTM_FILE to reuse a file generated before (generating 4.1M lines takes about 40 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Graph.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
cli="dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll"
file=${FTM_FILE:-$work/graph.ftm.json}
[ -f "$file" ] || python3 benchmarks/imports/synthetic-ftm.py --graph "$count" "$file"
lines=$(wc -l <"$file")

echo "== FtM graph: $lines lines ($count entities), $runs runs into an empty store, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  rm -f "$work"/ftm.db*
  /usr/bin/time -f "%e %M" -o "$work/time" $cli import "$file" --format ftm --store "$work/ftm.db" --json >"$work/report.json" 2>"$work/phases"
  read -r wall rss <"$work/time"
  awk -v w="$wall" -v n="$lines" -v m="$rss" -v r="$run" 'BEGIN { printf "run %d: %.1f s wall, %.0f lines/s, peak RSS %.0f MiB\n", r, w, n / w, m / 1024 }' | tee -a "$work/runs"
  sed 's/^/    /' "$work/phases"
done
sort -t' ' -k3 -n "$work/runs" | awk -v n="$runs" 'NR == int((n + 1) / 2) { print "median: " $0 }'
