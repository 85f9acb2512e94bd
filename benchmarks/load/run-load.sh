#!/usr/bin/env bash
# Load test of the Release Graph.Api over a synthetic store, with imports running the whole time:
#   1. the peak: the request mix (60 % lookups, 25 % searches, 15 % 2-hop neighbourhoods, random inputs) with 32
#      requests in flight for 20 s, no import;
#   2. the test: the same mix at 80 % of that peak on a fixed schedule for SECONDS (default 300), while FtM uploads
#      of N synthetic entities (default 180,000; two variants in turn, so every import writes) follow one another
#      through POST /imports. The server's proportional memory (PSS) is sampled every second.
# It prints errors (any answer but a 200 without GraphQL errors), p50 and p99 per operation, the peak RSS and
# what the imports did; the peak PSS of the server. Usage: benchmarks/load/run-load.sh STORE_FILE [SECONDS] [N] [PORT]
set -euo pipefail

store=$(realpath "${1:?usage: $0 STORE_FILE [SECONDS] [N] [PORT]}")
seconds=${2:-300}
count=${3:-180000}
port=${4:-5098}
[[ -f "$store" ]] || { echo "No store file $store; run 'Graph.Benchmarks generate' first." >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
url="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/graph-load.XXXXXX)
key="load-test-key-$(date +%s%N)"

echo "== building Graph.Api and Graph.Benchmarks (Release)"
dotnet build "$root/src/Graph.Api" -c Release -nologo -v q -clp:ErrorsOnly
dotnet build "$root/benchmarks/Graph.Benchmarks" -c Release -nologo -v q -clp:ErrorsOnly
api="$root/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll"
bench="$root/benchmarks/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"

echo "== the store (a copy) and two variants of $count synthetic FtM entities"
cp "$store" "$work/graph.db"
python3 "$root/benchmarks/imports/synthetic-ftm.py" "$count" "$work/a.ftm.json"
sed 's/"birthDate": \["19/"birthDate": ["18/' "$work/a.ftm.json" >"$work/b.ftm.json"
entities=$(sqlite3 "$work/graph.db" "SELECT count(*) FROM entities WHERE id LIKE 'syn-%'" 2>/dev/null || echo 100000)

server="" importer="" sampler=""
cleanup() {
  for pid in $importer $sampler $server; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
if curl -s -o /dev/null --max-time 1 "$url/ping"; then echo "Something already listens on $url; pick another port." >&2; exit 2; fi

env Store__Path="$work/graph.db" Seed__Enabled=false ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production \
  Serilog__MinimumLevel__Default=Warning Auth__ApiKeys__0="$key" dotnet "$api" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do curl -s -o /dev/null --max-time 1 "$url/ping" && break; sleep 0.1; done
curl -s -o /dev/null --max-time 1 "$url/ping" || { echo "The server did not start:"; cat "$work/server.log"; exit 1; }

echo "== peak: 32 in flight, 20 s, no import"
dotnet "$bench" load --url "$url" --entities "$entities" --peak-seconds 20 --concurrency 32 | tee "$work/peak.txt"
peak=$(awk '/^peak req\/s:/ {print $3}' "$work/peak.txt")
rate=$(awk -v p="$peak" 'BEGIN { printf "%d", p * 0.8 }')

( while kill -0 "$server" 2>/dev/null; do
    # PSS: RSS would count the store file once per SQLite connection that maps it.
    awk '/^Pss:/ { print $2 }' "/proc/$server/smaps_rollup" 2>/dev/null || true
    sleep 1
  done ) >"$work/rss.txt" &
sampler=$!
( variant=a
  while true; do
    start=$(date +%s.%N)
    code=$(curl -s -o "$work/import.json" -w "%{http_code}" -H "Authorization: Bearer $key" -H "Content-Type: application/x-ndjson" \
      --data-binary @"$work/$variant.ftm.json" "$url/imports?format=ftm" || echo 000)
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v c="$code" -v v="$variant" 'BEGIN { printf "import %s: HTTP %s in %.1f s\n", v, c, e - s }'
    [[ $variant == a ]] && variant=b || variant=a
  done ) >"$work/imports.txt" 2>&1 &
importer=$!

echo "== test: $rate req/s (80 % of $peak) for $seconds s, imports of $count entities one after another"
status=0
dotnet "$bench" load --url "$url" --entities "$entities" --rate "$rate" --seconds "$seconds" || status=$?
kill "$importer" 2>/dev/null || true; wait "$importer" 2>/dev/null || true; importer=""

echo "== imports during the test"
sort "$work/imports.txt" | sed 's/ in [0-9.]* s//' | uniq -c
awk '/HTTP 200/ { n++; t += $NF + 0; sub(/ s$/, "", $NF); } END { if (n) printf "%d imports answered 200\n", n }' "$work/imports.txt"
cat "$work/imports.txt" | head -20
peak_pss=$(sort -n "$work/rss.txt" | tail -1)
echo "peak PSS of the server: $((peak_pss / 1024)) MiB"
grep -c '"level":"Error"\|\[ERR\]\| fail:' "$work/server.log" | xargs echo "error lines in the server log:" || true
exit $status
