#!/usr/bin/env bash
# Memory of Graph.Api under a burst of heavy requests, and its throughput, for one GC configuration.
#   1. wrk on a parametrised lookup of random ids (executed every time), 2 threads, 32 connections, 10 s;
#   2. the burst, sampling the server's memory every 0.2 s: 20 s of heavy reads (heavy.lua, 64 connections), 20 s of
#      distinct 6 KB documents (distinct.lua, 64 connections), 10 s of 2 MB bodies (bigbody.lua, 16 connections);
#   3. 30 s idle, then the memory again.
# It prints one Markdown row (MiB, PSS/anonymous): at start, lookup req/s, after the lookups, the peak of each
# burst phase, the kernel's RSS high-water mark (VmHWM, which counts the store file once per connection), right
# after the burst and 30 s later; and the burst's counts.
# GC settings come from the environment, e.g. DOTNET_gcServer=0, DOTNET_GCConserveMemory=7,
# DOTNET_GCHeapHardLimit=0x30000000 (they override the runtimeconfig). The build is Release.
# Usage: benchmarks/memory/run-memory.sh STORE_FILE [LABEL] [PORT]
set -euo pipefail

store=$(realpath "${1:?usage: $0 STORE_FILE [LABEL] [PORT]}")
label=${2:-default}
port=${3:-5098}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/memory"
url="http://127.0.0.1:$port"
dll="$root/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll"
[[ -f "$dll" ]] || dotnet build "$root/src/Graph.Api" -c Release -nologo -v q -clp:ErrorsOnly
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

export Store__Path="$store" Seed__Enabled=false ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production \
  Serilog__MinimumLevel__Default=Warning
log=$(mktemp /tmp/graph-api-memory.XXXXXX.log)
dotnet "$dll" >>"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -s -o /dev/null --max-time 1 "$url/ping" && break; sleep 0.1; done

# Memory in MiB as "PSS/anonymous". PSS rather than RSS: every SQLite connection maps the store file (mmap) on
# its own, and RSS counts a page of it once per mapping, so RSS reports the file several times over. The
# anonymous part is the managed heap, SQLite's page caches and the runtime; the rest is the store file and the
# runtime's own files, which the kernel can drop and read again.
mem() { awk '/^Pss:/ {t=int($2/1024)} /^Anonymous:/ {a=int($2/1024)} END {print t "/" a}' "/proc/$server/smaps_rollup"; }
hwm() { awk '/^VmHWM:/ {print int($2/1024)}' "/proc/$server/status"; }
entities=$(curl -s -X POST -H 'Content-Type: application/json' --data '{"query":"{ statistics { entities } }"}' "$url/graphql" \
  | sed -n 's/.*"entities":\([0-9]*\).*/\1/p')
started=$(mem)

wrk -t2 -c32 -d3s -s "$root/benchmarks/wrk/graphql-lookup-random.lua" "$url/graphql" -- "$entities" >/dev/null
lookup=$(wrk -t2 -c32 -d10s -s "$root/benchmarks/wrk/graphql-lookup-random.lua" "$url/graphql" -- "$entities")
lookup_rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$lookup")
after_lookups=$(mem)

samples=$(mktemp)
( while kill -0 $server 2>/dev/null; do mem >>"$samples" 2>/dev/null || true; sleep 0.2; done ) &
sampler=$!
phase_peak() { local peak; peak=$(sort -t/ -k1,1n "$samples" | tail -1); : >"$samples"; echo "$peak"; }
heavy=$(wrk -t2 -c64 -d20s --timeout 30s -s "$here/heavy.lua" "$url/graphql" -- "$entities")
heavy_peak=$(phase_peak)
distinct=$(wrk -t2 -c64 -d20s --timeout 30s -s "$here/distinct.lua" "$url/graphql")
distinct_peak=$(phase_peak)
big=$(wrk -t2 -c16 -d10s --timeout 30s -s "$here/bigbody.lua" "$url/graphql")
big_peak=$(phase_peak)
after_burst=$(mem)
sleep 30
idle=$(mem)
kill $sampler 2>/dev/null || true

summary() { awk '/^Requests\/sec:/ {rps=$2} /Non-2xx/ {non=$NF} /requests in/ {n=$1} END {printf "%s req, %s req/s, non-2xx %s", n, rps, non+0}' <<<"$1"; }
echo "| $label | $started | $lookup_rps | $after_lookups | $heavy_peak | $distinct_peak | $big_peak | $(hwm) | $after_burst | $idle |"
echo "  heavy: $(summary "$heavy"); distinct: $(summary "$distinct"); 2 MB bodies: $(summary "$big")" >&2
grep -c '"errors"' "$log" >/dev/null 2>&1 || true
rm -f "$samples"
