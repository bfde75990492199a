#!/usr/bin/env bash
# Streaming benchmark: `lede summarize --format jsonl` over a >= 1 GB JSONL
# input (made by bench/gen_big_jsonl.py from the development data when
# missing), printing peak RSS (from /usr/bin/time -v) and throughput.
#
#   bash bench/stream_bench.sh                 # build/lede, bench/out/big.jsonl, all cores
#   LEDE=build/lede INPUT=/tmp/big.jsonl THREADS=2 EXTRA="--method lead" bash bench/stream_bench.sh
#   COMMAND=eval bash bench/stream_bench.sh    # `lede eval` (summarize + ROUGE) over the same file
#
# The target (issue 7): peak RSS under 200 MB whatever the input size.
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-build/lede}"
INPUT="${INPUT:-bench/out/big.jsonl}"
THREADS="${THREADS:-0}"
SIZE="${SIZE:-1G}"
EXTRA="${EXTRA:-}"
COMMAND="${COMMAND:-summarize}"

[[ -x "$LEDE" ]] || { echo "stream_bench: $LEDE not built (bash scripts/build.sh)" >&2; exit 2; }
if [[ ! -f "$INPUT" ]]; then
  python3 bench/gen_big_jsonl.py --bytes "$SIZE" --out "$INPUT"
fi
bytes=$(stat -c %s "$INPUT")
records=$(wc -l < "$INPUT")
log=$(mktemp)
out=$(mktemp)
trap 'rm -f "$log" "$out"' EXIT
FORMAT=(--format jsonl)
[[ "$COMMAND" == eval ]] && FORMAT=(--save /dev/stdout)
# shellcheck disable=SC2086
/usr/bin/time -v "$LEDE" "$COMMAND" "${FORMAT[@]}" --threads "$THREADS" $EXTRA "$INPUT" >"$out" 2>"$log" || true
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
exit_status=$(awk -F': ' '/Exit status/ {print $2}' "$log")
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
out_lines=$(wc -l < "$out")
errors=$(grep -c '"error":' "$out" || true)
python3 - "$bytes" "$records" "$rss_kb" "$wall" "$out_lines" "$errors" "$exit_status" "$THREADS" "$EXTRA" "$cpu" "$COMMAND" <<'PY'
import sys
b, recs, rss, wall, outl, errs, status, threads, extra, cpu, cmd = sys.argv[1:]
cpu = float(cpu)
parts = [float(p) for p in wall.split(":")]
secs = parts[-1] + 60 * (parts[-2] if len(parts) > 1 else 0) + 3600 * (parts[-3] if len(parts) > 2 else 0)
b, recs, rss = int(b), int(recs), int(rss)
print(f"stream_bench: lede {cmd}, input {b/1e6:.1f} MB, {recs} records; threads {threads if threads != '0' else 'all'} {extra}".rstrip())
print(f"stream_bench: {outl} output lines ({errs} error records), exit status {status}")
print(f"stream_bench: wall {secs:.1f} s, throughput {b/1e6/secs:.2f} MB/s, {recs/secs:.1f} docs/s")
print(f"stream_bench: CPU {cpu:.1f} s (user+sys), {b/1e6/cpu:.2f} MB/s and {recs/cpu:.1f} docs/s per CPU-second")
print(f"stream_bench: peak RSS {rss/1024:.1f} MB (target < 200 MB): {'OK' if rss < 200*1024 else 'OVER'}")
PY
