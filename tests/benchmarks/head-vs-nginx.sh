#!/usr/bin/env bash
# The head's article page against nginx serving the very same bytes, and against the head's own static-file path, each
# uncompressed and with "Accept-Encoding: br, gzip", measured with wrk on loopback in one run. A bare Kestrel answering with
# the same bytes (tests/benchmarks/ClinicKit.BytesServer: no middleware, no logging) shows how much of the gap to nginx is
# Kestrel's own.
# Usage: tests/benchmarks/head-vs-nginx.sh [seconds per run, default 5] [connections, default 32]
# nginx (nginx-light, plus its brotli_static module) is installed with apt-get when missing. It serves the page's HTML and
# the head's own Brotli and gzip forms of it as article.html.br/.gz (brotli_static, gzip_static), so both servers send the
# same bytes in each run; the script checks that before measuring. Prints requests/s, latency p50/p99, and the head's ratios.
set -euo pipefail

DURATION="${1:-5}"
CONNECTIONS="${2:-32}"
THREADS=2
HEAD_PORT="${CLINICKIT_BENCH_PORT:-5193}"
NGINX_PORT="${CLINICKIT_BENCH_NGINX_PORT:-5194}"
BARE_PORT="${CLINICKIT_BENCH_BARE_PORT:-5195}"
HOST_NAME="riverglass-ketamine.test"
ENCODINGS="br, gzip"
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
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if ! command -v nginx >/dev/null || [[ ! -f "$BROTLI_MODULE" ]]; then
  echo "Installing nginx-light and its brotli_static module..."
  # The script runs its own nginx on a loopback port; whether apt starts the system one does not matter.
  install_nginx() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-http-brotli-static >"$WORK/apt.log" 2>&1; }
  install_nginx || { apt-get update -qq >/dev/null 2>&1 && install_nginx; } || { cat "$WORK/apt.log" >&2; exit 1; }
fi

echo "Building the head and the bare Kestrel server (Release)..."
dotnet build "$ROOT/src/ClinicKit.Web/ClinicKit.Web.csproj" -c Release --nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$ROOT/tests/benchmarks/ClinicKit.BytesServer/ClinicKit.BytesServer.csproj" -c Release --nologo -v quiet >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
DLL="$ROOT/src/ClinicKit.Web/bin/Release/net10.0/ClinicKit.Web.dll"
BARE_DLL="$ROOT/tests/benchmarks/ClinicKit.BytesServer/bin/Release/net10.0/ClinicKit.BytesServer.dll"

start_head() { # log -> pid in HEAD_PID
  dotnet "$DLL" --urls "http://127.0.0.1:$HEAD_PORT" --webroot "$WORK/webroot" \
    --ClinicKit:Usync:Path="$ROOT/uSync/v17" --ClinicKit:Usync:Watch=false --Logging:LogLevel:Default=Warning >"$WORK/$1" 2>&1 &
  HEAD_PID=$!
  PIDS+=("$HEAD_PID")
  for _ in $(seq 1 150); do
    curl -fs -o /dev/null -H "Host: $HOST_NAME" "http://127.0.0.1:$HEAD_PORT/" && return 0
    sleep 0.2
  done
  echo "the head did not answer" >&2; cat "$WORK/$1" >&2; exit 1
}

# First run: take the article page and the head's own compressed forms of it.
mkdir -p "$WORK/webroot/bench" "$WORK/nginx/html" "$WORK/nginx/logs"
start_head head-first.log
SLUG="$(curl -fs -H "Host: $HOST_NAME" "http://127.0.0.1:$HEAD_PORT/" | grep -o 'href="/articles/[^"]*"' | head -1 | sed 's/href="//; s/"$//')"
PAGE_URL="http://127.0.0.1:$HEAD_PORT$SLUG"
curl -fs -H "Host: $HOST_NAME" "$PAGE_URL" -o "$WORK/nginx/html/article.html"
curl -fs -H "Host: $HOST_NAME" -H "Accept-Encoding: br" "$PAGE_URL" -o "$WORK/nginx/html/article.html.br"
curl -fs -H "Host: $HOST_NAME" -H "Accept-Encoding: gzip" "$PAGE_URL" -o "$WORK/nginx/html/article.html.gz"
kill "$HEAD_PID"; wait "$HEAD_PID" 2>/dev/null || true

# Second run: the same HTML is also one of the head's static files (read and compressed once at start).
cp "$WORK/nginx/html/article.html" "$WORK/webroot/bench/article.html"
start_head head.log
STATIC_URL="http://127.0.0.1:$HEAD_PORT/assets/bench/article.html"

cat >"$WORK/nginx/nginx.conf" <<EOF
load_module $BROTLI_MODULE;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  open_file_cache max=100 inactive=60s;
  client_body_temp_path $WORK/nginx/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
    gzip_static on;
    brotli_static on;
  }
}
EOF
mkdir -p "$WORK/nginx/tmp"
# nginx's workers run as nobody: they must be able to read the files (mktemp made the folder private).
chmod -R a+rX "$WORK"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx/logs/stdout.log" 2>&1 &
PIDS+=($!)
NGINX_URL="http://127.0.0.1:$NGINX_PORT/article.html"
for _ in $(seq 1 50); do curl -fs -o /dev/null "$NGINX_URL" && break; sleep 0.1; done
curl -fs -o /dev/null "$NGINX_URL" || { echo "nginx did not answer" >&2; cat "$WORK/nginx/logs/"*.log >&2; exit 1; }

