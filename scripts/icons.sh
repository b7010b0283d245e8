#!/usr/bin/env bash
# Renders scripts/icon.svg to the PNG sizes the manifest uses (run by hand after editing the SVG;
# the PNGs are committed). Needs rsvg-convert (Debian: librsvg2-bin).
# 16–96 px: the art fills the canvas (toolbar, menus, notifications: every pixel counts there).
# 128 px (install dialog, store listing): Chrome's guideline, 96 px of art inside 16 px of
# transparent padding per side. The art's rounded square spans 4..124 of its 128 units, so a
# 160-unit view box from -16 scales those 120 units to exactly 96 px, from 16 px to 112 px.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 32 48 96; do
  rsvg-convert -w "$size" -h "$size" scripts/icon.svg -o "public/icon/$size.png"
done
padded="$(mktemp --suffix=.svg)"
trap 'rm -f "$padded"' EXIT
sed 's|viewBox="0 0 128 128"|viewBox="-16 -16 160 160"|' scripts/icon.svg > "$padded"
grep -q 'viewBox="-16 -16 160 160"' "$padded" || { echo "icons.sh: scripts/icon.svg must keep viewBox=\"0 0 128 128\"" >&2; exit 1; }
rsvg-convert -w 128 -h 128 "$padded" -o public/icon/128.png
