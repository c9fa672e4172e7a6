#!/usr/bin/env bash
# Renders the example plot of every finding page, docs/findings/LLxxx.md.
#
# Each page names the fixture folder its example comes from, as the command it shows:
#     loglens analyze fixtures/scenarios/<folder> --out report
# For every page that shows img/LLxxx.png, this runs that analysis (once per folder) and copies the first plot of the
# code's first finding to docs/findings/img/LLxxx.png. Pages without a plot (the log diagnostics LL001–LL007, and
# LL607) show the terminal output instead and are skipped. The fixtures are deterministic, so on one machine the same
# fixtures give the same PNGs; regenerate the fixtures first if a generator changed
# (dotnet run --project tools/LogLens.Fixtures -- scenarios fixtures/scenarios).
#
# Usage, from anywhere in the repository:
#     tools/render-finding-docs.sh                                  builds the CLI (Release) and uses it
#     LOGLENS="out/native/loglens" tools/render-finding-docs.sh     uses an installed or native build
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${LOGLENS:-}" ]]; then
  dotnet build src/LogLens.Cli -c Release -nologo -v quiet >/dev/null
  LOGLENS="dotnet src/LogLens.Cli/bin/Release/net10.0/loglens.dll"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p docs/findings/img

rendered=0
for page in docs/findings/LL*.md; do
  code="$(basename "$page" .md)"
  grep -q "](img/$code.png)" "$page" || continue
  folder="$(grep -o 'loglens analyze fixtures/scenarios/[A-Za-z0-9_-]*' "$page" | head -n 1 | sed 's|.* fixtures/scenarios/||')"
  if [[ -z "$folder" ]]; then
    echo "render-finding-docs: $page shows img/$code.png but names no fixtures/scenarios folder" >&2
    exit 1
  fi

  out="$work/$folder"
  if [[ ! -d "$out" ]]; then
    $LOGLENS analyze "fixtures/scenarios/$folder" --out "$out" --format json --fail-on never --quiet
  fi

  # Findings are sorted and each finding's plots are named after its code, so the first match is its first finding's plot.
  plot="$(grep -o "\"plots/$code-[^\"]*\.png\"" "$out/findings.json" | head -n 1 | tr -d '"')"
  if [[ -z "$plot" ]]; then
    echo "render-finding-docs: $code drew no plot on fixtures/scenarios/$folder" >&2
    exit 1
  fi

  cp "$out/$plot" "docs/findings/img/$code.png"
  echo "docs/findings/img/$code.png  <-  fixtures/scenarios/$folder ($plot)"
  rendered=$((rendered + 1))
done

echo "$rendered plots in docs/findings/img ($(du -ch docs/findings/img/*.png | tail -n 1 | cut -f 1))"
