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
#               target/bench/aot/console.aot in one training run, then starts every run from the extracted jar
#               with -XX:AOTCache
#   AOT_TRAIN   the training run: demo (default: a whole start with the demo hub, the sign-in page served, then
#               SIGTERM), hub (the same against the simulator as a real hub), refresh (the first way: stops
#               once Spring's context is refreshed, -Dspring.context.exit=onRefresh)
#   MODES       which starts to time (default "demo hub")
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

SIM_PORT=$(free_port)
"$JAVA" -jar target/bench/console.jar --simulator --port="$SIM_PORT" --control-port=off >target/bench/cold-start-simulator.log 2>&1 &
SIM=$!
CONSOLE=
cleanup() { [ -n "$CONSOLE" ] && kill "$CONSOLE" 2>/dev/null; kill "$SIM" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 240); do grep -q 'listening on' target/bench/cold-start-simulator.log && break; sleep 0.5; done

# the environment of one start: a free port, a fresh in-memory database, and the hub of the mode (demo or hub)
start_env() { # mode port
  local -a env=(PORT="$2" SPRING_DATASOURCE_URL="jdbc:h2:mem:cold;DB_CLOSE_DELAY=-1" VAADIN_USAGE_STATS_ENABLED=false
    CONSOLE_ADMIN_PASSWORD=cold-start-password)
  [ "$1" = hub ] && env+=(HUB_URL="http://127.0.0.1:$SIM_PORT" HUB_TOKEN="$TOKEN")
  printf '%s\n' "${env[@]}"
}

if [ "${AOT:-0}" = 1 ]; then
  rm -rf target/bench/aot
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination target/bench/aot >/dev/null
  JAR=target/bench/aot/console.jar
  TRAIN=${AOT_TRAIN:-demo}
  echo "AOT training run ($TRAIN; records target/bench/aot/console.aot) ..."
  if [ "$TRAIN" = refresh ]; then
    # the first way: stops once the context is refreshed, so nothing of the first request is in the cache
    mapfile -t ENV < <(start_env demo "$(free_port)")
    env "${ENV[@]}" "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput=target/bench/aot/console.aot -Dspring.context.exit=onRefresh \
      -jar "$JAR" >target/bench/cold-start-aot-training.log 2>&1 || true
  else
    # a whole start as in production, then the sign-in page served a few times, then SIGTERM (the JVM writes the
    # cache as it exits): the classes and profiles of serving the first page are in the cache too
    port=$(free_port)
    mapfile -t ENV < <(start_env "$TRAIN" "$port")
    env "${ENV[@]}" "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput=target/bench/aot/console.aot -jar "$JAR" \
      >target/bench/cold-start-aot-training.log 2>&1 &
    CONSOLE=$!
    for _ in $(seq 1 3600); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/login" || true)" = 200 ] && break
      sleep 0.1
    done
    for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://127.0.0.1:$port/login"; done
    kill "$CONSOLE"; wait "$CONSOLE" 2>/dev/null || true; CONSOLE=
  fi
  [ -f target/bench/aot/console.aot ] || { echo "no AOT cache written; see target/bench/cold-start-aot-training.log"; exit 1; }
  OPTS+=(-XX:AOTCache=target/bench/aot/console.aot)
fi

TICK=$(getconf CLK_TCK)
# one start: prints milliseconds from exec to the first 200 of /login, and the CPU milliseconds (user + system)
# the console had used by then: on a busy machine the first is mostly waiting for a core, the second is not
one_start() { # mode run
  local port start now code cpu
  port=$(free_port)
  local -a env
  mapfile -t env < <(start_env "$1" "$port")
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
for mode in ${MODES:-demo hub}; do
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
echo "JVM options: ${OPTS[*]:-(none)}$([ "${AOT:-0}" = 1 ] && echo " (AOT cache trained: ${AOT_TRAIN:-demo})"); $("$JAVA" -version 2>&1 | head -1); $(nproc) cores"
echo "$TABLE" | tee target/bench/cold-start.md
