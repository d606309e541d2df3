#!/usr/bin/env bash
# BenchmarkDotNet: loading (and validating) a uSync folder of the shipped package plus 10,000 article files.
# Usage: tests/benchmarks/read.sh   (results also in BenchmarkDotNet.Artifacts/results)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CLINICKIT_USYNC="$ROOT/uSync/v17" dotnet run -c Release --project tests/benchmarks/ClinicKit.Benchmarks -- --filter '*ReadBenchmarks*' "$@"
