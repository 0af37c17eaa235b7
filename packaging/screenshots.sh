#!/usr/bin/env bash
# Takes the product screenshots (docs/screenshots/*.png) from a demo workspace.
# Builds nothing: pass the build directory (default: build) that holds app/gui/gatehouse and
# app/cli/gatehouse-cli. Needs xvfb-run (package xvfb) and a font (fonts-dejavu-core).
#
#   packaging/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail

BUILD=${1:-build}
OUT=${2:-docs/screenshots}
GUI="$BUILD/app/gui/gatehouse"
CLI="$BUILD/app/cli/gatehouse-cli"

for exe in "$GUI" "$CLI"; do
  if [[ ! -x "$exe" ]]; then
    echo "screenshots.sh: $exe not found; build the gatehouse and gatehouse-cli targets first" >&2
    exit 1
  fi
done
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/runtime" "$TMP/config" "$TMP/data" "$OUT"
chmod 700 "$TMP/runtime"

# A private settings and data folder: the screenshots never depend on (or change) the user's own.
export XDG_RUNTIME_DIR="$TMP/runtime" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
export LANG=${SCREENSHOT_LANG:-C.UTF-8} TZ=${TZ:-UTC}

"$CLI" demo create "$TMP/demo.sqlite" >/dev/null
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  "$GUI" --workspace "$TMP/demo.sqlite" --screenshots "$OUT"
echo "Screenshots written to $OUT"
