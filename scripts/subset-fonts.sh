#!/usr/bin/env bash
# Rebuilds the font subsets in assets/fonts from Debian's Noto packages.
# The subsets are committed; run this only to change the glyph set.
#   apt-get install -y fonts-noto-core fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/share/fonts/truetype/noto
out=assets/fonts
# Latin, Latin-1, Latin Extended-A, Cyrillic (with Ukrainian Ґ ґ), general
# punctuation (dashes, typographic quotes, ellipsis, bullets), euro, numero.
text_ranges="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0400-045F,U+0490-0491,U+2010-2027,U+2030-203A,U+20AC,U+2116"
# Symbols the engine's and the UI's strings use: arrows, minus sign, check
# and cross marks, triangles and a bullet. Noto Sans lacks them, so they
# come from Noto Sans Math and Noto Sans Symbols 2 as fallback faces.
math_ranges="U+2190-2193,U+2212"
sym_ranges="U+2713-2717,U+25B2,U+25B6,U+25BC,U+25C0,U+25CF"
sub() { pyftsubset "$src/$1.ttf" --unicodes="$2" --layout-features='kern,liga' \
  --no-hinting --desubroutinize --output-file="$out/$1.ttf"; }
for f in NotoSans-Regular NotoSans-Bold NotoSerif-Regular NotoSerif-Bold NotoSerif-Italic; do
  sub "$f" "$text_ranges"
done
sub NotoSansMath-Regular "$math_ranges"
sub NotoSansSymbols2-Regular "$sym_ranges"
ls -l "$out"
