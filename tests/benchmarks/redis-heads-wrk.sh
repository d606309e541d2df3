#!/usr/bin/env bash
# Two heads sharing one Redis (the Delivery API source, behind a load balancer) against one head on its own, warm, in one
# run: wrk drives the article page on one head, then on both shared heads at once (half the connections each) and sums
# their throughput. Also reports how many requests the fake Umbraco answered in the whole run (the second shared head
# starts after the first warmed Redis, and takes content and pages from there).
# Usage: tests/benchmarks/redis-heads-wrk.sh [seconds per run, default 15] [connections, default 32]
set -euo pipefail

DURATION="${1:-15}"
CONNECTIONS="${2:-32}"
FAKE_PORT="${CLINICKIT_BENCH_FAKE_PORT:-5290}"
ALONE_PORT=5291
SHARED_A_PORT=5292
SHARED_B_PORT=5293
REDIS_PORT="${CLINICKIT_BENCH_REDIS_PORT:-5294}"
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
command -v redis-server >/dev/null || { echo "redis-server is not installed (apt-get install -y redis-server)" >&2; exit 1; }

echo "Building the head and the fake Umbraco (Release)..."
dotnet build "$ROOT/src/ClinicKit.Web/ClinicKit.Web.csproj" -c Release --nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$ROOT/tests/benchmarks/ClinicKit.FakeUmbraco/ClinicKit.FakeUmbraco.csproj" -c Release --nologo -v quiet >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
HEAD_DLL="$ROOT/src/ClinicKit.Web/bin/Release/net10.0/ClinicKit.Web.dll"
FAKE_DLL="$ROOT/tests/benchmarks/ClinicKit.FakeUmbraco/bin/Release/net10.0/ClinicKit.FakeUmbraco.dll"

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >"$WORK/redis.log" 2>&1 &
PIDS+=($!)
dotnet "$FAKE_DLL" "$ROOT/uSync/v17" "$FAKE_PORT" >"$WORK/fake.log" 2>&1 &
PIDS+=($!)
FAKE_PID=$!

mapfile -t API_ARGS < <(dotnet "$FAKE_DLL" head-args "$ROOT/uSync/v17" "http://127.0.0.1:$FAKE_PORT")
start_head() { # port [extra args...]
  local port=$1; shift
  dotnet "$HEAD_DLL" --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning "${API_ARGS[@]}" "$@" >"$WORK/head-$port.log" 2>&1 &
  PIDS+=($!)
}

wait_for() { # url
  for _ in $(seq 1 150); do
    curl -fs -o /dev/null -H "Host: $HOST_NAME" "$1" && return 0
    sleep 0.2
  done
  echo "no answer from $1" >&2; cat "$WORK"/*.log >&2; exit 1
}

start_head "$ALONE_PORT"
start_head "$SHARED_A_PORT" --ClinicKit:DeliveryApi:Redis="127.0.0.1:$REDIS_PORT" --ClinicKit:DeliveryApi:RedisPrefix="bench-$$:"
wait_for "http://127.0.0.1:$ALONE_PORT/"
wait_for "http://127.0.0.1:$SHARED_A_PORT/"
SLUG="$(curl -fs -H "Host: $HOST_NAME" "http://127.0.0.1:$ALONE_PORT/" | grep -o 'href="/articles/[^"]*"' | head -1 | sed 's/href="//; s/"$//')"
curl -fs -o /dev/null -H "Host: $HOST_NAME" "http://127.0.0.1:$SHARED_A_PORT$SLUG"

# The second shared head starts after the first warmed Redis.
start_head "$SHARED_B_PORT" --ClinicKit:DeliveryApi:Redis="127.0.0.1:$REDIS_PORT" --ClinicKit:DeliveryApi:RedisPrefix="bench-$$:"
wait_for "http://127.0.0.1:$SHARED_B_PORT/"
curl -fs -o /dev/null -H "Host: $HOST_NAME" "http://127.0.0.1:$SHARED_B_PORT$SLUG"

rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
check() { if grep -q 'Non-2xx' "$1"; then echo "wrk saw errors:" >&2; cat "$1" >&2; exit 1; fi; }

echo "Warming up..."
for port in "$ALONE_PORT" "$SHARED_A_PORT" "$SHARED_B_PORT"; do
  wrk -t1 -c8 -d3s -H "Host: $HOST_NAME" "http://127.0.0.1:$port$SLUG" >/dev/null
done

echo "Measuring (${DURATION}s each, $CONNECTIONS connections in all, $(nproc) cores shared by wrk, the heads, Redis and the fake Umbraco)..."
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Host: $HOST_NAME" "http://127.0.0.1:$ALONE_PORT$SLUG" >"$WORK/alone.txt"
check "$WORK/alone.txt"
HALF=$((CONNECTIONS / 2))
wrk -t1 -c"$HALF" -d"${DURATION}s" --latency -H "Host: $HOST_NAME" "http://127.0.0.1:$SHARED_A_PORT$SLUG" >"$WORK/a.txt" &
WA=$!
wrk -t1 -c"$HALF" -d"${DURATION}s" --latency -H "Host: $HOST_NAME" "http://127.0.0.1:$SHARED_B_PORT$SLUG" >"$WORK/b.txt" &
WB=$!
wait "$WA" "$WB"
check "$WORK/a.txt"; check "$WORK/b.txt"

ALONE=$(rps "$WORK/alone.txt"); A=$(rps "$WORK/a.txt"); B=$(rps "$WORK/b.txt")
SUM=$(awk -v a="$A" -v b="$B" 'BEGIN { printf "%.2f", a + b }')
RATIO=$(awk -v s="$SUM" -v o="$ALONE" 'BEGIN { printf "%.0f%%", 100 * s / o }')

kill -TERM "$FAKE_PID"; wait "$FAKE_PID" 2>/dev/null || true
echo
printf '%-48s %12s\n' "article page, warm cache" "requests/s"
printf '%-48s %12s\n' "one head, no Redis" "$ALONE"
printf '%-48s %12s\n' "two heads sharing Redis (sum of both)" "$SUM ($A + $B)"
echo
echo "article page: $SLUG"
echo "two heads sharing Redis: $RATIO of one head's throughput on the same $(nproc) cores"
echo "requests the fake Umbraco answered in the whole run: $(awk -F': ' '/requests answered/ {print $2}' "$WORK/fake.log")"
