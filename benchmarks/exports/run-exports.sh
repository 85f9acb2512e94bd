#!/usr/bin/env bash
# Times the three exports of a whole store through the CLI, start-up included, in Release.
# Usage: benchmarks/exports/run-exports.sh STORE [RUNS]   e.g. benchmarks/.data/graph-1m.db 3
# The store is copied first (opening it may migrate its schema), and each format runs RUNS times (default 3).
set -euo pipefail
cd "$(dirname "$0")/../.."
store=${1:?give a store file, e.g. benchmarks/.data/graph-1m.db}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Graph.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
cli="dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll"
cp "$store" "$work/graph.db"
$cli query --store "$work/graph.db" '{ statistics { entities sanctions relationships } }'

for format in cypher neo4j-admin ftm; do
  echo "== $format"
  for run in $(seq "$runs"); do
    out="$work/out-$format"
    rm -rf "$out"
    [ "$format" = neo4j-admin ] || out="$out.txt"
    /usr/bin/time -f "run $run: %e s wall, %M KiB peak memory" $cli export --format "$format" --store "$work/graph.db" --out "$out" 2>&1 | grep -v '^Exported' || true
  done
  du -sh "$out" | cut -f1 | sed 's/^/output size: /'
done
