#!/usr/bin/env bash
# Peak RSS and time of `lede summarize -j1` on large inputs, the cases that
# bound what one request or record can cost (docs/reliability.md, "Limits and
# guards"): 8 MB of cnn7k's articles as one text (tens of thousands of
# sentences, cut to max_sentences), 4 million one-letter words without a full
# stop (one "sentence" before the 1 KiB cut), a 16 MB run of words, and a
# JSONL record of 2 million empty documents (past the record's limit); then
# `lede segment` and `lede tokenize` on the 8 MB text and on 20 MB of it (no
# size limit there).
# Usage: bench/large_input_memory.sh   (LEDE=path/to/lede overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-build/lede}"
DATA="${LEDE_SHARED_DIR:-../shared}/data/summarization/cnn7k.jsonl"
[[ -f "$DATA" ]] || { echo "needs $DATA (development data)" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 - "$DATA" "$TMP" <<'PY'
import json, sys
data, tmp = sys.argv[1], sys.argv[2]
texts = []
for line in open(data, encoding="utf-8"):
    texts.extend(json.loads(line)["documents"])
news = "\n\n".join(texts)
open(f"{tmp}/news8.txt", "w", encoding="utf-8").write(news[:8_000_000])
open(f"{tmp}/news20.txt", "w", encoding="utf-8").write(news[:20_000_000])
open(f"{tmp}/words8.txt", "w").write("a " * 4_000_000 + ".\n")
open(f"{tmp}/words16.txt", "w").write("ab " * 5_500_000 + ".\n")
json.dump({"documents": [""] * 2_000_000}, open(f"{tmp}/empty_documents.jsonl", "w"))
PY
printf '| %-9s | %-21s | %8s | %12s | %6s | %s |\n' command input MB "peak RSS MB" "s" exit
printf '|%s|%s|%s|%s|%s|%s|\n' ----------- ----------------------- ---------- -------------- -------- ------
for run in "summarize news8.txt" "summarize words8.txt" "summarize words16.txt" \
  "summarize empty_documents.jsonl" "segment news8.txt" "segment news20.txt" "tokenize news8.txt" \
  "tokenize news20.txt"; do
  read -r cmd f <<< "$run"
  threads=(-j1)
  [[ "$cmd" == tokenize ]] && threads=()  # one thread always
  status=0
  /usr/bin/time -f "%M %e" -o "$TMP/time" "$LEDE" "$cmd" "${threads[@]}" "$TMP/$f" > /dev/null 2>&1 || status=$?
  read -r kb secs < <(tail -n 1 "$TMP/time")  # after "Command exited with non-zero status N"
  printf '| %-9s | %-21s | %8.1f | %12.1f | %6.2f | %s |\n' "$cmd" "$f" "$(awk -v b="$(stat -c %s "$TMP/$f")" 'BEGIN{print b/1e6}')" \
    "$(awk -v k="$kb" 'BEGIN{print k/1024}')" "$secs" "$status"
done
