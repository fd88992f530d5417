#!/usr/bin/env bash
# Streams a multi-GB generated file from the restore simulator with curl and samples the
# simulator's resident set size and Java heap while it runs: the numbers in docs/benchmarks.md.
#
# Usage: bench/simulator-download-memory.sh [hub-path]
#   hub-path  file to download, default /partition-2/hiberfil.sys (6.3 GiB) of the Windows test disk
# Environment:
#   JDK       the JDK that runs the simulator (default: Temurin 25)
#   HEAP      JVM heap option (default -Xmx256m: a multi-GB file must stream through a small heap)
#   INTERVAL  seconds between samples (default 0.5)
#
# Until the core's SimulatorMain is on this branch it starts RestoreBenchMain from the test sources
# (the restore API only, the test Windows system disk mounted, write timeout 600 s, no pacing).
set -euo pipefail
cd "$(dirname "$0")/.."

JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
HEAP=${HEAP:--Xmx256m}
INTERVAL=${INTERVAL:-0.5}
FILE=${1:-/partition-2/hiberfil.sys}

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

LOG=$(mktemp)
OUT=$(mktemp)
FIFO=$(mktemp -u)
mkfifo "$FIFO"
"$JDK/bin/java" $HEAP -cp "$CP" com.sendense.hubsim.restore.RestoreBenchMain 600 0 >"$LOG" 2>&1 &
SIM=$!
cleanup() { kill "$SIM" 2>/dev/null || true; rm -f "$LOG" "$OUT" "$FIFO"; }
trap cleanup EXIT

for _ in $(seq 1 120); do grep -q '^MOUNT_ID=' "$LOG" && break; sleep 0.5; done
PORT=$(sed -n 's/^PORT=//p' "$LOG")
ID=$(sed -n 's/^MOUNT_ID=//p' "$LOG")
[ -n "$ID" ] || { echo "simulator did not start:"; cat "$LOG"; exit 1; }
URL="http://127.0.0.1:$PORT/api/v1/restore/$ID/download?path=$(printf '%s' "$FILE" | sed 's/ /%20/g')"

rss_mb() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$SIM/status"; }
# used heap = survivor + eden + old generation, from jstat -gc (KiB)
heap_mb() {
  "$JDK/bin/jstat" -gc "$SIM" | awk 'NR==1 {for (i = 1; i <= NF; i++) col[$i] = i}
    NR==2 {printf "%.1f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024}'
}
gc_count() { "$JDK/bin/jstat" -gc "$SIM" | awk 'NR==1 {for (i = 1; i <= NF; i++) col[$i] = i} NR==2 {print $col["YGC"] + $col["FGC"]}'; }

printf '%-8s %-14s %-10s %-12s %-5s\n' "t (s)" "received (MB)" "RSS (MB)" "heap (MB)" "GCs"
printf '%-8s %-14s %-10s %-12s %-5s\n' "before" "0" "$(rss_mb)" "$(heap_mb)" "$(gc_count)"

START=$(date +%s.%N)
# curl writes into a FIFO that dd drains: dd's read counter (/proc/<pid>/io rchar) is the progress
dd if="$FIFO" of=/dev/null bs=64k status=none &
DD=$!
curl -s -o "$FIFO" -w '%{http_code} %{size_download} %{speed_download}\n' "$URL" >"$OUT" &
CURL=$!
PEAK_RSS=0
PEAK_HEAP=0
while kill -0 "$CURL" 2>/dev/null; do
  sleep "$INTERVAL"
  kill -0 "$CURL" 2>/dev/null || break
  NOW=$(date +%s.%N)
  RX=$(awk '/^rchar/ {printf "%.0f", $2 / 1048576}' "/proc/$DD/io" 2>/dev/null || echo "?")
  R=$(rss_mb); H=$(heap_mb)
  PEAK_RSS=$(awk -v a="$PEAK_RSS" -v b="$R" 'BEGIN {print (b > a) ? b : a}')
  PEAK_HEAP=$(awk -v a="$PEAK_HEAP" -v b="$H" 'BEGIN {print (b > a) ? b : a}')
  printf '%-8.1f %-14s %-10s %-12s %-5s\n' "$(echo "$NOW - $START" | bc)" "$RX" "$R" "$H" "$(gc_count)"
done
wait "$CURL"
wait "$DD"
read -r CODE SIZE SPEED <"$OUT"
printf '%-8s %-14s %-10s %-12s %-5s\n' "after" "$((SIZE / 1048576))" "$(rss_mb)" "$(heap_mb)" "$(gc_count)"
echo
echo "file:       $FILE"
echo "status:     $CODE, $SIZE bytes in $(echo "$(date +%s.%N) - $START" | bc | cut -c1-5) s ($(awk -v s="$SPEED" 'BEGIN {printf "%.0f", s / 1048576}') MB/s)"
echo "peak:       RSS $PEAK_RSS MB, heap $PEAK_HEAP MB ($HEAP)"
