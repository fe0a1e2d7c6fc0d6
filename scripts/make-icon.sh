#!/usr/bin/env bash
# Draws media/icon.png (128×128), the extension's icon in the Extensions view and on the Marketplace:
# two speech bubbles, a question (left, amber) and an answer (right, blue), each with lines of text,
# on a dark rounded square. Needs ImageMagick (Debian: apt-get install imagemagick); the PNG is committed,
# so only someone changing the icon runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
# ImageMagick 7 is `magick`, Debian's 6 also `convert-im6`; IMAGEMAGICK=/path/to/convert picks one.
im="${IMAGEMAGICK:-$(command -v magick || command -v convert-im6 || command -v convert)}"
"$im" -size 128x128 xc:none \
  -fill '#1e2a3a' -draw 'roundrectangle 0,0 127,127 22,22' \
  -fill '#f2b544' -draw 'roundrectangle 14,18 82,62 12,12' -draw 'polygon 26,60 24,76 42,60' \
  -fill '#1e2a3a' -draw 'roundrectangle 24,30 72,35 2,2' -draw 'roundrectangle 24,44 60,49 2,2' \
  -fill '#5aa7e6' -draw 'roundrectangle 46,58 114,106 12,12' -draw 'polygon 100,104 104,120 88,104' \
  -fill '#1e2a3a' -draw 'roundrectangle 56,70 104,75 2,2' -draw 'roundrectangle 56,84 96,89 2,2' \
  -strip -define png:compression-level=9 PNG32:media/icon.png
echo "media/icon.png ($(stat -c %s media/icon.png) bytes)"
