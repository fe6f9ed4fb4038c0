#!/usr/bin/env bash
# Scores extraction against the gold annotations of shared/: dev (the five seeds) and dev2 (plans,
# task lists, notices, work reports). shared/ is $ZHENGCE_SHARED, else the folder beside the project.
# Usage: scripts/eval.sh [dev|dev2|all] [--verbose]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${ZHENGCE_SHARED:-$here/../shared}"
which="${1:-all}"
shift || true
if [ ! -f "$shared/eval/score.py" ]; then
  echo "zhengce: no shared folder at $shared (set ZHENGCE_SHARED to the folder that holds eval/ and seeds/)" >&2
  exit 2
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if [ "$which" = dev ] || [ "$which" = all ]; then
  "$here/zhengce" extract --format jsonl "$shared"/seeds/*.txt > "$out/dev.jsonl"
  python3 "$shared/eval/score.py" --gold "$shared/eval/dev" --docs "$shared/seeds" --pred "$out/dev.jsonl" "$@"
fi
if [ "$which" = dev2 ] || [ "$which" = all ]; then
  "$here/zhengce" extract --format jsonl "$shared"/eval/dev2/docs/* > "$out/dev2.jsonl"
  python3 "$shared/eval/score.py" --gold "$shared/eval/dev2/gold" --docs "$shared/eval/dev2/docs" --pred "$out/dev2.jsonl" "$@"
fi
