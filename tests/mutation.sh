#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json): for each target below, Stryker changes
# the code of one folder (an operator flipped, a condition negated, a string emptied, ...) one mutant at a time and runs the
# tests that cover it; a mutant no test notices "survives". Prints the mutation score of each folder at the end.
#
#   bash tests/mutation.sh                       every target, smallest first (hours on two cores)
#   bash tests/mutation.sh tokens sanitizer      only these targets
#   STRYKER_SINCE=main bash tests/mutation.sh    only mutants in files changed since that commit (Stryker's --since)
#   MUTATION_CONCURRENCY=2 bash tests/mutation.sh
#   MUTATION_FILES='**/Validation/PageRules.cs **/Validation/MediaRules.cs' bash tests/mutation.sh validation
#                                                only these files of the target's folder (globs as Stryker's --mutate
#                                                takes them, separated by spaces); the score printed covers those files only
#
# Like the benchmarks, this is not part of tests/run-all.sh: it builds and runs the test suites hundreds of times.
# Reports: TestResults/mutation/<target>/reports/mutation-report.{json,html}.
set -uo pipefail
# One compound command, read whole before it runs: editing this file during a run (hours) cannot change the run.
{
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out="$root/TestResults/mutation"
mkdir -p "$out"
concurrency=${MUTATION_CONCURRENCY:-1}

# name | project | test project | files to mutate | build configuration of the test project (empty: Debug)
# The head's browser tests cover the same code as its fast tests but take minutes per run, so the head's targets build
# the test project in its Mutation configuration, which compiles the fast (TestServer) tests only (see
# ClinicKit.Web.Tests.csproj): Stryker.NET 5.1.0 stops with "Initial test run could not be completed" whenever
# --test-case-filter is given (stryker-net issue #3242, "test-case-filter config option might be broken"), and a build
# configuration without the slow tests is the workaround stryker-net issue #3843 names. The score of those targets is
# therefore what the fast tests catch on their own. The sanitizer's target narrows that to the tests of Security/ itself
# (the MutationSecurity configuration): every fast page test runs the sanitizer too, which made a mutant there take a
# minute to test; its score is what those tests catch (the page tests would only add kills).
# ClinicKit.Umbraco.Tests' Fidelity tests read the backoffice's npm package: without `npm ci` in src/ClinicKit.Backoffice
# Stryker reports "2 tests are failing" and goes on; they cover nothing in PublishGuard/.
# tests/stryker-config.json leaves the arguments of logging calls unmutated: a log line is for whoever runs the site,
# and the score is meant to count what an editor or a visitor sees (a message, a refused publish, the markup).
targets=(
  "tokens|src/ClinicKit.Content/ClinicKit.Content.csproj|tests/ClinicKit.Content.Tests/ClinicKit.Content.Tests.csproj|**/Library/ClinicTokens.cs|"
  "claims|src/ClinicKit.Content/ClinicKit.Content.csproj|tests/ClinicKit.Content.Tests/ClinicKit.Content.Tests.csproj|**/Claims/**/*.cs|"
  "sanitizer|src/ClinicKit.Web/ClinicKit.Web.csproj|tests/ClinicKit.Web.Tests/ClinicKit.Web.Tests.csproj|**/Security/**/*.cs|MutationSecurity"
  "guard|src/ClinicKit.Umbraco/ClinicKit.Umbraco.csproj|tests/ClinicKit.Umbraco.Tests/ClinicKit.Umbraco.Tests.csproj|**/PublishGuard/**/*.cs|"
  "validation|src/ClinicKit.Content/ClinicKit.Content.csproj|tests/ClinicKit.Content.Tests/ClinicKit.Content.Tests.csproj|**/Validation/**/*.cs|"
  "blocks|src/ClinicKit.Content/ClinicKit.Content.csproj|tests/ClinicKit.Content.Tests/ClinicKit.Content.Tests.csproj|**/Blocks/**/*.cs|"
  "importing|src/ClinicKit.Content/ClinicKit.Content.csproj|tests/ClinicKit.Content.Tests/ClinicKit.Content.Tests.csproj|**/Importing/**/*.cs|"
  "rendering|src/ClinicKit.Web/ClinicKit.Web.csproj|tests/ClinicKit.Web.Tests/ClinicKit.Web.Tests.csproj|**/Rendering/**/*.cs|Mutation"
)

wanted=("$@")
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed (is .config/dotnet-tools.json there?)"; exit 1; }

scores=()
for target in "${targets[@]}"; do
  IFS='|' read -r name project tests mutate configuration <<<"$target"
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $name "* ]]; then continue; fi
  [ -n "${MUTATION_FILES:-}" ] && mutate=$MUTATION_FILES
  printf '\n== %s: %s in %s\n' "$name" "$mutate" "$project"
  rm -rf "${out:?}/$name"
  read -ra globs <<<"$mutate"
  args=(--project "$(basename "$project")" --test-project "$root/$tests" --concurrency "$concurrency"
        --reporter json --reporter html --reporter progress --output "$out/$name" --skip-version-check
        --config-file "$root/tests/stryker-config.json")
  for glob in "${globs[@]}"; do args+=(--mutate "$glob"); done
  [ -n "$configuration" ] && args+=(--configuration "$configuration")
  [ -n "${STRYKER_SINCE:-}" ] && args+=("--since:$STRYKER_SINCE")
  (cd "$(dirname "$root/$project")" && dotnet dotnet-stryker "${args[@]}")
  report="$out/$name/reports/mutation-report.json"
  if [ ! -f "$report" ]; then scores+=("$name: no report (Stryker failed, see above)"); continue; fi
  scores+=("$(python3 - "$name" "$mutate" "$report" <<'EOF'
import json, sys
name, mutate, path = sys.argv[1:]
counts = {}
for file in json.load(open(path))["files"].values():
    for mutant in file["mutants"]:
        counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
detected = counts.get("Killed", 0) + counts.get("Timeout", 0)
undetected = counts.get("Survived", 0) + counts.get("NoCoverage", 0)
total = detected + undetected
score = f"{100 * detected / total:.1f}%" if total else "n/a (no mutants)"
print(f"{name} ({mutate}): {score}  killed {counts.get('Killed', 0)}, timeout {counts.get('Timeout', 0)}, "
      f"survived {counts.get('Survived', 0)}, no coverage {counts.get('NoCoverage', 0)}, "
      f"not run {counts.get('Ignored', 0) + counts.get('CompileError', 0)}")
EOF
)")
done

printf '\n== mutation scores (killed + timeout) / (killed + timeout + survived + no coverage)\n'
printf '%s\n' "${scores[@]}"
exit
}
