#!/usr/bin/env bash
# Benchmark of reads as of a day (issue 11: at 1M entities, asOf reads cost no more than 1.5x the same reads without
# it, p99) over a store file written by `Graph.Benchmarks generate`:
#   1. in process: `Graph.Benchmarks asof` RUNS times (default 3), then per read the medians of the runs' p99s and of
#      their p99 ratios (each run interleaves the reads without and with the day on the same inputs);
#   2. over HTTP: one Release Graph.Api, and wrk (2 threads, CONNECTIONS connections, default 4, 10 s after a 3 s
#      warm-up) on the GraphQL 2-hop neighbourhood (limit 500) of random ids with their sanctions nested, without a
#      day and with asOf, in ROUNDS (default 3) rounds alternating which goes first; p99 from wrk's --latency, the
#      median of the rounds' ratios.
# DAY (default 2019-06-15, as the asof command uses) is the day asked about over HTTP; OPS (default 5000) the asof
# command's timed calls per variant; WRK_WARMUP and WRK_DURATION (3s, 10s) shorten a dry run.
# Usage: benchmarks/asof/run-asof.sh STORE_FILE [PORT]     (listens on 127.0.0.1 only; PORT defaults to 5097)
set -euo pipefail

store=$(realpath "${1:?usage: $0 STORE_FILE [PORT]}")
port=${2:-5097}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/asof"
url="http://127.0.0.1:$port"
log=$(mktemp /tmp/graph-api-asof.XXXXXX.log)
source "$root/benchmarks/http-bench.sh"

runs=${RUNS:-3} rounds=${ROUNDS:-3} day=${DAY:-2019-06-15} ops=${OPS:-5000}
wrk_connections=${CONNECTIONS:-4}
wrk_warmup=${WRK_WARMUP:-$wrk_warmup} wrk_duration=${WRK_DURATION:-$wrk_duration} # shorter for a dry run only

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%s", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
joined() { printf '%s\n' "$@" | paste -sd/ - | sed 's|/| / |g'; }
verdict() { awk -v r="$1" 'BEGIN { printf "%s", r <= 1.5 ? "yes" : "NO" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# wrk's percentile $1 (50, 99) of the last run, in ms.
latency_ms() {
  awk -v p="$1%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    printf "%.2f", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' <<<"$wrk_out"
}

echo "== commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src benchmarks || echo ' (modified)'), store $(basename "$store"), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== building Graph.Benchmarks (Release)"
dotnet build "$root/benchmarks/Graph.Benchmarks" -c Release -nologo -v q -clp:ErrorsOnly
benchmarks="$root/benchmarks/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"

declare -A p99_without p99_with ratios
reads=()
for run in $(seq 1 "$runs"); do
  echo "== in process, run $run of $runs: asof --ops $ops --seed $run"
  out=$(dotnet "$benchmarks" asof --store "$store" --ops "$ops" --seed "$run")
  echo "$out"
  # The ratio table's rows: | read | day | p50 | p99 | p50 | p99 | ratio | verdict |
  while IFS='|' read -r _ read variant _ without _ with ratio _; do
    key="$(xargs <<<"$read") | $(xargs <<<"$variant")"
    [[ -v "ratios[$key]" ]] || reads+=("$key")
    p99_without[$key]+="$without " p99_with[$key]+="$with " ratios[$key]+="$ratio "
  done < <(grep -E '^\| .* \| (asOf|knownAsOf|activeOn) \|' <<<"$out")
done

build_api
graphql() { curl -s --max-time 10 -X POST -H 'Content-Type: application/json' --data "$1" "$url/graphql"; }
server_ready() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/ping" || true; }
start_server
entities=$(graphql '{"query":"{ statistics { entities } }"}' | sed -n 's/.*"entities":\([0-9]*\).*/\1/p')
[[ -n "$entities" ]] || { echo "Could not read the entity count from $url/graphql" >&2; exit 1; }

# The query answers without errors, without and with the day, before anything is measured (a GraphQL error is a 200 too).
for variables in '{}' "{\"asOf\":\"$day\"}"; do
  answer=$(graphql "{\"query\":\"query(\$asOf: Date) { neighbourhood(id: \\\"syn-0000467\\\", hops: 2, limit: 500, asOf: \$asOf) { entities { id name sanctions { id } } relationships { id } truncated } }\",\"variables\":$variables}")
  grep -q '"errors"' <<<"$answer" && { echo "The neighbourhood query failed: $(head -c 400 <<<"$answer")" >&2; exit 1; }
  grep -q '"entities":\[{' <<<"$answer" || { echo "The neighbourhood query found nothing: $(head -c 400 <<<"$answer")" >&2; exit 1; }
done

declare -A http_p50 http_p99
for round in $(seq 1 "$rounds"); do
  order=("without" "with"); (( round % 2 == 0 )) && order=("with" "without")
  for variant in "${order[@]}"; do
    args=("$entities"); [[ $variant == with ]] && args+=("$day")
    run_wrk "round $round: neighbourhood with nested sanctions, random ids, $variant asOf" -s "$here/neighbourhood-random.lua" "$url/graphql" -- "${args[@]}"
    grep -q '^GraphQL errors: 0$' <<<"$wrk_out" || { echo "Some answers carried GraphQL errors: $(grep '^GraphQL errors' <<<"$wrk_out")" >&2; exit 1; }
    http_p50[$variant]+="$(latency_ms 50) " http_p99[$variant]+="$(latency_ms 99) "
  done
done
stop_server

echo
echo "In process: medians of $runs runs (seeds 1 to $runs, $ops timed calls per variant); the ratio is the median of the runs' p99 ratios. Load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| read | day | p99 no day (ms), median | p99 with day (ms), median | p99 ratio, median | ratios (runs) | ≤ 1.5× |"
echo "|---|---|---:|---:|---:|---|---|"
for key in "${reads[@]}"; do
  read -ra w <<<"${p99_without[$key]}"; read -ra d <<<"${p99_with[$key]}"; read -ra r <<<"${ratios[$key]}"
  m=$(median "${r[@]}")
  echo "| $key | $(median "${w[@]}") | $(median "${d[@]}") | $m | $(joined "${r[@]}") | $(verdict "$m") |"
done
echo
echo "Over HTTP: GraphQL neighbourhood (2 hops, limit 500) of random ids among $entities with nested sanctions, $wrk_connections connections, $rounds rounds; asOf $day."
echo
echo "| query | p50 (ms), median | p99 (ms), median | p99 (rounds) |"
echo "|---|---:|---:|---|"
for variant in without with; do
  read -ra p50s <<<"${http_p50[$variant]}"; read -ra p99s <<<"${http_p99[$variant]}"
  echo "| neighbourhood, $variant asOf | $(median "${p50s[@]}") | $(median "${p99s[@]}") | $(joined "${p99s[@]}") |"
done
read -ra a <<<"${http_p99[without]}"; read -ra b <<<"${http_p99[with]}"
round_ratios=(); for i in "${!a[@]}"; do round_ratios+=("$(ratio "${b[$i]}" "${a[$i]}")"); done
m=$(median "${round_ratios[@]}")
echo
echo "HTTP p99 ratio (with ÷ without), median of the rounds: $m (rounds: $(joined "${round_ratios[@]}")); ≤ 1.5×: $(verdict "$m")."
rm -f "$log"
