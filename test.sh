#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the tests need first
# (Debian's chromium for the browser tests, the npm packages of the playground and of the test tools),
# then builds and tests the whole solution and ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "Installing the npm packages of the playground, the network view and the test tools (HTTP audit, Cypher linter, compose check, introspection check, axe-core)..."
npm ci --prefix tests/audit --no-audit --no-fund --loglevel=error
npm ci --prefix tests/cypher-lint --no-audit --no-fund --loglevel=error
npm ci --prefix src/Graph.Api/Playground --no-audit --no-fund --loglevel=error
npm ci --prefix src/Graph.Api/Network/Client --no-audit --no-fund --loglevel=error
npm ci --prefix tests/compose-check --no-audit --no-fund --loglevel=error
npm ci --prefix tests/introspection --no-audit --no-fund --loglevel=error
npm ci --prefix tests/a11y --no-audit --no-fund --loglevel=error

results=TestResults
rm -rf "$results"
dotnet build Graph.sln -nologo -clp:ErrorsOnly
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=$?
done

# dotnet's own summary is per project; CI reads one plain line, so add the counters of every TRX file up.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get total) - $(get executed)))  # TRX leaves notExecuted at 0 for skipped tests
done
# Say why tests were skipped (the only allowed skips need a Neo4j server and give NEO4J_URI as the reason).
if [ "$skipped" -gt 0 ]; then
  echo "Skipped tests, by reason:"
  awk '/outcome="NotExecuted"/ { skipped = 1 } skipped && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print; skipped = 0 }' \
    "$results"/*.trx | sort | uniq -c
fi
# Name every failed test with the first line of its message, last, where a CI log that keeps only its tail shows it.
if [ "$failed" -gt 0 ]; then
  echo "Failed tests:"
  awk '/<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); failing = 1 }
       failing && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print "  " name ": " substr($0, 1, 400); failing = 0 }' \
    "$results"/*.trx | sed "s/&quot;/\"/g; s/&apos;/'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g"
fi
if [ "$passed" = 0 ] && [ "$status" = 0 ]; then
  echo "No test ran." >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
