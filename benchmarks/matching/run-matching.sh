#!/usr/bin/env bash
# Matching (issue 10): the labelled set from the real OFAC files, its quality figures and the speed at 1M entities.
# Usage: benchmarks/matching/run-matching.sh [OFAC_FOLDER]   (default ../shared/data/ofac/sdn_2021-07)
# Writes into benchmarks/.data (git-ignored). The quality store and the 1M store are built only when missing;
# delete benchmarks/.data/ofac-no-alt.db after a change to the importer or the store's schema.
set -euo pipefail
cd "$(dirname "$0")/../.."
OFAC=${1:-../shared/data/ofac/sdn_2021-07}
DATA=benchmarks/.data
mkdir -p "$DATA"

dotnet build benchmarks/Graph.Benchmarks -c Release
B="dotnet benchmarks/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"

# 1. the labelled set (deterministic for one folder and seed)
$B match-labels --ofac "$OFAC" --out "$DATA/match-labels.jsonl" --seed 10

# 2. quality: builds $DATA/ofac-no-alt.db from sdn.csv, add.csv and sdn_comments.csv (no alt.csv) if it is missing
$B match-quality --labels "$DATA/match-labels.jsonl" --store "$DATA/ofac-no-alt.db" --ofac "$OFAC" --misses 20 | tee "$DATA/match-quality.md"

# 3. speed at 1M entities (the generated benchmark graph); about 90 s to generate the first time
[ -f "$DATA/graph-1m.db" ] || $B generate --entities 1000000 --out "$DATA/graph-1m.db" --seed 42
$B match-speed --store "$DATA/graph-1m.db" --queries 2000 --seed 11 | tee "$DATA/match-speed.md"

# The regression slice (tests/Graph.Import.Tests/Fixtures/matching) was cut once with:
#   $B match-slice --ofac "$OFAC" --labels "$DATA/match-labels.jsonl" --out tests/Graph.Import.Tests/Fixtures/matching --seed 10
# and its floors are re-measured with:
#   dotnet test tests/Graph.Import.Tests --filter FullyQualifiedName~Graph.Import.Tests.Matching --logger "console;verbosity=detailed"
