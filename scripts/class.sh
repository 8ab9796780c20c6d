#!/usr/bin/env bash
# Plays a scripted class on the real classroom host and says whether a
# six-round game fits a lesson: 5 human teams of The Berlin Guarantees,
# one device each (the Go test client over real WebSockets, loopback
# only), at the together pace, with decision times drawn from the seed
# (20–40 s to vote, 60–120 s to table or 20–40 s to pass, 30–60 s for a
# press statement, 20–40 s to sign). Thirty games at once, a class second
# played in 25 ms of wall time: about a minute. It prints the class
# minutes of each round and the whole game, mean and worst, against the
# goal of 30 minutes, the host's real latencies, and what a round timer of
# 3 to 6 minutes would cut. See docs/class-timing.md.
#
#   bash scripts/class.sh [classsim flags]   e.g. -v, -rounds 10, -games 20
#   bash scripts/class.sh -timer 5 -scale 200ms -games 5   (a real 5-minute timer: ~6 min)
#
# Exit status: 0 the goal was met; 3 missed; 1 a game could not be played
# to its end; 2 a usage mistake.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/classsim" ./internal/classsim/cmd/classsim
status=0
timeout -k 5 1200 "$tmp/classsim" "$@" || status=$?
exit "$status"
