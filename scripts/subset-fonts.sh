#!/usr/bin/env bash
# Regenerates assets/fonts/*-latin.woff2 from the `geist` package: only the characters French and
# English text uses (Latin-1, œ, typographic quotes and spaces, €, arrows), every OpenType feature kept.
# Cuts each variable font from about 70 kB to about 32 kB. Needs fontTools with brotli
# (Debian: apt-get install python3-fonttools python3-brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
unicodes="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+0178,U+02C6,U+02DA,U+02DC,U+2009,U+200B,U+2013-2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+202F,U+2030,U+2039-203A,U+2044,U+20AC,U+2122,U+2190-2193,U+2212,U+2215"
for font in geist-sans/Geist-Variable geist-mono/GeistMono-Variable; do
  PYTHONPATH=/usr/lib/python3/dist-packages python3 -m fontTools.subset "node_modules/geist/dist/fonts/$font.woff2" \
    --unicodes="$unicodes" --layout-features='*' --flavor=woff2 --output-file="assets/fonts/$(basename "$font")-latin.woff2"
done
