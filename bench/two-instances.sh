#!/usr/bin/env bash
# Two console instances on one PostgreSQL behind HAProxy (sticky sessions by cookie), on loopback:
# the production jar twice, the embedded PostgreSQL the tests use (io.zonky), the simulator as the one hub
# both poll (HUB_URL), HAProxy with bench/haproxy.cfg. TwoInstancesBench drives it with two Chromium users
# (Playwright, Debian's /usr/bin/chromium, as the browser tests) through the load balancer and prints a table of
# checks (also target/bench/two-instances.md); it fails if a check fails. Only one browser runs at a time on a
# shared machine: the benchmark starts the instances, then takes /tmp/browser.lock (flock, as the browser tests
# are run) before it launches Chromium, and holds it to the end. Logs and both browsers' screenshots: target/bench/two-instances/{instance-a,instance-b,haproxy}.log and browser-{a,b}-*.png.
# Installs Debian's haproxy when it is missing (as root, or through sudo). REBUILD=1 rebuilds the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y haproxy
fi
export PATH=$PATH:/usr/sbin
bench/build-jar.sh
./mvnw -B -q test -Dtest=TwoInstancesBench -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=true "$@" || { echo "run failed; see target/surefire-reports/*TwoInstancesBench* and target/two-instances.md"; cat target/bench/two-instances.md 2>/dev/null; exit 1; }
echo
cat target/bench/two-instances.md
