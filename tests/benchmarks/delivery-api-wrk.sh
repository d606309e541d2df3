#!/usr/bin/env bash
# Compares the head's article page on the two content sources, with a warm cache: the uSync folder, and a live Umbraco's
# Delivery API (the tests' fake Umbraco, serving the same uSync folder as Delivery API JSON), measured with wrk in one run.
# Usage: tests/benchmarks/delivery-api-wrk.sh [seconds per run, default 15] [connections, default 32]
# Prints requests/s and latency p50/p99 for both, the Delivery API source's share of the uSync source's throughput (aim: at
# least 95%), and how many requests the fake Umbraco answered (the warm runs should add none).
set -euo pipefail

DURATION="${1:-15}"
CONNECTIONS="${2:-32}"
THREADS=2
FAKE_PORT="${CLINICKIT_BENCH_FAKE_PORT:-5190}"
USYNC_PORT="${CLINICKIT_BENCH_USYNC_PORT:-5191}"
API_PORT="${CLINICKIT_BENCH_API_PORT:-5192}"
# The same two heads with their page cache off (ClinicKit:PageCacheSeconds=0): every request is rendered, the content
# caches stay warm. (A query string no longer bypasses the page cache, which is keyed on host and path alone.)
USYNC_RENDER_PORT="${CLINICKIT_BENCH_USYNC_RENDER_PORT:-5193}"
API_RENDER_PORT="${CLINICKIT_BENCH_API_RENDER_PORT:-5194}"
HOST_NAME="riverglass-ketamine.test"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

echo "Building the head and the fake Umbraco (Release)..."
dotnet build "$ROOT/src/ClinicKit.Web/ClinicKit.Web.csproj" -c Release --nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$ROOT/tests/benchmarks/ClinicKit.FakeUmbraco/ClinicKit.FakeUmbraco.csproj" -c Release --nologo -v quiet >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
HEAD_DLL="$ROOT/src/ClinicKit.Web/bin/Release/net10.0/ClinicKit.Web.dll"
FAKE_DLL="$ROOT/tests/benchmarks/ClinicKit.FakeUmbraco/bin/Release/net10.0/ClinicKit.FakeUmbraco.dll"

dotnet "$FAKE_DLL" "$ROOT/uSync/v17" "$FAKE_PORT" >"$WORK/fake.log" 2>&1 &
PIDS+=($!)
FAKE_PID=$!

dotnet "$HEAD_DLL" --urls "http://127.0.0.1:$USYNC_PORT" \
  --ClinicKit:Usync:Path="$ROOT/uSync/v17" --ClinicKit:Usync:Watch=false --Logging:LogLevel:Default=Warning >"$WORK/usync.log" 2>&1 &
PIDS+=($!)

# The same hosts (uSync's domains) and labels (uSync's dictionary), so both heads render the same bytes.
mapfile -t API_ARGS < <(dotnet "$FAKE_DLL" head-args "$ROOT/uSync/v17" "http://127.0.0.1:$FAKE_PORT")
dotnet "$HEAD_DLL" --urls "http://127.0.0.1:$API_PORT" --Logging:LogLevel:Default=Warning "${API_ARGS[@]}" >"$WORK/api.log" 2>&1 &
PIDS+=($!)
dotnet "$HEAD_DLL" --urls "http://127.0.0.1:$USYNC_RENDER_PORT" --ClinicKit:PageCacheSeconds=0 \
  --ClinicKit:Usync:Path="$ROOT/uSync/v17" --ClinicKit:Usync:Watch=false --Logging:LogLevel:Default=Warning >"$WORK/usync-render.log" 2>&1 &
PIDS+=($!)
dotnet "$HEAD_DLL" --urls "http://127.0.0.1:$API_RENDER_PORT" --ClinicKit:PageCacheSeconds=0 --Logging:LogLevel:Default=Warning "${API_ARGS[@]}" >"$WORK/api-render.log" 2>&1 &
PIDS+=($!)

