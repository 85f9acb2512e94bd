#!/usr/bin/env bash
# HTTP benchmark of Graph.Api over a store file written by `Graph.Benchmarks generate`:
#   1. cold start: process start until the first 200 from POST /graphql with a lookup, 5 times, median;
#   2. wrk (2 threads, 32 connections, 10 s after a 3 s warm-up) on GET /ping and on a GraphQL lookup POST
#      of a small fixed list of ids, against the same server, with req/s for both and the ratio. The service
#      answers repeated queries from a response cache, so a third run looks up random ids among all entities
#      (nearly every request a cache miss) to show what a lookup costs when it is executed.
# Usage: benchmarks/run-http.sh STORE_FILE [PORT]     (listens on 127.0.0.1 only; PORT defaults to 5099)
set -euo pipefail

store=$(realpath "${1:?usage: $0 STORE_FILE [PORT]}")
port=${2:-5099}
[[ -f "$store" ]] || { echo "No store file $store; run 'generate' first." >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/benchmarks"
url="http://127.0.0.1:$port"
log=$(mktemp /tmp/graph-api-bench.XXXXXX.log)
lookup='{"query":"{ entity(id: \"syn-0000005\") { id name kind } }"}'

echo "== building Graph.Api (Release)"
dotnet build "$root/src/Graph.Api" -c Release -nologo -v q -clp:ErrorsOnly
dll="$root/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll"

export Store__Path="$store" Seed__Enabled=false ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production \
  Serilog__MinimumLevel__Default=Warning

server=""
stop_server() {
  if [[ -n "$server" ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap stop_server EXIT

if curl -s -o /dev/null --max-time 1 "$url/ping"; then echo "Something already listens on $url; pick another port." >&2; exit 2; fi

post_lookup() {
  curl -s -o "${1:-/dev/null}" -w '%{http_code}' --max-time 5 -X POST -H 'Content-Type: application/json' --data "$lookup" "$url/graphql" || true
}

# Starts the server and waits (at most 60 s) for a 200 from a GraphQL lookup; leaves the milliseconds in $started_ms.
start_server() {
  local t0 t1 code=""
  t0=$(date +%s%N)
  # env, because a variable name with a dot cannot be exported from bash; env execs dotnet, keeping the pid.
  env "Serilog__MinimumLevel__Override__Microsoft.Hosting=Warning" dotnet "$dll" >>"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 6000); do
    code=$(post_lookup)
    [[ "$code" == 200 ]] && break
    kill -0 "$server" 2>/dev/null || { echo "The server exited; see $log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  [[ "$code" == 200 ]] || { echo "No 200 from $url/graphql within 60 s; see $log" >&2; exit 1; }
  started_ms=$(( (t1 - t0) / 1000000 ))
}

echo "== cold start (process start until the first 200 from POST /graphql), 5 runs"
starts=()
for run in 1 2 3 4 5; do
  start_server
  starts+=("$started_ms")
  echo "run $run: $started_ms ms"
  stop_server
done
median=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)
echo "cold start median: $median ms"

echo "== wrk: 2 threads, 32 connections, 3 s warm-up then 10 s, on one server"
start_server
body=$(mktemp)
[[ $(post_lookup "$body") == 200 ]] && grep -q '"syn-0000005"' "$body" || { echo "The lookup did not return syn-0000005: $(cat "$body")" >&2; exit 1; }
rm -f "$body"

run_wrk() { # name, then wrk arguments; prints the wrk report and leaves req/s in $rps
  local name=$1; shift
  wrk -t2 -c32 -d3s "$@" >/dev/null
  local out
  out=$(wrk -t2 -c32 -d10s --latency "$@")
  echo "-- $name"; echo "$out"
  if grep -q "Non-2xx" <<<"$out"; then echo "$name had non-2xx responses" >&2; exit 1; fi
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
}
run_wrk "GET /ping" "$url/ping"; ping_rps=$rps
run_wrk "POST /graphql lookup, 12 fixed ids" -s "$here/wrk/graphql-lookup.lua" "$url/graphql"; gql_rps=$rps
entities=$(curl -s --max-time 5 -X POST -H 'Content-Type: application/json' --data '{"query":"{ statistics { entities } }"}' "$url/graphql" \
  | sed -n 's/.*"entities":\([0-9]*\).*/\1/p')
[[ -n "$entities" ]] || { echo "Could not read the entity count from $url/graphql" >&2; exit 1; }
run_wrk "POST /graphql lookup, random id of $entities" -s "$here/wrk/graphql-lookup-random.lua" "$url/graphql" -- "$entities"; miss_rps=$rps
stop_server

ratio=$(awk -v g="$gql_rps" -v p="$ping_rps" 'BEGIN { printf "%.1f", 100 * g / p }')
miss_ratio=$(awk -v g="$miss_rps" -v p="$ping_rps" 'BEGIN { printf "%.1f", 100 * g / p }')
echo
echo "| measure | value |"
echo "|---|---:|"
echo "| store | $(basename "$store") |"
echo "| cold start, median of 5 (ms) | $median (runs: ${starts[*]}) |"
echo "| GET /ping req/s | $ping_rps |"
echo "| POST /graphql lookup req/s (12 fixed ids) | $gql_rps |"
echo "| GraphQL / plain ratio | $ratio % |"
echo "| POST /graphql lookup req/s (random ids, cache misses) | $miss_rps |"
echo "| GraphQL uncached / plain ratio | $miss_ratio % |"
rm -f "$log"
