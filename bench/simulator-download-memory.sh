#!/usr/bin/env bash
# Starts the standalone hub simulator (com.sendense.Main --simulator), mounts the latest completed
# backup of a Windows VM through the hub API, streams a multi-GB file from it with curl and samples
# the simulator's resident set size and Java heap while it runs: the numbers in docs/benchmarks.md.
#
# Usage: bench/simulator-download-memory.sh [vm-name] [file-name]
#   vm-name    VM of the demo world, default dc01 (Windows: its system disk has hiberfil.sys, 6.3 GiB)
#   file-name  file in the top folder of one of disk 0's partitions, default hiberfil.sys
#              (pagefile.sys is 3 GiB)
# Environment:
#   JDK       the JDK that runs the simulator (default: $JAVA_HOME; it must be 21+)
#   HEAP      JVM heap option (default -Xmx256m: a multi-GB file must stream through a small heap)
#   INTERVAL  seconds between samples (default 0.5)
#
# The simulator runs with auth off and a 10 minute write timeout (the real hub's 15 s would cut a
# 6.3 GiB download off below about 430 MB/s) and no download pacing.
set -euo pipefail
cd "$(dirname "$0")/.."

JDK=${JDK:-${JAVA_HOME:?set JDK or JAVA_HOME to a JDK 21+}}
HEAP=${HEAP:--Xmx256m}
INTERVAL=${INTERVAL:-0.5}
VM=${1:-dc01}
NAME=${2:-hiberfil.sys}

./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"

LOG=$(mktemp)
OUT=$(mktemp)
FIFO=$(mktemp -u)
mkfifo "$FIFO"
"$JDK/bin/java" $HEAP -cp "$CP" com.sendense.Main --simulator --port=0 --auth=false --write-timeout=10m >"$LOG" 2>&1 &
SIM=$!
cleanup() { kill "$SIM" 2>/dev/null || true; rm -f "$LOG" "$OUT" "$FIFO"; }
trap cleanup EXIT

for _ in $(seq 1 120); do grep -q 'listening on' "$LOG" && break; sleep 0.5; done
HUB=$(sed -n 's#.*listening on \(http://[^ ]*\).*#\1#p' "$LOG")
[ -n "$HUB" ] || { echo "simulator did not start:"; cat "$LOG"; exit 1; }
API="$HUB/api/v1"

# the hub API, as a client uses it: latest completed backup, mount disk 0, find the file
BACKUP=$(curl -sf "$API/backups?vm_name=$VM&status=completed" | jq -r '.backups | max_by(.created_at) | .backup_id')
MOUNT=$(curl -sf -X POST -H 'Content-Type: application/json' -d "{\"backup_id\":\"$BACKUP\",\"disk_index\":0}" "$API/restore/mount" | jq -r .mount_id)
FILE=""
for PART in $(curl -sf "$API/restore/$MOUNT/files?path=/" | jq -r '.files[] | select(.type == "directory") | .path'); do
  FILE=$(curl -sf "$API/restore/$MOUNT/files?path=$PART" | jq -r --arg n "$NAME" '.files[] | select(.name == $n) | .path')
  [ -n "$FILE" ] && break
done
[ -n "$FILE" ] || { echo "$NAME not found on disk 0 of $BACKUP"; exit 1; }
URL="$API/restore/$MOUNT/download?path=$(jq -rn --arg p "$FILE" '$p | @uri')"

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
END=$(date +%s.%N)
read -r CODE SIZE SPEED <"$OUT"
printf '%-8s %-14s %-10s %-12s %-5s\n' "after" "$((SIZE / 1048576))" "$(rss_mb)" "$(heap_mb)" "$(gc_count)"
echo
curl -sf -X DELETE "$API/restore/$MOUNT" >/dev/null
echo "file:       $FILE of $VM's backup $BACKUP, disk 0 (mount $MOUNT)"
echo "status:     $CODE, $SIZE bytes in $(echo "$END - $START" | bc | cut -c1-5) s ($(awk -v s="$SPEED" 'BEGIN {printf "%.0f", s / 1048576}') MB/s)"
echo "peak:       RSS $PEAK_RSS MB, heap $PEAK_HEAP MB ($HEAP)"
echo "load:       $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
