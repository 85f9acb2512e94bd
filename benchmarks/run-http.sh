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
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/benchmarks"
url="http://127.0.0.1:$port"
log=$(mktemp /tmp/graph-api-bench.XXXXXX.log)
lookup='{"query":"{ entity(id: \"syn-0000005\") { id name kind } }"}'
source "$here/http-bench.sh"
build_api

post_lookup() {
  curl -s -o "${1:-/dev/null}" -w '%{http_code}' --max-time 5 -X POST -H 'Content-Type: application/json' --data "$lookup" "$url/graphql" || true
}
server_ready() { post_lookup; }

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

run_wrk "GET /ping" "$url/ping"; ping_rps=$rps
run_wrk "POST /graphql lookup, 12 fixed ids" -s "$here/wrk/graphql-lookup.lua" "$url/graphql"; gql_rps=$rps
entities=$(curl -s --max-time 5 -X POST -H 'Content-Type: application/json' --data '{"query":"{ statistics { entities } }"}' "$url/graphql" \
  | sed -n 's/.*"entities":\([0-9]*\).*/\1/p')
[[ -n "$entities" ]] || { echo "Could not read the entity count from $url/graphql" >&2; exit 1; }
run_wrk "POST /graphql lookup, random id of $entities" -s "$here/wrk/graphql-lookup-random.lua" "$url/graphql" -- "$entities"; miss_rps=$rps
stop_server

ratio=$(percent "$gql_rps" "$ping_rps")
miss_ratio=$(percent "$miss_rps" "$ping_rps")
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
