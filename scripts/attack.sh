#!/usr/bin/env bash
# Issue 11's attack, repeatable: build the game as it was before the
# hardening (BEFORE, default f5482c9^, the last commit before issue 11's
# work) and as it is in this working tree (AFTER), run the same generated
# inputs against each (internal/attack: altered scenarios, damaged saves,
# hostile flags, a full disk), and write both tables.
#
#   bash scripts/attack.sh                  # both binaries, results in /tmp/bindingwords-attack
#   bash scripts/attack.sh --update-doc     # also put the tables into docs/hardening.md
#   BEFORE=63636cc WORK=/tmp/a TIMEOUT=10s bash scripts/attack.sh
#   ONLY=saves bash scripts/attack.sh       # one category: scenarios, saves or flags
#   SKIP_BEFORE=1 bash scripts/attack.sh    # AFTER only (reuses no earlier result)
#
# Each binary takes a few minutes on two cores (the BEFORE one longer: its
# hangs wait out the timeout). The two never run at the same time. No
# display is needed: only the command-line tools and the start of the game
# up to the missing window are run.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BEFORE=${BEFORE:-f5482c9^}
WORK=${WORK:-/tmp/bindingwords-attack}
TIMEOUT=${TIMEOUT:-10s}
ONLY=${ONLY:-}
JOBS=${JOBS:-2}
UPDATE_DOC=0
for a in "$@"; do
  case "$a" in
    --update-doc) UPDATE_DOC=1 ;;
    *) echo "usage: [BEFORE=REF] [WORK=DIR] [TIMEOUT=10s] [ONLY=scenarios|saves|flags] bash scripts/attack.sh [--update-doc]" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
mkdir -p "$WORK/bin"
before_commit=$(git rev-parse --short "$BEFORE")
after_commit=$(git rev-parse --short HEAD)
# Say which main the working tree holds: the lead runs this on main, a
# helper on a branch that merged main.
if main=$(git rev-parse --short main 2>/dev/null) && [ "$main" != "$after_commit" ] && git merge-base --is-ancestor main HEAD; then
  after_commit="$after_commit, which holds main at $main"
fi
dirty=""
# (This page's own tables, which --update-doc rewrites, do not count.)
if [ -n "$(git status --porcelain --untracked-files=no -- . ':!docs/hardening.md')" ]; then dirty=" + uncommitted changes"; fi

echo "attack: building the attack command" >&2
go build -o "$WORK/bin/attack" ./internal/attack

if [ -z "${SKIP_BEFORE:-}" ]; then
  echo "attack: building BEFORE ($BEFORE = $before_commit) in a temporary worktree" >&2
  tmp=$(mktemp -d)
  cleanup() { git -C "$ROOT" worktree remove --force "$tmp/src" 2>/dev/null || true; rm -rf "$tmp"; }
  trap cleanup EXIT
  git worktree add --detach --quiet "$tmp/src" "$before_commit"
  (cd "$tmp/src" && go build -o "$WORK/bin/before" .)
  cleanup
  trap - EXIT
fi
echo "attack: building AFTER (the working tree, $after_commit$dirty)" >&2
go build -o "$WORK/bin/after" .

only=()
if [ -n "$ONLY" ]; then only=(-only "$ONLY"); fi
run() { # name label
  echo "attack: attacking $1" >&2
  "$WORK/bin/attack" -bin "$WORK/bin/$1" -work "$WORK/$1" -repo "$ROOT" -timeout "$TIMEOUT" -j "$JOBS" -label "$2" "${only[@]}"
}
if [ -z "${SKIP_BEFORE:-}" ]; then
  run before "before: $before_commit ($BEFORE)" >/dev/null
fi
run after "after: $after_commit$dirty" >/dev/null

out="$WORK/tables.md"
{
  echo "<!-- attack:begin (written by scripts/attack.sh; re-run it to update) -->"
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), timeout $TIMEOUT${ONLY:+, only $ONLY}."
  echo
  for b in before after; do
    if [ -f "$WORK/$b/table.md" ]; then cat "$WORK/$b/table.md"; echo; fi
  done
  echo "<!-- attack:end -->"
} >"$out"
cat "$out"
echo "attack: the failures, one per line: $WORK/before/failures.md and $WORK/after/failures.md" >&2

if [ "$UPDATE_DOC" = 1 ]; then
  doc="$ROOT/docs/hardening.md"
  awk -v tables="$out" '
    /<!-- attack:begin/ { while ((getline l < tables) > 0) print l; skip = 1; next }
    /<!-- attack:end -->/ { skip = 0; next }
    !skip { print }
  ' "$doc" >"$doc.new" && mv "$doc.new" "$doc"
  echo "attack: updated $doc" >&2
fi
