#!/usr/bin/env bash
# Writes docs/cli.md from the CLI's own --help, so the manual cannot drift
# from what the binary does. Usage: scripts/gen-cli-docs.sh PATH/TO/lede [OUT]
# (a test regenerates it and fails when the committed file differs).
set -euo pipefail
LEDE="$1"
OUT="${2:-$(dirname "$0")/../docs/cli.md}"
{
  echo "# The \`lede\` command line"
  echo
  echo "Generated from \`lede --help\` and each command's \`--help\` by"
  echo "\`scripts/gen-cli-docs.sh\`; do not edit by hand. Exit status everywhere: 0 success,"
  echo "1 input errors, 2 usage errors, 3 output that cannot be written; each command's help gives"
  echo "the details."
  echo
  echo '```text'
  "$LEDE" --help
  echo '```'
  for cmd in $("$LEDE" --help | awk '/^Subcommands:/{on=1; next} on && NF {print $1}'); do
    echo
    echo "## \`lede $cmd\`"
    echo
    echo '```text'
    "$LEDE" "$cmd" --help
    echo '```'
  done
} > "$OUT"
