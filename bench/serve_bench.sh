#!/usr/bin/env bash
# Load test of `lede serve` with wrk (Debian package) on loopback: POST
# /v1/summarize with BBC-sized articles (one article a request, the default
# method and budget), with ROUTE=extract POST /v1/extract with the web
# pages of ../shared/data/html (one page a request), with ROUTE=pages POST
# /v1/summarize with those pages as {"html"}, or with ROUTE=batch POST
# /v1/summarize/batch with the BBC articles BATCH to a request
# ({"records": [{"text"}, ...]}), two consecutive runs
# against one server process to show whether memory stays flat. Prints
# requests/s, p50/p99 latency, errors and the server's peak and current RSS
# after each run.
#
# Usage: bench/serve_bench.sh [DURATION_S (30)] [CONNECTIONS (64)]
# Environment: LEDE (binary, default build/lede), LEDE_SHARED_DIR (../shared),
#   SERVE_THREADS (server worker threads; default: lede's default),
#   WRK_THREADS (2), ARTICLES (first N BBC articles cycled through, 300),
#   ROUTE (summarize, extract, pages or batch; default summarize),
#   BATCH (records per request with ROUTE=batch, 25).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
CONNECTIONS="${2:-64}"
LEDE="${LEDE:-build/lede}"
SHARED="${LEDE_SHARED_DIR:-../shared}"
DATA="$SHARED/data/summarization/bbc.dev.jsonl"
WRK_THREADS="${WRK_THREADS:-2}"
ARTICLES="${ARTICLES:-300}"
ROUTE="${ROUTE:-summarize}"
BATCH="${BATCH:-25}"
[[ "$ROUTE" == summarize || "$ROUTE" == extract || "$ROUTE" == pages || "$ROUTE" == batch ]] ||
  { echo "serve_bench: ROUTE must be summarize, extract, pages or batch"; exit 2; }
# The path requested: pages go to /v1/summarize as "html".
PATH_SENT="/v1/$ROUTE"
[[ "$ROUTE" == pages ]] && PATH_SENT="/v1/summarize"
[[ "$ROUTE" == batch ]] && PATH_SENT="/v1/summarize/batch"
# Records a request carries.
PER_REQUEST=1
[[ "$ROUTE" == batch ]] && PER_REQUEST="$BATCH"
PAGES="$SHARED/data/html/html"
command -v wrk >/dev/null || { echo "serve_bench: wrk is not installed (scripts/install-deps.sh)"; exit 1; }
[[ -x "$LEDE" ]] || { echo "serve_bench: no lede binary at $LEDE (build first)"; exit 1; }
work="$(mktemp -d)"
if [[ "$ROUTE" == summarize || "$ROUTE" == batch ]]; then
  [[ -f "$DATA" ]] || { echo "serve_bench: $DATA is missing"; exit 1; }
  # Request bodies: {"text": the article} for the first $ARTICLES BBC
  # records, or {"records": [...]} of $PER_REQUEST consecutive ones (cycled).
  python3 - "$DATA" "$ARTICLES" "$ROUTE" "$PER_REQUEST" > "$work/bodies.jsonl" <<'PY'
import json, sys
path, limit, route, per = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
texts = []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f):
        if n >= limit:
            break
        rec = json.loads(line)
        texts.append(rec["text"] if "text" in rec else rec["documents"][0])
if route == "summarize":
    for text in texts:
        print(json.dumps({"text": text}, ensure_ascii=False))
else:
    for start in range(0, len(texts), per):
        group = [texts[(start + k) % len(texts)] for k in range(per)]
        print(json.dumps({"records": [{"text": t} for t in group]}, ensure_ascii=False))
PY
else
  [[ -d "$PAGES" ]] || { echo "serve_bench: $PAGES is missing"; exit 1; }
  # Request bodies: {"html": the page} for every development page, decoded
  # as UTF-8 (a JSON string is Unicode; the few bytes that are not UTF-8
  # become U+FFFD).
  python3 - "$PAGES" > "$work/bodies.jsonl" <<'PY'
import gzip, json, pathlib, sys
for page in sorted(pathlib.Path(sys.argv[1]).glob("*.html.gz")):
    html = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
    print(json.dumps({"html": html}, ensure_ascii=False))
PY
fi
avg_bytes=$(awk '{ n += length($0) } END { printf "%d", n / NR }' "$work/bodies.jsonl")

args=(serve --port 0)
[[ -n "${SERVE_THREADS:-}" ]] && args+=(--threads "$SERVE_THREADS")
"$LEDE" "${args[@]}" 2>"$work/server.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
port=""
for _ in $(seq 1 100); do
  # The log may not exist yet: under set -e a failed sed ended the script.
  port="$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/server.log" 2>/dev/null || true)"
  [[ -n "$port" ]] && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "serve_bench: lede serve did not start"; cat "$work/server.log"; exit 1; }

kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$pid/status"; }
# The server's CPU time so far (user + system), in clock ticks.
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
echo "lede serve_bench: $(head -1 "$work/server.log" | sed 's/^lede serve: //')"
what="$ARTICLES BBC articles (bbc.dev.jsonl) to $PATH_SENT, $PER_REQUEST a request"
[[ "$ROUTE" == extract || "$ROUTE" == pages ]] && what="$(wc -l < "$work/bodies.jsonl") web pages (data/html) to $PATH_SENT"
echo "load: $what, $avg_bytes bytes a request on average;" \
     "wrk -t$WRK_THREADS -c$CONNECTIONS -d${DURATION}s; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ "$ROUTE" != extract ]] &&
  echo "default single-document method: $("$LEDE" methods | sed -n 's/^default: \([^ ]*\).*/\1/p')"
echo "server RSS at start: $(kb VmRSS) kB"
for run in 1 2; do
  echo 5 > "/proc/$pid/clear_refs" 2>/dev/null || true  # resets the peak RSS (VmHWM)
  echo "--- run $run"
  t0=$(ticks)
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s bench/serve_bench.lua \
      "http://127.0.0.1:$port" -- "$work/bodies.jsonl" "$PATH_SENT" | tee "$work/wrk.txt" | sed -n '/^requests /,$p'
  cpu=$(awk -v t="$(( $(ticks) - t0 ))" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
  n=$(awk '/^requests / { print $2 }' "$work/wrk.txt")
  echo "server CPU    $cpu s ($(awk -v n="$n" -v c="$cpu" 'BEGIN { printf "%.0f", (c > 0 ? n / c : 0) }') requests per server CPU-second)"
  [[ "$PER_REQUEST" -gt 1 ]] && echo "records       $(( n * PER_REQUEST )) ($(awk -v n="$n" -v p="$PER_REQUEST" -v c="$cpu" -v d="$DURATION" 'BEGIN { printf "%.0f per second, %.0f per server CPU-second", n * p / d, (c > 0 ? n * p / c : 0) }'))"
  echo "server RSS     peak $(kb VmHWM) kB, now $(kb VmRSS) kB"
done
kill -TERM $pid
wait $pid || true
echo "server log lines: $(grep -c " $PATH_SENT " "$work/server.log") requests logged"
