#!/usr/bin/env bash
# Measures the head's article page against a static file of the same bytes served by the same server, with wrk on loopback.
# Usage: tests/benchmarks/head-wrk.sh [seconds per run, default 15] [connections, default 32]
# Prints requests/s and latency p50/p99 for both, and the page's share of the static file's throughput.
set -euo pipefail

DURATION="${1:-15}"
CONNECTIONS="${2:-32}"
THREADS=2
PORT="${CLINICKIT_BENCH_PORT:-5187}"
HOST_NAME="riverglass-ketamine.test"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d)"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

echo "Building the head (Release)..."
dotnet build "$ROOT/src/ClinicKit.Web/ClinicKit.Web.csproj" -c Release --nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

# The static copy lives in a web root of its own, served by the head's own static-file middleware under /assets.
mkdir -p "$WORK/webroot/bench"
DLL="$ROOT/src/ClinicKit.Web/bin/Release/net10.0/ClinicKit.Web.dll"
dotnet "$DLL" --urls "http://127.0.0.1:$PORT" --webroot "$WORK/webroot" \
  --ClinicKit:Usync:Path="$ROOT/uSync/v17" --Logging:LogLevel:Default=Warning >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 100); do
  curl -fs -o /dev/null -H "Host: $HOST_NAME" "http://127.0.0.1:$PORT/" && break
  sleep 0.2
done

SLUG="$(curl -fs -H "Host: $HOST_NAME" "http://127.0.0.1:$PORT/" | grep -o 'href="/articles/[^"]*"' | head -1 | sed 's/href="//; s/"$//')"
PAGE_URL="http://127.0.0.1:$PORT$SLUG"
curl -fs -H "Host: $HOST_NAME" "$PAGE_URL" -o "$WORK/webroot/bench/article.html"
STATIC_URL="http://127.0.0.1:$PORT/assets/bench/article.html"
PAGE_BYTES=$(wc -c <"$WORK/webroot/bench/article.html")
STATIC_BYTES=$(curl -fs -H "Host: $HOST_NAME" "$STATIC_URL" | wc -c)
CSS_BYTES=$(curl -fs -H "Host: $HOST_NAME" "http://127.0.0.1:$PORT/assets/css/site.css" | wc -c)

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
wrk -t1 -c8 -d3s -H "Host: $HOST_NAME" "$PAGE_URL" >/dev/null
wrk -t1 -c8 -d3s -H "Host: $HOST_NAME" "$STATIC_URL" >/dev/null

echo "Measuring ($THREADS threads, $CONNECTIONS connections, ${DURATION}s each, $(nproc) cores shared by wrk and the server)..."
read -r PAGE_RPS PAGE_P50 PAGE_P99 < <(run page "$PAGE_URL")
read -r STATIC_RPS STATIC_P50 STATIC_P99 < <(run static "$STATIC_URL")
RATIO=$(awk -v a="$PAGE_RPS" -v b="$STATIC_RPS" 'BEGIN { printf "%.0f%%", 100 * a / b }')

echo
printf '%-34s %8s %12s %10s %10s\n' "what" "bytes" "requests/s" "p50" "p99"
printf '%-34s %8s %12s %10s %10s\n' "article page" "$PAGE_BYTES" "$PAGE_RPS" "$PAGE_P50" "$PAGE_P99"
printf '%-34s %8s %12s %10s %10s\n' "static copy (same bytes)" "$STATIC_BYTES" "$STATIC_RPS" "$STATIC_P50" "$STATIC_P99"
echo
echo "article page: $SLUG"
echo "article page throughput = $RATIO of the static file's (aim: at least 50%); site.css is $CSS_BYTES bytes"
