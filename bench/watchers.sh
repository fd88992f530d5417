#!/usr/bin/env bash
# Live-progress benchmark: 1, 10 and 50 Chromium sessions, each signed in on its own, watch one
# running backup. Prints a Markdown table (also in target/bench/watchers.md): hub requests per
# 3 s poll interval from the simulator's request log, and the time from a hub change (the
# simulator's SBC reports on the benchmark's cue) to the page showing it.
# bench/watchers.sh -Dbench.sessions=1,10 runs fewer rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=WatchersBench -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=true "$@" || { echo "benchmark failed; see target/surefire-reports/*WatchersBench*"; exit 1; }
echo
cat target/bench/watchers.md
