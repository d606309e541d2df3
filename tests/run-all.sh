#!/usr/bin/env bash
# Runs every test ClinicKit has, from a fresh clone: installs what the tests need, builds, runs the .NET test
# projects and the backoffice tests, and ends with one line CI reads: "N passed, N failed, N skipped".
# Exits non-zero when a test failed, a suite could not run, or no test ran at all.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

say() { printf '\n== %s\n' "$*"; }

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v redis-server >/dev/null 2>&1 || need_packages+=(redis-server)
if [ "${E2E_BROWSER:-chromium}" = firefox ] && [ ! -x /usr/lib/firefox-esr/firefox-esr ]; then need_packages+=(firefox-esr); fi
if [ ${#need_packages[@]} -gt 0 ]; then
  say "installing ${need_packages[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null \
    || { echo "could not install ${need_packages[*]} (are you root?)"; echo "0 passed, 1 failed"; exit 1; }
fi

# The Delivery API tests share one Redis between two heads; it lives only as long as this run.
redis_port=$((20000 + RANDOM % 20000))
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$results/redis.pid" --logfile "$results/redis.log" >/dev/null
export CLINICKIT_TEST_REDIS="127.0.0.1:$redis_port"
trap '[ -f "$results/redis.pid" ] && kill "$(cat "$results/redis.pid")" 2>/dev/null' EXIT

passed=0; failed=0; skipped=0; suites_broken=0

# A suite that suddenly runs far fewer tests than tests/suite-sizes.txt records has most likely lost tests by accident
# (a broken TestCaseSource, a deleted fixture): say so. The sizes of this run go to TestResults/suite-sizes.txt.
record_size() {
  local name=$1 count=$2 before
  echo "$name $count" >> "$results/suite-sizes.txt"
  before=$(awk -v n="$name" '$1 == n { print $2 }' "$root/tests/suite-sizes.txt" 2>/dev/null)
  if [ -n "$before" ] && [ "$count" -lt $((before * 9 / 10)) ]; then
    echo "warning: $name ran $count tests, down from $before in tests/suite-sizes.txt"
  fi
}

backoffice="$root/src/ClinicKit.Backoffice"
if [ -f "$backoffice/package.json" ]; then
  say "backoffice: npm ci, typecheck, lint, build check, vitest, browser tests"
  # npm test also rebuilds the bundle and fails if it differs from the committed App_Plugins/ClinicKit (the NuGet package ships that).
  rm -f "$backoffice/test-results/summary.json"
  (cd "$backoffice" && npm ci --no-audit --no-fund --loglevel=error && npm test)
  npm_status=$?
  summary="$backoffice/test-results/summary.json"
  if [ -f "$summary" ]; then
    read -r p f s < <(node -e 'const s=require(process.argv[1]);console.log(s.passed,s.failed,s.skipped??0)' "$summary")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    record_size backoffice "$((p + f + s))"
    # A failed type check or lint fails no test but must still fail the run.
    if [ "$npm_status" -ne 0 ] && [ "$f" -eq 0 ]; then echo "backoffice checks failed (see above)"; suites_broken=$((suites_broken + 1)); fi
  else
    echo "backoffice tests did not report a summary"; suites_broken=$((suites_broken + 1))
  fi
fi

say "dotnet build"
if ! dotnet build Cms.sln -c Release -nologo -v quiet; then
  echo "the solution does not build"; echo "$passed passed, $((failed + 1)) failed, $skipped skipped"; exit 1
fi

# NUnit's own result file, not the trx: the trx folds Inconclusive (an Assume that did not hold) into "not executed",
# which would let a test that proved nothing pass as skipped. Inconclusive and warnings count as failed here.
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  say "$name"
  dotnet test "$project" -c Release --no-build -nologo --results-directory "$results/$name" \
    -- NUnit.TestOutputXml="$results/$name" NUnit.OutputXmlFolderMode=AsSpecified
  xml="$results/$name/$name.xml"
  if [ ! -f "$xml" ]; then
    echo "$name did not produce results"; suites_broken=$((suites_broken + 1)); continue
  fi
  run=$(grep -o '<test-run [^>]*>' "$xml" | head -1)
  get() { local v; v=$(echo "$run" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'); echo "${v:-0}"; }
  p=$(get passed); f=$(($(get failed) + $(get inconclusive) + $(get warnings))); s=$(get skipped)
  [ "$(get inconclusive)" -gt 0 ] && echo "$name: $(get inconclusive) inconclusive test(s) counted as failed"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  record_size "$name" "$((p + f + s))"
done

failed=$((failed + suites_broken))
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
