#!/usr/bin/env bash
# Prints the segmentation table of docs/segmentation.md: `lede segment --eval`
# on every gold file in ../shared/data/segmentation (language from the file
# name; `en` for the UD files), as Markdown rows.
# Usage: bench/segment_eval.sh   (LEDE_BUILD_DIR, LEDE_SHARED_DIR override)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${LEDE_SHARED_DIR:-$(pwd)/../shared}"
DIR="$SHARED/data/segmentation"
[[ -d "$DIR" ]] || { echo "needs $DIR (development data)" >&2; exit 1; }
LEDE="${LEDE_BUILD_DIR:-build}/lede"
[[ -x "$LEDE" ]] || { echo "build lede first (scripts/build.sh)" >&2; exit 1; }
echo "| file | passed | P | R | F1 |"
echo "| --- | --- | --- | --- | --- |"
for f in "$DIR"/golden_rules.*.jsonl "$DIR"/extra_cases.*.jsonl "$DIR"/ud_*.jsonl; do
  name=$(basename "$f" .jsonl)
  case "$name" in
    ud_*) lang=en ;;
    *) lang=${name##*.} ;;
  esac
  "$LEDE" segment --eval "$f" --language "$lang" --json |
    python3 -c 'import json, sys
r = json.load(sys.stdin)
cells = (sys.argv[1], "%d/%d" % (r["passed"], r["cases"]), "%.4f" % r["boundary_precision"],
         "%.4f" % r["boundary_recall"], "%.4f" % r["boundary_f1"])
print("| " + " | ".join(cells) + " |")' "$name"
done
