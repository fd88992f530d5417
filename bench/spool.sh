#!/usr/bin/env bash
# Largest single file restorable through the console with the simulator's 15 s write timeout: streamed
# straight to a browser on a link of -Dbench.browser-rate bytes/s (default 20 MB/s) against pulled into the
# console's spool first (decision 021), and a browser download of the spooled file broken off half-way and
# resumed with a Range request. Prints a Markdown table (also target/bench/spool.md).
# Hub at a hub-like rate: bench/spool.sh -Dbench.hub-rate=157286400 (150 MiB/s).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=SpoolBench -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=false "$@" 2>&1 | grep -E '^\|' || true
echo
cat target/bench/spool.md 2>/dev/null
