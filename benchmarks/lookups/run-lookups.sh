#!/usr/bin/env bash
# Benchmark of the journalists' lookups (issue 9) over a store file written by `Graph.Benchmarks generate`, against
# one Release Graph.Api, in ROUNDS (default 3) interleaved rounds. Each round runs wrk (2 threads, 32 connections,
# 10 s after a 3 s warm-up, as benchmarks/run-http.sh does) on:
#   GET /ping (plain Kestrel, the baseline);
#   the embed card GET /embed/entities/{id} and the JSON lookup GET /api/entities/{id}, each
#     (a) repeated: one id, so every request after the first is served from the cache of rendered answers;
#     (b) random: a random id among all entities, so nearly every request reads and renders a dossier;
#   the entity page GET /entities/{id} repeated (32 connections), then of random ids at 4 connections (p50/p99).
# It prints every wrk report, then the medians of the rounds, each measure's ratio to /ping (the median of the
# rounds' ratios: each round measures /ping beside the lookups), and whether the targets of issue 9 were met.
# The repeated id is LOOKUP_ID (default syn-0000467: a sanctioned person with 12 relationships of 5 types in the
# seed-42 stores); the script refuses an id without a sanction or a relationship.
# CARD_ROUTE, API_ROUTE and PAGE_ROUTE (paths with {id}) point the runs elsewhere, e.g. at GET /graphql for a dry run;
# WRK_WARMUP and WRK_DURATION (wrk durations, 3s and 10s) shorten one.
# Usage: benchmarks/lookups/run-lookups.sh STORE_FILE [PORT]     (listens on 127.0.0.1 only; PORT defaults to 5098)
set -euo pipefail

store=$(realpath "${1:?usage: $0 STORE_FILE [PORT]}")
port=${2:-5098}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/lookups"
url="http://127.0.0.1:$port"
log=$(mktemp /tmp/graph-api-lookups.XXXXXX.log)
source "$root/benchmarks/http-bench.sh"

rounds=${ROUNDS:-3}
id=${LOOKUP_ID:-syn-0000467}
card_default='/embed/entities/{id}' api_default='/api/entities/{id}' page_default='/entities/{id}'
card_route=${CARD_ROUTE:-$card_default}
api_route=${API_ROUTE:-$api_default}
page_route=${PAGE_ROUTE:-$page_default}
page_connections=4
wrk_warmup=${WRK_WARMUP:-$wrk_warmup} wrk_duration=${WRK_DURATION:-$wrk_duration} # shorter for a dry run only

at() { printf '%s' "${1//\{id\}/$id}"; } # the route with the repeated id

graphql() {
  curl -s --max-time 5 -X POST -H 'Content-Type: application/json' --data "$1" "$url/graphql"
}

# wrk's percentile $1 (50, 99) of the last run, in ms.
latency_ms() {
  awk -v p="$1%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    printf "%.2f", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' <<<"$wrk_out"
}

# Socket errors of the last run ("connect 0, read 0, write 0, timeout 0"); a timed-out request is missing from the
# latency distribution, so any error is reported beside the figures.
socket_errors() { sed -n 's/^ *Socket errors: //p' <<<"$wrk_out"; }

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%s", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

whole() { printf '%.0f' "$1"; }
joined() { paste -sd/ - <<<"$1" | sed 's|/| / |g'; } # lines as "a / b / c"

build_api
server_ready() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/ping" || true; }
echo "== commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo ' (src modified)'), store $(basename "$store"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_server

entities=$(graphql '{"query":"{ statistics { entities } }"}' | sed -n 's/.*"entities":\([0-9]*\).*/\1/p')
[[ -n "$entities" ]] || { echo "Could not read the entity count from $url/graphql" >&2; exit 1; }
dossier=$(graphql "{\"query\":\"{ entity(id: \\\"$id\\\") { name sanctions { id } relationships { id } } }\"}")
sanctions=$(grep -o '"sanctions":\[[^]]*\]' <<<"$dossier" | grep -o '"id"' | wc -l || true)
relationships=$(grep -o '"relationships":\[[^]]*\]' <<<"$dossier" | grep -o '"id"' | wc -l || true)
name=$(sed -n 's/.*"name":"\([^"]*\)".*/\1/p' <<<"$dossier")
(( sanctions > 0 && relationships > 0 )) || { echo "$id should have sanctions and relationships: $dossier" >&2; exit 1; }
echo "== $entities entities; repeated id $id ($name): $sanctions sanction(s), $relationships relationships"

