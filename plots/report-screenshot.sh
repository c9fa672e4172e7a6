#!/bin/sh
# Regenerates plots/report.png, the README's screenshot of report.html, as a nightly job would see it:
# last night only the support-bot sweep existed and one of its runs was still being written (a partial
# last line); tonight the multi-domain sweep has landed. So the report shows new, persisting and resolved
# findings. Needs the .NET 10 SDK and Chromium (CHROMIUM=/path/to/chromium). Run from the repository root.
# With a folder of real logs as argument it also writes plots/report-real.png, the top of that folder's
# report.html (the README's picture is of a public Hugging Face Trainer QLoRA run whose loss diverged).
set -eu
repo="$PWD"
chromium="${CHROMIUM:-/usr/bin/chromium}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/LogLens.Cli" --nologo --verbosity quiet
loglens() { (cd "$work" && dotnet run --no-build --project "$repo/src/LogLens.Cli" -- "$@"); }
cp -R "$repo/fixtures/demo" "$work/runs"
rm -rf "$work/runs/multi-domain"
printf '1600,0.41' >> "$work/runs/support-bot/lr-1e-5_r-8/seed-2/metrics.csv"
loglens analyze runs --out last --no-plots --format json --quiet --fail-on never
rm -rf "$work/runs" && cp -R "$repo/fixtures/demo" "$work/runs"
loglens analyze runs --out today --baseline last/findings.json --format html --quiet --fail-on never
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1280,1500 --screenshot="$repo/plots/report.png" "file://$work/today/report.html"
if [ $# -ge 1 ]; then
  real="$(cd "$1" && pwd)"
  loglens analyze "$real" --out real --format html --quiet --fail-on never
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,1100 --screenshot="$repo/plots/report-real.png" "file://$work/real/report.html"
fi
