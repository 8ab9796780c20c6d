#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the recipes that make its pictures:
#   - the input-driven test game (with its crash and Continue, Save as,
#     export and replay): every scene at 1280×720 (1280x720-*), the main
#     ones at 1920×1080 and 1024×640;
#   - the class run from the window with teams in Chromium (class-*);
#   - the projector's and the lobby's screenshot tests (projector-*,
#     lobby-*, class-setup-resume-*);
#   - the team page in Chromium (team-*).
# The solo game's pictures are all replaced; of the others, each picture
# docs/screenshots/ already holds is replaced by its fresh copy, and the
# script names any it could not refresh. Needs Xvfb and Chromium
# (scripts/test.sh installs them). Takes several minutes.
#
#   bash scripts/screenshots.sh          # everything
#   bash scripts/screenshots.sh solo     # only the solo game's pictures
set -euo pipefail
cd "$(dirname "$0")/.."
only=${1:-all}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=docs/screenshots
mkdir -p "$out" "$tmp/fresh"
go build -tags ebitenginevmguest -o "$tmp/guest" .
go build -o "$tmp/vmdriver" ./e2e/vmdriver

# The solo game.
main="01-title 07-table-human 08-table-amend 10-polls 12-debrief-1 14-load 21-export 23-replay-mid"
rm -f "$out"/1280x720-*.png "$out"/1920x1080-*.png "$out"/1024x640-*.png
for size in 1280x720 1920x1080 1024x640; do
  w=${size%x*}; h=${size#*x}
  # A fixed crash seed, so the pictures are the same from run to run.
  xvfb-run -a -s "-screen 0 1920x1080x24" "$tmp/vmdriver" -guest "$tmp/guest" -out "$tmp/$size" \
    -w "$w" -h "$h" -prefix "$size-" -saves "$tmp/saves-$size" -crash-seed 12
  if [ "$size" = 1280x720 ]; then
    cp "$tmp/$size"/*.png "$out/"
  else
    for s in $main; do cp "$tmp/$size/$size-$s.png" "$out/"; done
  fi
done
if [ "$only" = solo ]; then
  ls "$out" | wc -l
  exit 0
fi

fresh=$tmp/fresh
# The class: the window hosts, teams join from Chromium. Its pictures
# are named class-WHAT-SIZE in docs.
for size in 1280x720 1024x768; do
  w=${size%x*}; h=${size#*x}
  xvfb-run -a -s "-screen 0 1920x1080x24" "$tmp/vmdriver" -guest "$tmp/guest" -out "$tmp/class" \
    -w "$w" -h "$h" -prefix "class-$size-" -saves "$tmp/class-saves-$size" -class
  for pair in class-setup:setup lobby:lobby projector-table:projector-table projector-paused:projector-paused \
    projector-vote-result:projector-vote-result class-ratification:signing-ratification class-debrief-1:debrief-scores; do
    from=${pair%%:*}; to=${pair#*:}
    [ -f "$tmp/class/class-$size-$from.png" ] && cp "$tmp/class/class-$size-$from.png" "$fresh/class-$to-$size.png"
  done
  [ -f "$tmp/class/class-$size-class-team-paused.png" ] && cp "$tmp/class/class-$size-class-team-paused.png" "$fresh/class-team-paused-390.png"
done
# The projector and the lobby, each test in a process of its own.
BW_PROJECTOR_SHOTS=$fresh xvfb-run -a -s "-screen 0 3840x2160x24" go test ./game/ui -run TestProjectorScreenshots -count=1
BW_LOBBY_SHOTS=$fresh xvfb-run -a -s "-screen 0 3840x2160x24" go test ./game/ui -run XXX -count=1
# The team page in Chromium.
go test ./game/host -run 'TestTeamPageInChromium$' -count=1 -shots "$fresh"
go test ./game/host -run 'TestTeamPageTogetherInChromium$' -count=1 -shots "$fresh"

missing=0
for f in "$out"/*.png; do
  name=$(basename "$f")
  case $name in 1280x720-*|1920x1080-*|1024x640-*) continue ;; esac
  if [ -f "$fresh/$name" ]; then
    cp "$fresh/$name" "$f"
  else
    echo "not refreshed: $name" >&2
    missing=$((missing + 1))
  fi
done
ls "$out" | wc -l
[ "$missing" = 0 ]
