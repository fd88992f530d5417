#!/usr/bin/env bash
# Capacity of one console instance: 50, 100 and 200 signed-in sessions (browserless Vaadin clients, each
# signed in on its own) spread over the dashboard, the running-backups view and a file browser on a mounted
# recovery point. The production jar runs as its own process (java -jar, H2 in memory) against the simulator,
# which runs in the benchmark's JVM as a real hub (HUB_URL) so that its SBC reports on cue. Per step: heap
# after a full GC per session, the console's CPU, hub requests per 3 s poll, push latency, errors. Prints a
# Markdown table (also target/bench/capacity.md); the class histogram at the last step is in
# target/bench/capacity-histogram-*.txt and the console's log in target/bench/capacity-console.log.
#
# bench/capacity.sh -Dbench.sessions=50,100,200 -Dbench.idle-seconds=60 -Dbench.jvm-options="-Xmx512m"
# (those are the defaults, except the JVM options: none, as `java -jar` starts it). REBUILD=1 rebuilds the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/build-jar.sh
./mvnw -B -q test -Dtest=CapacityBench -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=true "$@" || { echo "benchmark failed; see target/surefire-reports/*CapacityBench*"; exit 1; }
echo
cat target/bench/capacity.md
