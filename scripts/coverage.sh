#!/usr/bin/env bash
# Line coverage of the library, CLI and service by the test suite: builds
# with gcc's --coverage at -O0 in build-cov/ (LEDE_BUILD_DIR), runs ctest and
# prints, from gcov, the share of executable lines run and the files with the
# most lines no test runs. For finding untested paths; not part of CI.
# Three tests are left out: they measure memory or time, or retrain the default
# model, and do not hold in an unoptimized build. The tests that read
# ../shared run when it is there (LEDE_SHARED_DIR).
# Usage: scripts/coverage.sh [FILES_TO_LIST]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${LEDE_BUILD_DIR:-build-cov}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="--coverage -O0" \
  -DCMAKE_C_FLAGS="--coverage -O0" -DCMAKE_EXE_LINKER_FLAGS=--coverage -DCMAKE_SHARED_LINKER_FLAGS=--coverage \
  -DLEDE_BUILD_TESTS=ON -DLEDE_BUILD_PYTHON=OFF -DLEDE_BUILD_BENCH=OFF >/dev/null
ninja -C "$BUILD_DIR"
BUILD_DIR="$(cd "$BUILD_DIR" && pwd)"
find "$BUILD_DIR" -name '*.gcda' -delete
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
ctest --test-dir "$BUILD_DIR" -j "$(nproc)" \
  -E 'HostileHtml.SixtyMegabytesOfTextCostUnderSixTimesTheirSize|Package.FindPackageConsumer|Learn.DefaultModelIsReproducible' \
  >"$out/ctest.log" 2>&1 || true
grep -E 'tests passed|\*\*\*(Failed|Timeout)' "$out/ctest.log" || true
(cd "$out" && find "$BUILD_DIR/src" "$BUILD_DIR/tools" "$BUILD_DIR/server" -name '*.gcda' \
  -exec sh -c 'gcov -n -o "$(dirname "$1")" "$1"' _ {} \; 2>/dev/null) >"$out/gcov.txt"
python3 - "$out/gcov.txt" "$(pwd)/" "${1:-20}" <<'PY'
import re, sys
text, root, most = open(sys.argv[1]).read(), sys.argv[2], int(sys.argv[3])
best = {}  # a source compiled into several objects: its best-covered copy
for m in re.finditer(r"File '([^']+)'\nLines executed:([\d.]+)% of (\d+)", text):
    path, pct, n = m.group(1), float(m.group(2)), int(m.group(3))
    if path.startswith(root) and not path.startswith(root + "tests/") and "/build" not in path[len(root):]:
        if path not in best or pct > best[path][0]:
            best[path] = (pct, n)
lines = sum(n for _, n in best.values())
run = sum(p * n / 100 for p, n in best.values())
print(f"{len(best)} source files, {lines} executable lines, {100 * run / max(lines, 1):.1f}% run by the tests")
for path, (p, n) in sorted(best.items(), key=lambda kv: -(100 - kv[1][0]) * kv[1][1])[:most]:
    print(f"  {round(n * (100 - p) / 100):5d} lines not run of {n:5d} ({p:5.1f}%)  {path[len(root):]}")
PY
