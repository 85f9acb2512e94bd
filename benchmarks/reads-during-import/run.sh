#!/usr/bin/env bash
# Read latency over HTTP while FtM imports run (issue 8, item 11). Starts the Release Graph.Api over a fresh copy of
# a generated store, sends GraphQL lookups of random ids at a fixed rate, and in the middle runs N synthetic FtM
# entities as an import (once, or IMPORTS at once); prints p50/p95/p99 before, during and after. RUNS runs, each on a
# fresh copy of the store. VIA=cli runs the import with the CLI, a process of its own on the file the service reads;
# VIA=http posts it to /imports (whose body limit, 30 MB at 4dfc78f, holds about 190,000 such entities).
# Usage: [VIA=cli|http] benchmarks/reads-during-import/run.sh [ENTITIES_IN_STORE=100000] [FTM_ENTITIES=260000] [IMPORTS=1] [RUNS=3] [RATE=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
stored=${1:-100000}
count=${2:-260000}
imports=${3:-1}
runs=${4:-3}
rate=${5:-200}
via=${VIA:-cli}
port=${PORT:-5098}
url="http://127.0.0.1:$port"
data=benchmarks/.data
mkdir -p "$data"
base="$data/graph-$stored.db"
ftm="$data/synthetic-$count.ftm.json"
work=$(mktemp -d /tmp/reads-during-import.XXXXXX)
log="$work/server.log"
key="bench-$RANDOM$RANDOM"

dotnet build src/Graph.Api -c Release -nologo -v q -clp:ErrorsOnly
dotnet build src/Graph.Cli -c Release -nologo -v q -clp:ErrorsOnly
dotnet build benchmarks/Graph.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly
bench="dotnet benchmarks/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"
[[ -f "$base" ]] || $bench generate --entities "$stored" --out "$base" --seed 42
[[ -f "$ftm" ]] || python3 benchmarks/imports/synthetic-ftm.py "$count" "$ftm"
if [[ "$via" == cli ]]; then how=(--cli src/Graph.Cli/bin/Release/net10.0/graph.dll --store "$work/graph.db"); else how=(--key "$key"); fi

server=""
stop_server() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; fi
}
trap 'stop_server; [[ -n "${KEEP_LOG:-}" ]] && cp "$log" "$KEEP_LOG"; rm -rf "$work"' EXIT
if curl -s -o /dev/null --max-time 1 "$url/ping"; then echo "Something already listens on $url." >&2; exit 2; fi

for run in $(seq 1 "$runs"); do
  rm -f "$work"/graph.db*
  cp "$base" "$work/graph.db"
  Store__Path="$work/graph.db" Seed__Enabled=false ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production \
    Serilog__MinimumLevel__Default=${LOG_LEVEL:-Warning} Auth__ApiKeys__0="$key" \
    dotnet src/Graph.Api/bin/Release/net10.0/Graph.Api.dll >>"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do curl -s -o /dev/null --max-time 1 "$url/ping" && break; sleep 0.1; done
  echo "== run $run, $via (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  $bench reads-during-import --url "$url" "${how[@]}" --import "$ftm" --imports "$imports" --entities "$stored" --rate "$rate" --timeline "${TIMELINE:-false}" \
    || { echo "-- server log:"; tail -n 20 "$log"; }
  stop_server
done