H="$WORK/nginx/html/article.html"
dotnet "$BARE_DLL" "$H" "http://127.0.0.1:$BARE_PORT" br "$H.br" gzip "$H.gz" >"$WORK/bare.log" 2>&1 &
PIDS+=($!)
BARE_URL="http://127.0.0.1:$BARE_PORT/"
for _ in $(seq 1 100); do curl -fs -o /dev/null "$BARE_URL" && break; sleep 0.1; done

# The same bytes from all four, uncompressed and compressed, or no measurement.
digest() { # url [accept-encoding] -> sha256 of the body as sent, and its Content-Encoding
  local args=(-fs -H "Host: $HOST_NAME" -D "$WORK/headers")
  [[ -n "${2:-}" ]] && args+=(-H "Accept-Encoding: $2")
  local sum
  sum=$(curl "${args[@]}" "$1" | sha256sum | cut -c1-16)
  echo "$sum $(awk 'tolower($1)=="content-encoding:" {print $2}' "$WORK/headers" | tr -d '\r')"
}
for encoding in "" "$ENCODINGS"; do
  page=$(digest "$PAGE_URL" "$encoding"); static=$(digest "$STATIC_URL" "$encoding"); nginx=$(digest "$NGINX_URL" "$encoding"); bare=$(digest "$BARE_URL" "$encoding")
  if [[ "$page" != "$nginx" || "$page" != "$static" || "$page" != "$bare" ]]; then
    echo "they do not send the same bytes (Accept-Encoding '$encoding'): page $page, static $static, nginx $nginx, bare Kestrel $bare" >&2; exit 1
  fi
done

run() { # name url [accept-encoding] -> "rps p50 p99"
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Host: $HOST_NAME")
  [[ -n "${3:-}" ]] && args+=(-H "Accept-Encoding: $3")
  wrk "${args[@]}" "$2" >"$WORK/$1.txt"
  if grep -q 'Non-2xx\|Socket errors' "$WORK/$1.txt"; then echo "wrk saw errors for $1:" >&2; cat "$WORK/$1.txt" >&2; exit 1; fi
  echo "$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$1.txt") $(awk '$1=="50%" {print $2}' "$WORK/$1.txt") $(awk '$1=="99%" {print $2}' "$WORK/$1.txt")"
}

echo "Warming up..."
for url in "$PAGE_URL" "$STATIC_URL" "$NGINX_URL" "$BARE_URL"; do
  wrk -t1 -c8 -d2s -H "Host: $HOST_NAME" "$url" >/dev/null
  wrk -t1 -c8 -d2s -H "Host: $HOST_NAME" -H "Accept-Encoding: $ENCODINGS" "$url" >/dev/null
done

echo "Measuring ($THREADS threads, $CONNECTIONS connections, ${DURATION}s each, $(nproc) cores shared by wrk and the servers; load average $(cut -d' ' -f1-3 /proc/loadavg))..."
declare -A RPS P50 P99
for encoding in "" "$ENCODINGS"; do
  suffix="${encoding:+-compressed}"
  for target in page nginx static bare; do
    case $target in page) url=$PAGE_URL ;; nginx) url=$NGINX_URL ;; static) url=$STATIC_URL ;; bare) url=$BARE_URL ;; esac
    read -r "RPS[$target$suffix]" "P50[$target$suffix]" "P99[$target$suffix]" < <(run "$target$suffix" "$url" "$encoding")
  done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
echo
printf '%-44s %8s %12s %10s %10s\n' "what" "bytes" "requests/s" "p50" "p99"
for suffix in "" "-compressed"; do
  if [[ -z "$suffix" ]]; then bytes=$(wc -c <"$WORK/nginx/html/article.html"); label="identity"; else bytes=$(wc -c <"$WORK/nginx/html/article.html.br"); label="br"; fi
  printf '%-44s %8s %12s %10s %10s\n' "head, article page ($label)" "$bytes" "${RPS[page$suffix]}" "${P50[page$suffix]}" "${P99[page$suffix]}"
  printf '%-44s %8s %12s %10s %10s\n' "nginx, same bytes ($label)" "$bytes" "${RPS[nginx$suffix]}" "${P50[nginx$suffix]}" "${P99[nginx$suffix]}"
  printf '%-44s %8s %12s %10s %10s\n' "head, same bytes as a static file ($label)" "$bytes" "${RPS[static$suffix]}" "${P50[static$suffix]}" "${P99[static$suffix]}"
  printf '%-44s %8s %12s %10s %10s\n' "bare Kestrel, same bytes ($label)" "$bytes" "${RPS[bare$suffix]}" "${P50[bare$suffix]}" "${P99[bare$suffix]}"
done
echo
echo "article page: $SLUG"
for suffix in "" "-compressed"; do
  printf '%-13s head page / nginx = %s, head page / head static file = %s, bare Kestrel / nginx = %s, head page / bare Kestrel = %s\n' \
    "$([[ -z "$suffix" ]] && echo "uncompressed:" || echo "br, gzip:")" \
    "$(ratio "${RPS[page$suffix]}" "${RPS[nginx$suffix]}")" "$(ratio "${RPS[page$suffix]}" "${RPS[static$suffix]}")" \
    "$(ratio "${RPS[bare$suffix]}" "${RPS[nginx$suffix]}")" "$(ratio "${RPS[page$suffix]}" "${RPS[bare$suffix]}")"
done
echo "(aim: at least 0.80x nginx, compressed and uncompressed)"
