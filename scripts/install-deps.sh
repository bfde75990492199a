#!/usr/bin/env bash
# Installs every Debian 12 package lede needs to build, test and benchmark.
# Run as root (or with sudo). Safe to run again: already installed packages are skipped.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache git
  libicu-dev libsimdjson-dev libutf8proc-dev libstemmer-dev nlohmann-json3-dev libcli11-dev
  libcpp-httplib-dev libgumbo-dev libxml2-dev libglpk-dev libcld2-dev libeigen3-dev zlib1g-dev
  libmimalloc-dev  # the lede executable's allocator (LEDE_MIMALLOC)
  ca-certificates  # `lede summarize https://...` checks servers against these
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-dev pybind11-dev python3-pybind11 python3-pytest
  python3-dask python3-distributed python3-fsspec python3-setuptools python3-wheel
  python3-numpy  # lede.scoring.BootstrapAggregator, as rouge-score's, resamples with NumPy
  wrk
)
if [[ "${1:-}" == "--test" ]]; then
  PACKAGES+=(clang libclang-rt-14-dev)
  # scripts/lint.sh: the style and static checks.
  PACKAGES+=(clang-format clang-tidy pyflakes3)
  # Open Text Summarizer, a peer in bench/peers_bench.sh and bench/methods_bench.sh.
  PACKAGES+=(ots)
  # The browser test (tests/browser): headless Chromium, and npm for playwright-core
  # unless a Node.js with npm is already installed (e.g. from another source).
  PACKAGES+=(chromium)
  command -v npm >/dev/null || PACKAGES+=(nodejs npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
