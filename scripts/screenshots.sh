#!/usr/bin/env bash
# Plays the input-driven test game at 1280×720, 1920×1080 and 1024×640 and
# keeps the screenshots of every scene in docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -tags ebitenginevmguest -o "$tmp/guest" .
go build -o "$tmp/vmdriver" ./e2e/vmdriver
mkdir -p docs/screenshots
for size in 1280x720 1920x1080 1024x640; do
  w=${size%x*}; h=${size#*x}
  xvfb-run -a -s "-screen 0 1920x1080x24" "$tmp/vmdriver" -guest "$tmp/guest" -out "$tmp/$size" -w "$w" -h "$h" -prefix "$size-"
  cp "$tmp/$size"/*.png docs/screenshots/
done
ls docs/screenshots | wc -l