# Every surface answers the repeated id with a 200 that names it, before anything is measured.
for route in "$card_route" "$api_route" "$page_route"; do
  body=$(mktemp)
  read -r code size type < <(curl -s -o "$body" -w '%{http_code} %{size_download} %{content_type}\n' --max-time 5 "$url$(at "$route")")
  [[ "$code" == 200 ]] && grep -q "$id" "$body" || { echo "GET $(at "$route") gave $code without $id: $(head -c 300 "$body")" >&2; exit 1; }
  rm -f "$body"
  echo "GET $(at "$route"): 200, $type, $size bytes"
done

declare -A rps_of p50_of p99_of errors_of
measures=(ping card-one card-random api-one api-random page-one page-random)
declare -A label=(
  [ping]="GET /ping (plain Kestrel)"
  [card-one]="embed card, repeated id"
  [card-random]="embed card, random ids"
  [api-one]="/api/entities, repeated id"
  [api-random]="/api/entities, random ids"
  [page-one]="entity page, repeated id"
  [page-random]="entity page, random ids, $page_connections connections"
)
measure() { # key, then wrk arguments
  local key=$1; shift
  run_wrk "round $round: ${label[$key]}" "$@"
  rps_of[$key]+="$rps "
  p50_of[$key]+="$(latency_ms 50) "
  p99_of[$key]+="$(latency_ms 99) "
  errors_of[$key]+="[$(socket_errors)] "
}
random_ids() { printf '%s\n' -s "$here/random-id.lua" "$url" -- "$1" "$entities"; }

for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk_connections=32
  measure ping "$url/ping"
  measure card-one "$url$(at "$card_route")"
  mapfile -t args < <(random_ids "$card_route"); measure card-random "${args[@]}"
  measure api-one "$url$(at "$api_route")"
  mapfile -t args < <(random_ids "$api_route"); measure api-random "${args[@]}"
  measure page-one "$url$(at "$page_route")"
  wrk_connections=$page_connections
  mapfile -t args < <(random_ids "$page_route"); measure page-random "${args[@]}"
done
stop_server
end_load=$(cut -d' ' -f1-3 /proc/loadavg)

read -ra pings <<<"${rps_of[ping]}"
echo
echo "Medians of $rounds rounds; ratio: the median of each round's req/s over that round's /ping. Load average at the end $end_load."
echo
echo "| measure | req/s, median | req/s (rounds) | ratio to /ping | ratio (rounds) | p50 ms, median | p99 ms, median | p99 ms (rounds) |"
echo "|---|---:|---|---:|---|---:|---:|---|"
declare -A ratio_of
for key in "${measures[@]}"; do
  read -ra values <<<"${rps_of[$key]}"
  ratios=()
  for i in "${!values[@]}"; do ratios+=("$(percent "${values[$i]}" "${pings[$i]}")"); done
  ratio_of[$key]=$(median "${ratios[@]}")
  read -ra p50s <<<"${p50_of[$key]}"; read -ra p99s <<<"${p99_of[$key]}"
  ratio_cells="${ratio_of[$key]} % | $(joined "$(printf '%s\n' "${ratios[@]}")")"
  [[ $key == page-random ]] && ratio_cells="— | (not comparable: $page_connections connections, /ping 32)"
  echo "| ${label[$key]} | $(whole "$(median "${values[@]}")") | $(joined "$(for v in "${values[@]}"; do whole "$v"; echo; done)") |" \
    "$ratio_cells | $(median "${p50s[@]}") | $(median "${p99s[@]}") | $(joined "$(printf '%s\n' "${p99s[@]}")") |"
done
echo
for key in "${measures[@]}"; do
  [[ "${errors_of[$key]}" =~ [a-z] ]] && echo "socket errors, ${label[$key]}: ${errors_of[$key]}"
done

read -ra page_p99s <<<"${p99_of[page-random]}"
page_p99=$(median "${page_p99s[@]}")
page_worst=$(printf '%s\n' "${page_p99s[@]}" | sort -g | tail -1)
verdict() { awk -v v="$1" -v t="$2" -v below="${3:-}" 'BEGIN { ok = below ? v < t : v >= t; printf "%s", ok ? "met" : "MISSED" }'; }
echo "Targets of issue 9:"
for key in card-one card-random api-one api-random; do
  echo "- ${label[$key]} >= 60 % of /ping: $(verdict "${ratio_of[$key]}" 60) (${ratio_of[$key]} %)"
done
echo "- entity page of random ids, p99 < 50 ms: $(verdict "$page_p99" 50 below) (median p99 $page_p99 ms, worst round $page_worst ms, at $page_connections connections)"
rm -f "$log"
