#!/usr/bin/env bash
# Builds the production jar (frontend bundled, Vaadin production mode) once, as target/bench/console.jar,
# for the capacity, cold-start and two-instance benchmarks; REBUILD=1 builds it again.
# -Pproduction needs Maven itself on a JDK 21+ (docs/decisions/002), so JAVA_HOME is set to one if the default
# java is older. The production build leaves its front-end bundle in target/classes, which would switch later
# test runs in this tree into production mode: it is removed again here.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/bench/console.jar
if [ -f "$JAR" ] && [ "${REBUILD:-0}" != 1 ]; then
  exit 0
fi
if ! "${JAVA_HOME:-/nonexistent}/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-*; do
    [ -x "$jdk/bin/java" ] && { export JAVA_HOME=$jdk; break; }
  done
fi
echo "building the production jar with JAVA_HOME=${JAVA_HOME:-?} ..."
./mvnw -B -q -Pproduction -DskipTests package
mkdir -p target/bench
cp target/sendense-console-*.jar "$JAR"
rm -rf target/classes/META-INF/VAADIN
