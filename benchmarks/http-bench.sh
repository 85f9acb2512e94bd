# Shared by the HTTP benchmarks (benchmarks/run-http.sh, benchmarks/lookups/run-lookups.sh): source it, do not run it.
# Before sourcing, set: root (the repository), store (the store file), url (http://127.0.0.1:PORT) and log (a file for
# the server's output). Before start_server, define server_ready: it prints the HTTP status of the request that shows
# the server is ready to be measured.

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[[ -f "$store" ]] || { echo "No store file $store; run 'generate' first." >&2; exit 2; }

# wrk's shape for run_wrk; a script may change them between runs.
wrk_threads=2 wrk_connections=32 wrk_warmup=3s wrk_duration=10s

# Builds the Release Graph.Api and leaves the path of its dll in $dll.
build_api() {
  echo "== building Graph.Api (Release)"
  dotnet build "$root/src/Graph.Api" -c Release -nologo -v q -clp:ErrorsOnly
  dll="$root/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll"
}

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

# Starts the server and waits (at most 60 s) for server_ready to print 200; leaves the milliseconds in $started_ms.
start_server() {
  local t0 t1 code=""
  t0=$(date +%s%N)
  # env, because a variable name with a dot cannot be exported from bash; env execs dotnet, keeping the pid. The
  # content root is the project's folder, as under `dotnet run`: the journalists' pages read their assets from wwwroot.
  env "Serilog__MinimumLevel__Override__Microsoft.Hosting=Warning" dotnet "$dll" --contentRoot "$root/src/Graph.Api" >>"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 6000); do
    code=$(server_ready)
    [[ "$code" == 200 ]] && break
    kill -0 "$server" 2>/dev/null || { echo "The server exited; see $log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  [[ "$code" == 200 ]] || { echo "The server was not ready within 60 s; see $log" >&2; exit 1; }
  started_ms=$(( (t1 - t0) / 1000000 ))
}

# A name, then wrk arguments: a warm-up, then the measured run. Prints wrk's report, leaves it in $wrk_out and the
# req/s in $rps; stops the benchmark if any answer was not a 2xx.
run_wrk() {
  local name=$1; shift
  wrk -t"$wrk_threads" -c"$wrk_connections" -d"$wrk_warmup" "$@" >/dev/null
  wrk_out=$(wrk -t"$wrk_threads" -c"$wrk_connections" -d"$wrk_duration" --latency "$@")
  echo "-- $name"; echo "$wrk_out"
  if grep -q "Non-2xx" <<<"$wrk_out"; then echo "$name had non-2xx responses" >&2; exit 1; fi
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$wrk_out")
}

# 100 * A / B with one decimal.
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", 100 * a / b }'; }
