#!/usr/bin/env bash
# Times imports through the CLI, start-up included, in Release:
#   1. the whole OFAC SDN list (sdn.csv with add.csv, alt.csv and sdn_comments.csv), into an empty store, 5 runs:
#      each run's wall time and peak RSS, then the median;
#   2. N synthetic FollowTheMoney entities (default 1,000,000), into an empty store.
# Usage: [OFAC_PUBLISHED=YYYY-MM-DD] benchmarks/imports/run-imports.sh OFAC_FOLDER [N]
# The OFAC folder is any complete legacy CSV publication, e.g. ../shared/data/ofac/sdn_2021-07 here (published
# 2021-07-07, the default), or one of 13,821 entries made from it by benchmarks/imports/extend-ofac-csv.py.
# N=0 skips the FtM part.
set -euo pipefail
cd "$(dirname "$0")/../.."
ofac=${1:?give the folder of an OFAC sdn.csv publication}
count=${2:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Graph.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
cli="dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll"

published=${OFAC_PUBLISHED:-2021-07-07}
echo "== OFAC SDN CSV: $(grep -c '^[0-9]' "$ofac/sdn.csv") entries, published $published, 5 runs into an empty store"
for run in 1 2 3 4 5; do
  rm -f "$work"/ofac.db*
  /usr/bin/time -f "run $run: %e s wall, %M KB peak RSS" $cli import "$ofac" --format ofac-csv --published "$published" --store "$work/ofac.db" --json >/dev/null 2>>"$work/ofac.log"
  tail -n 1 "$work/ofac.log"
done
grep '^run' "$work/ofac.log" | awk '{print $3}' | sort -n | awk '{t[NR]=$1} END {print "median: " t[3] " s wall"}'
[ "$count" -gt 0 ] || exit 0

echo "== FtM JSON lines: $count synthetic entities"
python3 benchmarks/imports/synthetic-ftm.py "$count" "$work/entities.ftm.json"
for run in 1 2 3; do
  rm -f "$work"/ftm.db*
  start=$(date +%s.%N)
  $cli import "$work/entities.ftm.json" --format ftm --store "$work/ftm.db" --json >/dev/null 2>"$work/ftm.log"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$count" -v r="$run" 'BEGIN { printf "run %d: %.1f s wall, %.0f entities/s\n", r, e - s, n / (e - s) }'
  sed 's/^/    /' "$work/ftm.log"
done
