#!/usr/bin/env bash
# Renders a page zhengce wrote (e.g. the comparison: ./zhengce compare --format html -o compare.html)
# in headless Chromium and saves a screenshot, to check that it opens without network access.
# Needs Debian's chromium (apt-get install chromium). Usage: scripts/render-page.sh PAGE.html [OUT.png]
set -euo pipefail
page="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="${2:-${1%.html}.png}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --window-size=1200,1600 --screenshot="$out" "file://$page" 2>/dev/null
echo "rendered $page to $out"
