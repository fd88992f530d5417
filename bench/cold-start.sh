#!/usr/bin/env bash
# Cold start of the production jar: time from `java -jar` to the first 200 of GET /login (curl every 50 ms),
# RUNS runs each (default 5) with the embedded demo hub and with a real hub URL (the simulator started once,
# separately, with --simulator, as a remote hub would be). Each run starts on a fresh in-memory H2 database,
# so Flyway's migrations are in every figure (the worst case: a restart on a migrated database skips them).
#
# Environment:
#   RUNS        runs per mode (default 5)
#   JVM_OPTS    extra JVM options for the console, e.g. "-XX:TieredStopAtLevel=1"
#   AOT=1       JDK 25 AOT cache (JEP 483/514): extracts the jar (java -Djarmode=tools extract), records
#               target/bench/aot/console.aot in one training run (stops after the context refresh), then
#               starts every run from the extracted jar with -XX:AOTCache
#   REBUILD=1   rebuilds the production jar first
# Prints one line per run and a Markdown table; the consoles' logs are in target/bench/cold-start-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/build-jar.sh
RUNS=${RUNS:-5}
rm -f target/bench/cold-start-*.log
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25-jdk-*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
JAR=target/bench/console.jar
read -r -a OPTS <<<"${JVM_OPTS:-}"
TOKEN=vma_test_token_abc123def456789012345678   # SimulatorConfig.APPLIANCE_TOKEN

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [ "${AOT:-0}" = 1 ]; then
  rm -rf target/bench/aot
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination target/bench/aot >/dev/null
  JAR=target/bench/aot/console.jar
  echo "AOT training run (records target/bench/aot/console.aot) ..."
  PORT=$(free_port) SPRING_DATASOURCE_URL="jdbc:h2:mem:aot;DB_CLOSE_DELAY=-1" \
    "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput=target/bench/aot/console.aot -Dspring.context.exit=onRefresh \
    -jar "$JAR" >target/bench/cold-start-aot-training.log 2>&1 || true
  [ -f target/bench/aot/console.aot ] || { echo "no AOT cache written; see target/bench/cold-start-aot-training.log"; exit 1; }
  OPTS+=(-XX:AOTCache=target/bench/aot/console.aot)
fi

SIM_PORT=$(free_port)
"$JAVA" -jar target/bench/console.jar --simulator --port="$SIM_PORT" --control-port=off >target/bench/cold-start-simulator.log 2>&1 &
SIM=$!
CONSOLE=
cleanup() { [ -n "$CONSOLE" ] && kill "$CONSOLE" 2>/dev/null; kill "$SIM" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 240); do grep -q 'listening on' target/bench/cold-start-simulator.log && break; sleep 0.5; done

TICK=$(getconf CLK_TCK)
# one start: prints milliseconds from exec to the first 200 of /login, and the CPU milliseconds (user + system)
# the console had used by then: on a busy machine the first is mostly waiting for a core, the second is not
one_start() { # mode run
  local port start now code cpu
  port=$(free_port)
  local -a env=(PORT="$port" SPRING_DATASOURCE_URL="jdbc:h2:mem:cold;DB_CLOSE_DELAY=-1" VAADIN_USAGE_STATS_ENABLED=false
    CONSOLE_ADMIN_PASSWORD=cold-start-password)
  [ "$1" = hub ] && env+=(HUB_URL="http://127.0.0.1:$SIM_PORT" HUB_TOKEN="$TOKEN")
  start=$(date +%s%N)
  env "${env[@]}" "$JAVA" "${OPTS[@]}" -jar "$JAR" >"target/bench/cold-start-$1-$2.log" 2>&1 &
  CONSOLE=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/login" || true)
    now=$(date +%s%N)
    [ "$code" = 200 ] && break
    kill -0 "$CONSOLE" 2>/dev/null || { echo "console exited; see target/bench/cold-start-$1-$2.log" >&2; exit 1; }
    [ $(((now - start) / 1000000)) -gt 180000 ] && { echo "no /login after 180 s" >&2; exit 1; }
    sleep 0.05
  done
  cpu=$(awk -v t="$TICK" '{sub(/.*\) /, ""); print int(($12 + $13) * 1000 / t)}' "/proc/$CONSOLE/stat")
  kill "$CONSOLE"; wait "$CONSOLE" 2>/dev/null || true; CONSOLE=
  echo "$(((now - start) / 1000000)) $cpu"
}

TABLE="| hub | runs | median (ms) | min (ms) | max (ms) | CPU used by then, median (ms) | Spring's 'Started Main in' median (s) | load average before |
|---|---:|---:|---:|---:|---:|---:|---|"
for mode in demo hub; do
  LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
  TIMES=()
  CPUS=()
  for run in $(seq 1 "$RUNS"); do
    read -r ms cpu < <(one_start "$mode" "$run")
    [ -n "${ms:-}" ] || { echo "$mode run $run did not start; see target/bench/cold-start-$mode-$run.log"; exit 1; }
    echo "$mode run $run: $ms ms, $cpu ms CPU (load $(cut -d' ' -f1 /proc/loadavg))"
    TIMES+=("$ms")
    CPUS+=("$cpu")
  done
  SORTED=($(printf '%s\n' "${TIMES[@]}" | sort -n))
  CPU_SORTED=($(printf '%s\n' "${CPUS[@]}" | sort -n))
  SPRING=$( (grep -ho 'Started Main in [0-9.]*' target/bench/cold-start-"$mode"-*.log || true) | awk '{print $4}' | sort -n |
    awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  TABLE+="
| $mode | $RUNS | ${SORTED[$(((RUNS - 1) / 2))]} | ${SORTED[0]} | ${SORTED[$((RUNS - 1))]} | ${CPU_SORTED[$(((RUNS - 1) / 2))]} | $SPRING | $LOAD |"
done
echo
echo "JVM options: ${OPTS[*]:-(none)}; $("$JAVA" -version 2>&1 | head -1); $(nproc) cores"
echo "$TABLE" | tee target/bench/cold-start.md
