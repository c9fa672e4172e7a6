#!/usr/bin/env bash
# Micro-benchmarks of the hot paths (BenchmarkDotNet, short job, in-process) and the single-threaded reader
# throughput table. Usage: benchmarks/micro.sh [BenchmarkDotNet filter, default '*']
# Results: BenchmarkDotNet.Artifacts/results/*.md (gitignored); the reader table is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release benchmarks/LogLens.Benchmarks -v q -nologo >/dev/null
bench=benchmarks/LogLens.Benchmarks/bin/Release/net10.0/LogLens.Benchmarks.dll
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$bench" readers 1000000 21
dotnet "$bench" --filter "${1:-*}" --job short --inProcess --memory --exporters markdown
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
