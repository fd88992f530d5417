#!/usr/bin/env bash
# Live-progress benchmark: 1, 10 and 50 sessions, each signed in on its own, watch one running
# backup: browserless Vaadin clients (1, 10, 50), then Chromium pages (1, 10). Prints a Markdown
# table (also in target/bench/watchers.md): hub requests per 3 s poll interval from the
# simulator's request log, and the time from a hub change (the simulator's SBC reports on the
# benchmark's cue) to the session showing it.
# bench/watchers.sh -Dbench.clients=50 -Dbench.browsers= runs fewer rounds ("" skips a kind).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=WatchersBench -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=true "$@" || { echo "benchmark failed; see target/surefire-reports/*WatchersBench*"; exit 1; }
echo
cat target/bench/watchers.md
