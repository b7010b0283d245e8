#!/usr/bin/env bash
# Renders scripts/icon.svg to the PNG sizes the manifest uses (run by hand after editing the SVG;
# the PNGs are committed). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 32 48 96 128; do
  rsvg-convert -w "$size" -h "$size" scripts/icon.svg -o "public/icon/$size.png"
done
