#!/usr/bin/env bash
# The native (ahead-of-time compiled) build must say exactly what the JIT build says. Publishes it, then runs both
# on every fixture and on ../shared/real-logs (when present) and compares exit codes, findings.json and report.md
# byte for byte; also `export` and `analyze` of that export, the other commands' output, and `inspect` of the MLflow
# SQLite stores (and of a truncated copy). Exit 1 on any difference.
# Usage: benchmarks/native-check.sh [native output folder, default benchmarks/bin/native]
set -uo pipefail
cd "$(dirname "$0")/.."
native=${1:-benchmarks/bin/native}

dotnet build -c Release src/LogLens.Cli -v q -nologo >/dev/null || exit 1
dotnet publish src/LogLens.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$native" -v q -nologo >/dev/null || exit 1
jit=(dotnet src/LogLens.Cli/bin/Release/net10.0/loglens.dll)
aot=("$native/loglens")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

same() { # label: compares $work/jit and $work/aot (folders or files) and the two exit codes
  if [ "$2" = "$3" ] && diff -r -q "$work/jit" "$work/aot" >/dev/null; then
    echo "same  $1"
  else
    echo "DIFF  $1 (exit $2 / $3)"; diff -r "$work/jit" "$work/aot" | head -5; failed=1
  fi
}

analyze_both() { # label folder: analyse with both builds and keep findings.json and report.md of each
  rm -rf "$work/jit" "$work/aot"; mkdir -p "$work/jit" "$work/aot"
  "${jit[@]}" analyze "$2" --out "$work/j" --fail-on never >/dev/null 2>&1; local a=$?
  "${aot[@]}" analyze "$2" --out "$work/a" --fail-on never >/dev/null 2>&1; local b=$?
  for f in findings.json report.md; do
    cp "$work/j/$f" "$work/jit/" 2>/dev/null
    cp "$work/a/$f" "$work/aot/" 2>/dev/null
  done
  rm -rf "$work/j" "$work/a"
  same "$1" $a $b
}

folders=(fixtures/demo fixtures/examples/* fixtures/scenarios/*)
if [ -d ../shared/real-logs ]; then folders+=(../shared/real-logs/*); else echo "../shared/real-logs absent: fixtures only"; fi
for folder in "${folders[@]}"; do
  [ -d "$folder" ] && analyze_both "analyze $folder" "$folder"
done

rm -rf "$work/jit" "$work/aot"
"${jit[@]}" export fixtures/demo --out "$work/jit" >/dev/null 2>&1; a=$?
"${aot[@]}" export fixtures/demo --out "$work/aot" >/dev/null 2>&1; b=$?
same "export fixtures/demo" $a $b
mv "$work/jit" "$work/export"
analyze_both "analyze of the Parquet export" "$work/export"

commands=("inspect fixtures/demo" "compare fixtures/demo" "rules" "explain LL301" "--help")
sqlite=../shared/real-logs/mlflow-sqlite
if [ -d "$sqlite" ]; then
  # The MLflow SQLite stores go through e_sqlite3 (a native library beside the binary): their runs, and the errors of
  # a truncated copy (SQLite's own corruption report must come through the native build the same way).
  mkdir -p "$work/damaged-store"
  head -c 150000 "$sqlite/mikolaj-olesinski__Deep-Neural-Networks-PWR/mlflow_data/mlflow.db" >"$work/damaged-store/mlflow.db"
  commands+=("inspect $sqlite" "inspect $sqlite --format json" "inspect $work/damaged-store")
fi
for command in "${commands[@]}"; do
  rm -rf "$work/jit" "$work/aot"; mkdir -p "$work/jit" "$work/aot"
  # shellcheck disable=SC2086
  "${jit[@]}" $command >"$work/jit/out" 2>&1; a=$?
  # shellcheck disable=SC2086
  "${aot[@]}" $command >"$work/aot/out" 2>&1; b=$?
  same "$command" $a $b
done

[ $failed = 0 ] && echo "native build: identical output" || echo "native build: DIFFERENT output"
exit $failed
