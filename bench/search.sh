#!/usr/bin/env bash
# File search benchmark: the search's listing rate (console.restore.search.parallel in flight, default 4) against
# the raw rate of the same listings fetched one after another through the console's hub client, on a generated
# disk of 20,000 folders and 220,000 entries served by the simulator from target/bench/search-disk (built on the
# first run), and the time to the first match streamed to the UI. Prints a Markdown table (also in
# target/bench/search.md). -Dbench.rounds=N alternates N raw walks and N searches (default 2);
# -Dconsole.restore.search.parallel=N tries another bound.
set -euo pipefail
cd "$(dirname "$0")/.."
uptime
./mvnw -B -q test -Dtest=SearchBench -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=false "$@" 2>&1 | grep -E '^\|' || true
echo
cat target/bench/search.md 2>/dev/null
uptime
