#!/usr/bin/env bash
# Scaling curve: `loglens analyze --no-plots` on generated generic folders of 100, 1,000 and 10,000 runs
# (same steps per run, default 500, 6 metrics), printing a Markdown table of wall time, peak RSS and their
# per-run cost. Linear scaling shows as a flat per-run column; anything quadratic in runs would grow tenfold per row.
# Usage: benchmarks/scaling.sh [steps] [repeats] [run counts...]
set -euo pipefail
cd "$(dirname "$0")/.."
steps=${1:-500}; repeats=${2:-1}; shift $(( $# > 2 ? 2 : $# )) || true
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(100 1000 10000)

dotnet build -c Release src/LogLens.Cli -v q -nologo >/dev/null
dotnet build -c Release tools/LogLens.Fixtures -v q -nologo >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), .NET $(dotnet --version); $steps steps × 6 metrics per run; best of $repeats"
echo
echo "| runs | points | folder | wall (s) | peak RSS (MiB) | ms per run | KiB RSS per run | load avg |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for runs in "${counts[@]}"; do
  data="benchmarks/data/large-${runs}x${steps}"
  if [ ! -d "$data" ]; then
    dotnet tools/LogLens.Fixtures/bin/Release/net10.0/LogLens.Fixtures.dll large "$data" "$runs" "$steps" >/dev/null
  fi
  best_secs=""; best_kb=""; load=""
  for _ in $(seq "$repeats"); do
    out=$(mktemp -d); t=$(mktemp)
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %M" -o "$t" dotnet src/LogLens.Cli/bin/Release/net10.0/loglens.dll analyze "$data" --no-plots --out "$out" --fail-on never >/dev/null 2>&1
    read -r secs kb < "$t"; rm -rf "$out" "$t"
    if [ -z "$best_secs" ] || awk "BEGIN {exit !($secs < $best_secs)}"; then best_secs=$secs; best_kb=$kb; fi
  done
  size=$(du -sh --apparent-size "$data" | cut -f1)
  awk -v r="$runs" -v st="$steps" -v s="$best_secs" -v kb="$best_kb" -v size="$size" -v load="$load" \
    'BEGIN {printf "| %d | %.1fM | %s | %.2f | %d | %.2f | %.0f | %s |\n", r, r*st*6/1e6, size, s, kb/1024, 1000*s/r, kb/r, load}'
done
