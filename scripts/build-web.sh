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
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$out/bindingwords.wasm" ./web/app
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$out/"
[ "$out" = web ] || cp web/index.html "$out/"
echo "$out/bindingwords.wasm: $(stat -c %s "$out/bindingwords.wasm") bytes, $(gzip -9 -c "$out/bindingwords.wasm" | wc -c) gzipped"
