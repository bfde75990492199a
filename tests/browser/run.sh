#!/usr/bin/env bash
# The browser test: starts `lede serve` on a free loopback port and drives its
# page in headless Chromium (Debian's /usr/bin/chromium through playwright-core
# from npm). Installs what it needs; exits 77 (CTest: skipped) saying why when
# no browser can be had.
# Usage: tests/browser/run.sh PATH/TO/lede SCREENSHOT_PREFIX
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lede="$1"
shots="$2"
chromium="${LEDE_CHROMIUM:-/usr/bin/chromium}"
skip() { echo "SKIPPED: $*"; exit 77; }

if [[ ! -x "$chromium" && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 || true
fi
[[ -x "$chromium" ]] || skip "no Chromium at $chromium and it could not be installed (scripts/install-deps.sh --test installs it)"
command -v node >/dev/null || skip "node is not installed"
if [[ ! -f "$here/node_modules/playwright-core/package.json" ]]; then
  command -v npm >/dev/null || skip "npm is not installed, so playwright-core cannot be fetched"
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
    skip "npm install playwright-core failed (no registry access?)"
fi

log="$(mktemp)"
"$lede" serve --port 0 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
port=""
for _ in $(seq 1 100); do
  port="$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log")"
  [[ -n "$port" ]] && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "lede serve did not start:"; cat "$log"; exit 1; }

LEDE_CHROMIUM="$chromium" node "$here/page_test.mjs" "http://127.0.0.1:$port/" "$shots"
LEDE_CHROMIUM="$chromium" node "$here/page_feedback_test.mjs" "http://127.0.0.1:$port/"
