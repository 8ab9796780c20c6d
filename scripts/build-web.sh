#!/usr/bin/env bash
# Builds the browser version into web/: bindingwords.wasm and wasm_exec.js
# beside index.html. Serve the folder with any static web server, e.g.
#   python3 -m http.server -d web 8080
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-web}
mkdir -p "$out"
# The browser build compiles the built-in scenarios in as Go values
# (web/app/scenarios_gen.go; see web/app/main.go): regenerate them, so an
# edited scenario is never shipped stale.
go run ./web/app/genscenarios web/app/scenarios_gen.go
# Inlining is off in those of our packages whose speed does not matter in
# the browser: in wasm each inlined copy of a function carries its own
# code and line tables, and these cost 107 KB of the gzipped download.
# Measured natively: building a table frame takes 2-3 % longer, a whole
# game of AI delegates 20 % longer (about 1.4 ms instead of 1.2), the
# analysis and replays no longer at all. The text layout (game/ui/widget,
# 18 % slower without), the AI delegates, the analysis and Ebitengine keep
# it.
gcflags=()
for pkg in game/ui game/rules game/report game/save game/replay game/i18n game/ui/prefs web/app; do
  gcflags+=("-gcflags=bindingwords/$pkg=-l")
done
GOOS=js GOARCH=wasm go build -trimpath "${gcflags[@]}" -ldflags="-s -w" -o "$out/bindingwords.wasm" ./web/app
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$out/"
[ "$out" = web ] || cp web/index.html "$out/"
echo "$out/bindingwords.wasm: $(stat -c %s "$out/bindingwords.wasm") bytes, $(gzip -9 -c "$out/bindingwords.wasm" | wc -c) gzipped"
