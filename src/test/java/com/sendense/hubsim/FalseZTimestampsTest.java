package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The hub writes backup and repository times as local wall-clock time followed by a literal Z. */
class FalseZTimestampsTest {

    /** 12:00 UTC is 13:00 in London in summer. */
    private static final Clock SUMMER_NOON = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void with_the_bug_backup_times_are_london_wall_clock_time_with_a_z() {
        JsonNode backup = startAndGet(true);

        assertThat(backup.get("created_at").asString()).isEqualTo("2025-07-01T13:00:00Z");
        assertThat(backup.get("started_at").asString()).isEqualTo("2025-07-01T13:00:00Z");
    }

    @Test
    void without_the_bug_backup_times_are_true_utc() {
        JsonNode backup = startAndGet(false);

        assertThat(backup.get("created_at").asString()).isEqualTo("2025-07-01T12:00:00Z");
    }

    @Test
    void the_start_response_and_vm_contexts_carry_the_offset_either_way() {
        try (HubSimulator hub = HubSimulator.start(config(true))) {
            SimHttp http = new SimHttp(hub.baseUrl());
            JsonNode started = http.post("/api/v1/backups", body(hub)).json();

            assertThat(started.get("created_at").asString()).isEqualTo("2025-07-01T13:00:00+01:00");
            assertThat(http.get("/health").json().get("timestamp").asString()).isEqualTo("2025-07-01T12:00:00Z");
            assertThat(http.get("/api/v1/vm-contexts").json().get("vm_contexts").get(0).get("created_at").asString())
                    .matches(".*[+]01:00|.*Z");
        }
    }

    @Test
    void repository_times_follow_the_same_switch() {
        try (HubSimulator bug = HubSimulator.start(config(true));
                HubSimulator fixed = HubSimulator.start(config(false))) {
            String withBug = new SimHttp(bug.baseUrl()).get("/api/v1/repositories")
                    .json()
                    .get("repositories")
                    .get(0)
                    .get("created_at")
                    .asString();
            String withoutBug = new SimHttp(fixed.baseUrl()).get("/api/v1/repositories")
                    .json()
                    .get("repositories")
                    .get(0)
                    .get("created_at")
                    .asString();

            assertThat(withBug).endsWith("Z");
            assertThat(withoutBug).endsWith("Z");
            assertThat(Instant.parse(withBug)).as("summer dates: one hour ahead")
                    .isEqualTo(Instant.parse(withoutBug).plusSeconds(3600));
        }
    }

    private static JsonNode startAndGet(boolean falseZ) {
        try (HubSimulator hub = HubSimulator.start(config(falseZ))) {
            SimHttp http = new SimHttp(hub.baseUrl());
            String id = http.post("/api/v1/backups", body(hub)).json().get("backup_id").asString();
            return http.get("/api/v1/backups/" + id).json();
        }
    }

    private static String body(HubSimulator hub) {
        return SimulatorContractTest.start("web-01", "full", hub.control().world().localRepositoryId());
    }

    private static SimulatorConfig config(boolean falseZ) {
        return SimulatorConfig.defaults().withAuth(false).withClock(SUMMER_NOON).withFalseZTimestamps(falseZ);
    }
}