wait_for() { # url
  for _ in $(seq 1 150); do
    curl -fs -o /dev/null -H "Host: $HOST_NAME" "$1" && return 0
    sleep 0.2
  done
  echo "no answer from $1" >&2; cat "$WORK"/*.log >&2; exit 1
}
wait_for "http://127.0.0.1:$USYNC_PORT/"
wait_for "http://127.0.0.1:$API_PORT/"
wait_for "http://127.0.0.1:$USYNC_RENDER_PORT/"
wait_for "http://127.0.0.1:$API_RENDER_PORT/"

SLUG="$(curl -fs -H "Host: $HOST_NAME" "http://127.0.0.1:$USYNC_PORT/" | grep -o 'href="/articles/[^"]*"' | head -1 | sed 's/href="//; s/"$//')"
USYNC_URL="http://127.0.0.1:$USYNC_PORT$SLUG"
API_URL="http://127.0.0.1:$API_PORT$SLUG"
curl -fs -H "Host: $HOST_NAME" "$USYNC_URL" -o "$WORK/usync.html"
curl -fs -H "Host: $HOST_NAME" "$API_URL" -o "$WORK/api.html"
if cmp -s "$WORK/usync.html" "$WORK/api.html"; then SAME="byte-identical"; else SAME="DIFFERENT"; fi

USYNC_RENDER_URL="http://127.0.0.1:$USYNC_RENDER_PORT$SLUG"
API_RENDER_URL="http://127.0.0.1:$API_RENDER_PORT$SLUG"

run() { # name url -> "rps p50 p99"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Host: $HOST_NAME" "$2" >"$WORK/$1.txt"
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$1.txt")
  if grep -q 'Non-2xx' "$WORK/$1.txt"; then echo "wrk saw errors for $1:" >&2; cat "$WORK/$1.txt" >&2; exit 1; fi
  echo "$rps $p50 $p99"
}

echo "Warming up..."
wrk -t1 -c8 -d3s -H "Host: $HOST_NAME" "$USYNC_URL" >/dev/null
wrk -t1 -c8 -d3s -H "Host: $HOST_NAME" "$API_URL" >/dev/null
wrk -t1 -c8 -d3s -H "Host: $HOST_NAME" "$USYNC_RENDER_URL" >/dev/null
wrk -t1 -c8 -d3s -H "Host: $HOST_NAME" "$API_RENDER_URL" >/dev/null

echo "Measuring ($THREADS threads, $CONNECTIONS connections, ${DURATION}s each, $(nproc) cores shared by wrk, both heads and the fake Umbraco)..."
read -r USYNC_RPS USYNC_P50 USYNC_P99 < <(run usync "$USYNC_URL")
read -r API_RPS API_P50 API_P99 < <(run api "$API_URL")
read -r USYNC_R_RPS USYNC_R_P50 USYNC_R_P99 < <(run usync-render "$USYNC_RENDER_URL")
read -r API_R_RPS API_R_P50 API_R_P99 < <(run api-render "$API_RENDER_URL")
RATIO=$(awk -v a="$API_RPS" -v b="$USYNC_RPS" 'BEGIN { printf "%.0f%%", 100 * a / b }')
RENDER_RATIO=$(awk -v a="$API_R_RPS" -v b="$USYNC_R_RPS" 'BEGIN { printf "%.0f%%", 100 * a / b }')

kill -TERM "$FAKE_PID"
wait "$FAKE_PID" 2>/dev/null || true
FAKE_REQUESTS=$(awk -F': ' '/requests answered/ {print $2}' "$WORK/fake.log")

echo
printf '%-44s %12s %10s %10s\n' "article page, warm cache" "requests/s" "p50" "p99"
printf '%-44s %12s %10s %10s\n' "uSync folder" "$USYNC_RPS" "$USYNC_P50" "$USYNC_P99"
printf '%-44s %12s %10s %10s\n' "Delivery API (fake Umbraco)" "$API_RPS" "$API_P50" "$API_P99"
echo
printf '%-44s %12s %10s %10s\n' "rendered every time (page cache off)" "requests/s" "p50" "p99"
printf '%-44s %12s %10s %10s\n' "uSync folder" "$USYNC_R_RPS" "$USYNC_R_P50" "$USYNC_R_P99"
printf '%-44s %12s %10s %10s\n' "Delivery API (content from memory)" "$API_R_RPS" "$API_R_P50" "$API_R_P99"
echo
echo "article page: $SLUG ($SAME from the two sources)"
echo "warm cache: Delivery API source throughput = $RATIO of the uSync source's (aim: at least 95%)"
echo "rendered every time: $RENDER_RATIO"
echo "requests the fake Umbraco answered in the whole run (startup and first page of both Delivery API heads included): ${FAKE_REQUESTS:-unknown}"
