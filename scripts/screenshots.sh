#!/usr/bin/env bash
# Plays the input-driven test game (with its crash and Continue, Save as,
# export and replay) and keeps the screenshots in docs/screenshots/: every
# scene at 1280×720, the main ones at 1920×1080 and 1024×640.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -tags ebitenginevmguest -o "$tmp/guest" .
go build -o "$tmp/vmdriver" ./e2e/vmdriver
mkdir -p docs/screenshots
rm -f docs/screenshots/*.png
main="01-title 07-table-human 08-table-amend 10-polls 12-debrief-1 14-load 21-export 23-replay-mid"
for size in 1280x720 1920x1080 1024x640; do
  w=${size%x*}; h=${size#*x}
  # A fixed crash seed, so the pictures are the same from run to run.
  xvfb-run -a -s "-screen 0 1920x1080x24" "$tmp/vmdriver" -guest "$tmp/guest" -out "$tmp/$size" \
    -w "$w" -h "$h" -prefix "$size-" -saves "$tmp/saves-$size" -crash-seed 12
  if [ "$size" = 1280x720 ]; then
    cp "$tmp/$size"/*.png docs/screenshots/
  else
    for s in $main; do cp "$tmp/$size/$size-$s.png" docs/screenshots/; done
  fi
done
ls docs/screenshots | wc -l
