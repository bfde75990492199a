#!/usr/bin/env bash
# Crawled pages summarized in one JSONL batch ({"id", "html"} records): pages/s,
# MB/s of HTML and peak RSS of `lede summarize` at one thread and at every
# core, beside the same pages given as files (`lede summarize a.html b.html
# ...`, one process). The pages are ../shared/data/html's, each repeated
# COPIES times (default 10) so the run is long enough to time.
#
# Usage: bash bench/page_batch_bench.sh [LEDE] [DATA_DIR] [COPIES]
set -euo pipefail

LEDE="${1:-build/lede}"
DATA="${2:-../shared/data/html/html}"
COPIES="${3:-10}"
if [[ ! -d "$DATA" ]]; then
  echo "page_batch_bench: no pages at $DATA (../shared is not here): nothing to measure" >&2
  exit 0
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The records and the files hold the same bytes: UTF-8 pages (the JSONL
# string is Unicode; pages in other charsets are decoded first, as a crawler
# storing JSON would).
python3 - "$DATA" "$COPIES" "$WORK" <<'PY'
import gzip, json, os, sys
data, copies, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(os.path.join(work, "pages"))
names = sorted(n for n in os.listdir(data) if n.endswith((".html", ".html.gz")))
with open(os.path.join(work, "pages.jsonl"), "w", encoding="utf-8") as out:
    for copy in range(copies):
        for name in names:
            raw = open(os.path.join(data, name), "rb").read()
            if name.endswith(".gz"):
                raw = gzip.decompress(raw)
            page = raw.decode("utf-8", "replace")
            stem = name.split(".")[0]
            out.write(json.dumps({"id": f"{copy}-{stem}", "html": page}) + "\n")
            with open(os.path.join(work, "pages", f"{copy}-{stem}.html"), "w", encoding="utf-8") as f:
                f.write(page)
PY

PAGES=$(wc -l < "$WORK/pages.jsonl")
BYTES=$(du -sb "$WORK/pages" | cut -f1)
echo "pages: $PAGES ($((BYTES / 1000000)) MB of HTML), cores: $(nproc), $("$LEDE" --version)"

# best of 3: wall seconds and peak RSS (KB) of one command
run() {
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err"
    read -r secs kb < "$WORK/time"
    if [[ -z "$best" ]] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; rss=$kb; fi
  done
  echo "$best $rss"
}

report() {
  local label="$1" secs="$2" kb="$3"
  awk -v l="$label" -v s="$secs" -v k="$kb" -v p="$PAGES" -v b="$BYTES" \
    'BEGIN { printf "%-34s %7.0f pages/s %6.1f MB/s  %5.2f s  peak RSS %4.0f MB\n", l, p / s, b / s / 1e6, s, k / 1024 }'
}

read -r s kb < <(run "$LEDE" summarize -j 1 "$WORK/pages.jsonl")
report "JSONL html records, 1 thread" "$s" "$kb"
cp "$WORK/out" "$WORK/one.jsonl"
read -r s kb < <(run "$LEDE" summarize -j 0 "$WORK/pages.jsonl")
report "JSONL html records, all cores" "$s" "$kb"
cmp -s "$WORK/out" "$WORK/one.jsonl" || { echo "page_batch_bench: output differs by thread count" >&2; exit 1; }
# Each file is one page; the files are read and summarized one after another.
read -r s kb < <(run "$LEDE" summarize -o json "$WORK/pages")
report "the same pages as files (1 thread)" "$s" "$kb"
echo "failed records: $(grep -c '"error":{' "$WORK/one.jsonl" || true)"
