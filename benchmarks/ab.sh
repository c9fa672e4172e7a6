#!/usr/bin/env bash
# Paired A/B timing of two LogLens builds on one folder: `analyze --no-plots` with each build in turn, N times,
# every run started only once the 1-minute load average is below QUIET_LOAD (default 1.5), printing the load,
# wall seconds and peak RSS (KiB) of each run. Build the old commit in a worktree first, e.g.
#   git worktree add /tmp/old <commit> && dotnet build -c Release /tmp/old/src/LogLens.Cli
#   benchmarks/ab.sh /tmp/old/src/LogLens.Cli/bin/Release/net10.0/loglens.dll \
#     src/LogLens.Cli/bin/Release/net10.0/loglens.dll benchmarks/data/large-1000x5000 4
# (benchmarks/e2e.sh generates that folder.)
set -euo pipefail
old=$1; new=$2; data=$3; n=${4:-4}; quiet=${QUIET_LOAD:-1.5}
wait_quiet() {
  for _ in $(seq 600); do
    awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v q="$quiet" 'BEGIN { exit !(l < q) }' && return
    sleep 1
  done
}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for _ in $(seq "$n"); do
  for which in old new; do
    dll=$old; [ "$which" = new ] && dll=$new
    wait_quiet
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %M" -o "$out/time" dotnet "$dll" analyze "$data" --no-plots --out "$out/$which" --fail-on never >/dev/null 2>&1
    read -r wall rss < "$out/time"
    echo "$which load=$load wall=${wall}s peak_rss=${rss}KiB"
  done
done
