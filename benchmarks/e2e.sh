#!/usr/bin/env bash
# End-to-end benchmark: generates a large generic runs folder (default 1,000 runs × 5,000 steps ×
# 6 metrics) once, then times `loglens analyze --no-plots` on it and reports wall time and peak RSS.
# Usage: benchmarks/e2e.sh [runs] [steps] [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000}; steps=${2:-5000}; repeats=${3:-3}
data="benchmarks/data/large-${runs}x${steps}"

dotnet build -c Release src/LogLens.Cli tools/LogLens.Fixtures -v q -nologo >/dev/null 2>&1 || dotnet build -c Release src/LogLens.Cli -v q -nologo
dotnet build -c Release tools/LogLens.Fixtures -v q -nologo >/dev/null
if [ ! -d "$data" ]; then
  echo "generating $data ..."
  dotnet tools/LogLens.Fixtures/bin/Release/net10.0/LogLens.Fixtures.dll large "$data" "$runs" "$steps" >/dev/null
fi
echo "folder: $data ($(du -sh "$data" | cut -f1), $(find "$data" -name metrics.csv | wc -l) runs)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version)"
for i in $(seq "$repeats"); do
  out=$(mktemp -d)
  /usr/bin/time -f "%e %M" -o "$out/time" dotnet src/LogLens.Cli/bin/Release/net10.0/loglens.dll analyze "$data" --no-plots --out "$out" --fail-on never >/dev/null
  read -r secs kb < "$out/time"
  echo "run $i: wall ${secs} s, peak RSS $((kb / 1024)) MiB"
  rm -rf "$out"
done
