#!/usr/bin/env bash
# Measures the game against an empty Ebitengine program (bench/empty: one
# line of text/v2 with one font, the same skip-draw technique), side by
# side in one run under Xvfb: time to first frame, resident memory, CPU
# over 20 s idle on the table scene, and the gzipped size of both wasm
# builds. Goals: idle CPU ≤ 1.2×, time to first frame ≤ 1.5×, memory ≤ 2×
# the empty program; the game's wasm ≤ 5 MB gzipped.
#
#   bash scripts/bench.sh        (installs xvfb, xdotool and x11-apps if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v xwd >/dev/null 2>&1 || need+=(x11-apps)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
idle=${IDLE_SECONDS:-20}
tmp=$(mktemp -d)
trap 'kill "${xpid:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

echo "== building"
go build -o "$tmp/game" .
go build -o "$tmp/empty" ./bench/empty
bash scripts/build-web.sh "$tmp/web" >/dev/null
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$tmp/empty.wasm" ./bench/empty

export DISPLAY=:77
# The game's saves and settings go to the temporary folder, not the
# user's: a fresh install, the title with New game focused.
export BINDINGWORDS_SAVES="$tmp/saves" BINDINGWORDS_CONFIG="$tmp/config"
Xvfb :77 -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
sleep 1

# first_frame PID: milliseconds from start until the window's centre is
# painted (Xvfb's root is black; both programs paint a dark slate).
first_frame() {
  python3 - "$1" <<'PY'
import subprocess, sys, time, struct
start = float(sys.argv[1])
while time.time() - start < 30:
    d = subprocess.run(["xwd", "-root", "-silent"], capture_output=True).stdout
    if len(d) > 100:
        hsize, = struct.unpack(">I", d[0:4])
        w, h = struct.unpack(">II", d[16:24])
        ncolors, = struct.unpack(">I", d[76:80])
        bpl, = struct.unpack(">I", d[48:52])
        off = hsize + ncolors * 12 + (h // 2) * bpl + (w // 2) * 4
        if d[off:off + 3] != b"\0\0\0":
            print(int((time.time() - start) * 1000)); sys.exit(0)
    time.sleep(0.01)
print(-1)
PY
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

# measure NAME BINARY [drive]: starts the program, times its first frame,
# optionally drives the game to the table, then measures idle CPU and RSS.
measure() {
  local name=$1 bin=$2 drive=${3:-}
  local start pid ttff c0 c1 rss
  start=$(python3 -c 'import time; print(time.time())')
  "$bin" >/dev/null 2>&1 &
  pid=$!
  ttff=$(first_frame "$start")
  if [ -n "$drive" ]; then
    sleep 1
    # New game (Enter), Start (click), briefing, the US brief behind its
    # pass screen, then the US turn at the table: all defaults.
    xdotool key Return; sleep 0.5
    xdotool mousemove 1118 662 click 1; sleep 1
    for _ in 1 2 3 4; do xdotool key Return; sleep 0.7; done
    xdotool mousemove 1270 400; sleep 1
  else
    sleep 2
  fi
  c0=$(cpu_ticks "$pid")
  sleep "$idle"
  c1=$(cpu_ticks "$pid")
  rss=$(rss_kb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local hz; hz=$(getconf CLK_TCK)
  python3 -c "print('%-6s first frame %5d ms   idle CPU %5.2f %%   RSS %6.1f MB' % ('$name', $ttff, 100.0*($c1-$c0)/$hz/$idle, $rss/1024))"
  echo "$name $ttff $(( c1 - c0 )) $rss" >> "$tmp/results"
}

echo "== measuring (idle ${idle} s each, under Xvfb 1280×720)"
measure empty "$tmp/empty"
measure game "$tmp/game" drive
gz_empty=$(gzip -9 -c "$tmp/empty.wasm" | wc -c)
gz_game=$(gzip -9 -c "$tmp/web/bindingwords.wasm" | wc -c)
python3 - "$tmp/results" "$gz_empty" "$gz_game" <<'PY'
import sys
r = {}
for line in open(sys.argv[1]):
    n, t, c, m = line.split(); r[n] = (int(t), int(c), int(m))
ge, gg = int(sys.argv[2]), int(sys.argv[3])
e, g = r["empty"], r["game"]
def ratio(a, b): return a / b if b else float("inf")
print()
print("%-22s %12s %12s %8s %8s" % ("", "empty", "game", "ratio", "goal"))
print("%-22s %10d ms %10d ms %7.2fx %8s" % ("time to first frame", e[0], g[0], ratio(g[0], e[0]), "<= 1.5x"))
print("%-22s %9d tck %9d tck %7.2fx %8s" % ("idle CPU (clock ticks)", e[1], g[1], ratio(g[1], max(e[1], 1)), "<= 1.2x"))
print("%-22s %9.1f MB %9.1f MB %7.2fx %8s" % ("resident memory", e[2]/1024, g[2]/1024, ratio(g[2], e[2]), "<= 2x"))
print("%-22s %9.2f MB %9.2f MB %7.2fx %8s" % ("wasm, gzipped", ge/1e6, gg/1e6, ratio(gg, ge), "<= 5 MB"))
PY
