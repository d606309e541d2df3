#!/usr/bin/env bash
# BenchmarkDotNet: clinic-token replacement on an ordinary call to action and on hostile shapes ({{ + 100,000 spaces, ...).
# Usage: tests/benchmarks/tokens.sh   (results also in BenchmarkDotNet.Artifacts/results)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
dotnet run -c Release --project tests/benchmarks/ClinicKit.Benchmarks -- --filter '*TokenBenchmarks*' "$@"
