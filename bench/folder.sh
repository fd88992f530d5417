#!/usr/bin/env bash
# A 100,000-entry folder (issue 13). FolderBench: from navigation to first rows painted in Chromium, behind a
# stand-in hub answering the listing in 0.32 s and behind the demo's own hub (the simulator), bench.rounds times
# each (default 3); it runs Chromium, so it takes the browser lock. ListingBench: the console's decoding of the
# same size of listing before (data binding) and after (streaming), with the heap each keeps; no browser.
# Prints Markdown tables (also target/bench/folder-first-rows.md and listing-decoding.md).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ListingBench -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.redirectTestOutputToFile=false \
  2>&1 | grep -E '^\|' || true
flock /tmp/browser.lock ./mvnw -B -q test -Dtest=FolderBench -Dsurefire.failIfNoSpecifiedTests=false \
  -DtrimStackTrace=false -Dsurefire.redirectTestOutputToFile=false "$@" 2>&1 | grep -E '^\|' || true
echo
cat target/bench/listing-decoding.md target/bench/folder-first-rows.md 2>/dev/null
