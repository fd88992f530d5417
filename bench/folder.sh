#!/usr/bin/env bash
# A 100,000-entry folder from navigation to first rows painted in Chromium (issue 13): a stand-in hub answering
# the listing in 0.32 s, and the demo's own hub (the simulator), bench.rounds times each (default 3).
# Prints a Markdown table (also target/bench/folder-first-rows.md). Runs Chromium, so it takes the browser lock.
set -euo pipefail
cd "$(dirname "$0")/.."
flock /tmp/browser.lock ./mvnw -B -q test -Dtest=FolderBench -Dsurefire.failIfNoSpecifiedTests=false \
  -DtrimStackTrace=false -Dsurefire.redirectTestOutputToFile=false "$@" 2>&1 | grep -E '^\|' || true
echo
cat target/bench/folder-first-rows.md 2>/dev/null
