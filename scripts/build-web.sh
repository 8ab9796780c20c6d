#!/usr/bin/env bash
# Builds the browser version into web/ (or the folder given): index.html,
# loader.js, wasm_exec.js and bindingwords.wasm, a gzip copy of each
# (X.gz) and build.json (the sizes, for the loading bar). Serve it with
#   go run . serve-web [--lan]
# which sends each device the gzip copy (about a quarter of the size); any
# web server that compresses on the fly works too. python3 -m http.server
# sends the full 30 MB to every device.
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
# Measured for issue 15 (section sizes read from the wasm's name section,
# and builds with and without): inlining off everywhere
# (-gcflags=all=-l) would save 0.83 MB more of the 6.93 MB gzipped, but it
# takes inlining from the Go runtime and Ebitengine too, whose speed was
# not measured in the browser. game/ui's "Host a class" links game/host,
# net/http and crypto/tls into the browser build, where it is switched
# off: 1.6 MB, 0.41 MB gzipped; leaving it out needs a js build tag on
# the class files of game/ui. Ebitengine's shader compiler brings go/parser
# and text/template, which the game cannot do without.
gcflags=()
for pkg in game/ui game/rules game/report game/save game/replay game/i18n game/ui/prefs web/app; do
  gcflags+=("-gcflags=bindingwords/$pkg=-l")
done
GOOS=js GOARCH=wasm go build -trimpath "${gcflags[@]}" -ldflags="-s -w" -o "$out/bindingwords.wasm" ./web/app
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$out/"
[ "$out" = web ] || cp web/index.html web/loader.js "$out/"
# The copies serve-web sends (gzip -9; brotli would be smaller, but
# browsers ask for it only over https, and a laptop on the school
# network serves plain http). -n keeps
# the name and time out, so a rebuild of the same code gives the same
# bytes.
for f in bindingwords.wasm wasm_exec.js index.html loader.js; do
  gzip -9 -n -c "$out/$f" >"$out/$f.gz.tmp" && mv "$out/$f.gz.tmp" "$out/$f.gz"
done
wasm=$(stat -c %s "$out/bindingwords.wasm")
wasmgz=$(stat -c %s "$out/bindingwords.wasm.gz")
# loader.js reads the sizes for its bar: a server compressing on the fly
# sends no length the page can use.
printf '{"wasm": %d, "wasmGzip": %d}\n' "$wasm" "$wasmgz" >"$out/build.json"
echo "$out/bindingwords.wasm: $wasm bytes, $wasmgz gzipped"
