#!/usr/bin/env bash
# End-to-end benchmark: generates a large generic runs folder (default 1,000 runs × 5,000 steps ×
# 6 metrics) once, then times `loglens analyze --no-plots` — the native build (README "Native build") and the
# JIT build run by `dotnet` — and the pandas + scipy baseline (benchmarks/pandas_baseline.py) on it, alternating,
# and reports wall time, peak RSS and the load average.
# Usage: benchmarks/e2e.sh [runs] [steps] [repeats]
# Set SKIP_PANDAS=1 to time LogLens only. Each measurement first waits (up to 10 minutes) until the 1-minute load
# average is below QUIET_LOAD (default 1.5; QUIET_LOAD=0 does not wait), so the builds above and the previous
# measurement do not count against the next one; the load is printed with every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000}; steps=${2:-5000}; repeats=${3:-3}
data="benchmarks/data/large-${runs}x${steps}"
python=/usr/bin/python3

dotnet build -c Release src/LogLens.Cli -v q -nologo >/dev/null
native=benchmarks/bin/native
if ! dotnet publish src/LogLens.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$native" -v q -nologo >/dev/null; then
  echo "the native build failed (no gcc or clang?): timing the JIT build only"
  native=
fi
dotnet build -c Release tools/LogLens.Fixtures -v q -nologo >/dev/null
if [ ! -d "$data" ]; then
  echo "generating $data ..."
  dotnet tools/LogLens.Fixtures/bin/Release/net10.0/LogLens.Fixtures.dll large "$data" "$runs" "$steps" >/dev/null
fi

if [ "${SKIP_PANDAS:-0}" != 1 ] && ! "$python" -c 'import pandas, scipy' 2>/dev/null; then
  echo "installing python3-pandas python3-scipy (best effort) ..."
  (apt-get install -y python3-pandas python3-scipy >/dev/null 2>&1 \
    || sudo -n apt-get install -y python3-pandas python3-scipy >/dev/null 2>&1) || true
fi
if [ "${SKIP_PANDAS:-0}" != 1 ] && ! "$python" -c 'import pandas, scipy' 2>/dev/null; then
  echo "pandas/scipy not available for $python: timing LogLens only"
  SKIP_PANDAS=1
fi

echo "folder: $data ($(du -sh --apparent-size "$data" | cut -f1), $(find "$data" -name metrics.csv | wc -l) runs)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version)"

measure() { # label command...: prints "label: wall W s, CPU C s, peak RSS M MiB (load L)"
  local label=$1; shift
  local t; t=$(mktemp)
  local quiet=${QUIET_LOAD:-1.5} waited=0
  while awk -v q="$quiet" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {exit !(q > 0 && l >= q)}' && [ $waited -lt 600 ]; do
    sleep 5; waited=$((waited + 5))
  done
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >/dev/null 2>&1
  read -r secs user sys kb < "$t"; rm -f "$t"
  last_wall=$secs
  # CPU seconds (user + system) are the steadier figure when other jobs share the cores.
  echo "$label: wall ${secs} s, CPU $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}') s, peak RSS $((kb / 1024)) MiB (load ${load})"
}

# The machine's speed can drift between runs: each LogLens run is paired with the pandas run right after it,
# and the ratio of the pair is printed.
ratio() { awk -v p="$1" -v l="$2" 'BEGIN {printf "%.2f", p / l}'; }
for i in $(seq "$repeats"); do
  out=$(mktemp -d)
  if [ -n "$native" ]; then
    measure "run $i loglens (native)" "$native/loglens" analyze "$data" --no-plots --out "$out" --fail-on never
    native_wall=$last_wall
  fi
  measure "run $i loglens (dotnet, JIT)" dotnet src/LogLens.Cli/bin/Release/net10.0/loglens.dll analyze "$data" --no-plots --out "$out" --fail-on never
  jit_wall=$last_wall
  rm -rf "$out"
  if [ "${SKIP_PANDAS:-0}" != 1 ]; then
    measure "run $i pandas+scipy" "$python" benchmarks/pandas_baseline.py "$data"
    if [ -n "$native" ]; then
      echo "run $i: LogLens native $(ratio "$last_wall" "$native_wall")x faster than pandas+scipy, JIT $(ratio "$last_wall" "$jit_wall")x"
    else
      echo "run $i: LogLens (JIT) $(ratio "$last_wall" "$jit_wall")x faster than pandas+scipy"
    fi
  fi
done
