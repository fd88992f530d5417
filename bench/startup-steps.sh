#!/usr/bin/env bash
# Where the production jar's start-up time goes: runs the console from the extracted jar through
# bench/StartupSteps.java (Spring's BufferingApplicationStartup, then one GET /login) with the demo hub and with
# a real hub URL (the simulator started separately, as in bench/cold-start.sh), and prints the steps that took at
# least STEPS_MIN ms (default 100). Output: target/bench/startup-steps-{demo,hub}.log.
#
#   JVM_OPTS="-XX:AOTCache=target/bench/aot/console.aot"   e.g. with the cache AOT=1 bench/cold-start.sh made
#                                                          (then the extracted jar is target/bench/aot's)
set -euo pipefail
cd "$(dirname "$0")/.."
bench/build-jar.sh
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25-jdk-*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
read -r -a OPTS <<<"${JVM_OPTS:-}"
APP=target/bench/aot/console.jar
if [ ! -f "$APP" ]; then
  rm -rf target/bench/steps
  "$JAVA" -Djarmode=tools -jar target/bench/console.jar extract --destination target/bench/steps >/dev/null
  APP=target/bench/steps/console.jar
fi
TOKEN=vma_test_token_abc123def456789012345678   # SimulatorConfig.APPLIANCE_TOKEN
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SIM_PORT=$(free_port)
"$JAVA" -jar target/bench/console.jar --simulator --port="$SIM_PORT" --control-port=off >target/bench/startup-steps-simulator.log 2>&1 &
SIM=$!
trap 'kill $SIM 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do grep -q 'listening on' target/bench/startup-steps-simulator.log && break; sleep 0.5; done
for mode in demo hub; do
  env=(PORT="$(free_port)" SPRING_DATASOURCE_URL="jdbc:h2:mem:steps;DB_CLOSE_DELAY=-1" VAADIN_USAGE_STATS_ENABLED=false
    CONSOLE_ADMIN_PASSWORD=cold-start-password)
  [ "$mode" = hub ] && env+=(HUB_URL="http://127.0.0.1:$SIM_PORT" HUB_TOKEN="$TOKEN")
  echo "== $mode hub (load $(cut -d' ' -f1-3 /proc/loadavg))"
  env "${env[@]}" "$JAVA" "${OPTS[@]}" -Dsteps.min="${STEPS_MIN:-100}" -cp "$APP" bench/StartupSteps.java \
    >"target/bench/startup-steps-$mode.log" 2>&1 || { echo "failed; see target/bench/startup-steps-$mode.log"; exit 1; }
  grep '^STEP' "target/bench/startup-steps-$mode.log"
done
