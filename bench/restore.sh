#!/usr/bin/env bash
# Restore browse benchmarks: a ~1 GiB download through the console against straight from the hub,
# and a 100,000-entry folder in Chromium. Both print a Markdown table (also in target/bench/).
# The simulator runs in the same JVM with its 15 s write timeout raised to 10 min, at full speed, or
# at a hub-like rate: bench/restore.sh -Dbench.hub-rate=157286400 (150 MiB/s).
# BENCH_TEST=RestoreBench#download* runs one of the two.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest="${BENCH_TEST:-RestoreBench}" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=false "$@" 2>&1 | grep -E '^\|' || true
echo
cat target/bench/download-throughput.md target/bench/large-folder.md 2>/dev/null
