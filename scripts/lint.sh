#!/usr/bin/env bash
# Style and static checks, run by scripts/test.sh (and so by CI):
# - clang-format (.clang-format) on every C++ file git tracks;
# - clang-tidy (.clang-tidy: bugprone and performance checks) on the
#   library's sources and headers, with the compile commands of the build in
#   LEDE_BUILD_DIR (default build/, which scripts/build.sh configures);
# - pyflakes (Debian's pyflakes3) on every Python file git tracks: names
#   used but never defined or imported (a helper moved to another module
#   fails only when its line runs), imports left unused.
# Exits non-zero on any finding, naming the files. `scripts/lint.sh --fix`
# reformats the files in place instead (clang-tidy is not run).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${LEDE_BUILD_DIR:-build}

mapfile -t files < <(git ls-files -- '*.cpp' '*.h' ':!:tests/browser/*')
if [[ "${1:-}" == "--fix" ]]; then
  clang-format -i "${files[@]}"
  echo "lint: formatted ${#files[@]} files"
  exit 0
fi

status=0
unformatted=()
for f in "${files[@]}"; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if ((${#unformatted[@]})); then
  echo "lint: ${#unformatted[@]} files are not formatted (run scripts/lint.sh --fix):"
  printf '  %s\n' "${unformatted[@]}"
  status=1
else
  echo "lint: clang-format: ${#files[@]} files formatted"
fi

if [[ ! -f "$BUILD_DIR/compile_commands.json" ]]; then
  echo "lint: $BUILD_DIR/compile_commands.json is missing: build first (scripts/build.sh)" >&2
  exit 1
fi
mapfile -t sources < <(git ls-files -- 'src/*.cpp')
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if printf '%s\0' "${sources[@]}" | xargs -0 -P "$(nproc)" -n 8 clang-tidy -p "$BUILD_DIR" --quiet >"$log" 2>&1; then
  echo "lint: clang-tidy: ${#sources[@]} library sources, no finding"
else
  grep -E "(warning|error):" "$log" | sort -u
  echo "lint: clang-tidy found the problems above"
  status=1
fi
mapfile -t python_files < <(git ls-files -- '*.py' ':!:tests/browser/*')
if pyflakes3 "${python_files[@]}" >"$log" 2>&1; then
  echo "lint: pyflakes: ${#python_files[@]} Python files, no finding"
else
  cat "$log"
  echo "lint: pyflakes found the problems above"
  status=1
fi
exit "$status"
