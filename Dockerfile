# Runtime image for Sendense Console. Build stage makes the production jar (frontend bundled);
# `-Pproduction` needs Maven itself on JDK 21+ (docs/decisions/002-20261124-jdk-selection.md).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app --shell /usr/sbin/nologin console
WORKDIR /app
COPY --from=build /src/target/sendense-console-*.jar /app/console.jar
RUN mkdir -p /app/data && chown console /app/data
USER console
ENV PORT=8080 \
    VAADIN_USAGE_STATS_ENABLED=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME /app/data
# HUB_URL and HUB_TOKEN point the console at a real hub; without HUB_URL it runs its embedded demo hub
# and demo accounts, which the first start with HUB_URL deletes from the volume.
# SPRING_DATASOURCE_URL/USERNAME/PASSWORD select PostgreSQL; the default is an H2 file under /app/data.
# Probes for an orchestrator: liveness GET /actuator/health/liveness, readiness GET /actuator/health/readiness.
# Neither includes the hub, so a hub outage restarts nothing; GET /actuator/health (with the "hub" component)
# is for monitoring and alerts, not for probes: it answers 503 whenever the hub is unreachable.
# GET /actuator/prometheus needs CONSOLE_METRICS_USER/CONSOLE_METRICS_PASSWORD (HTTP Basic), or
# CONSOLE_METRICS_ANONYMOUS=true as an explicit choice (README.md, "Health and metrics").
ENTRYPOINT ["java", "-jar", "/app/console.jar"]
