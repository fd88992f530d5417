package com.sendense.console.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.reliability.HubFault;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's own execution records, read from the contract's fixtures, judged by the console: a 200
 * whose every start failed, runs the hub never closes, and a "success" without a completed backup.
 */
class ExecutionVerdictsTest {

    static final Duration STUCK = Duration.ofHours(6);

    @Test
    @HubFault("execute reports success while every start failed")
    void an_execute_answered_200_whose_every_start_failed_is_no_backup_started() {
        FlowExecution e = execution(fixture("flow-execute-error.json"));

        assertThat(e.status()).isEqualTo(FlowExecutionStatus.ERROR);
        assertThat(english(ExecutionVerdicts.judge(e, e.createdAt(), STUCK)))
                .isEqualTo("no backup started (1 of 1 failed to start)");
    }

    @Test
    @HubFault("execution running for ever")
    void a_running_execution_past_the_stuck_limit_is_one_the_hub_never_closed() {
        List<FlowExecution> history = fixture("flow-executions-history.json").get("executions")
                .valueStream()
                .map(ExecutionVerdictsTest::execution)
                .toList();
        FlowExecution running = history.getFirst();
        Instant started = running.startedAt();

        assertThat(english(ExecutionVerdicts.judge(running, started.plus(Duration.ofMinutes(10)), STUCK)))
                .isEqualTo("running: 2 backup(s) started");
        assertThat(english(ExecutionVerdicts.judge(running, started.plus(Duration.ofDays(2)), STUCK)))
                .startsWith("the hub never closed this run: still \"running\" after 48 h");
        assertThat(english(ExecutionVerdicts.judge(history.get(1), started, STUCK)))
                .isEqualTo("partly failed: 1 completed, 1 failed");
        assertThat(english(ExecutionVerdicts.judge(history.get(2), started, STUCK)))
                .startsWith("1 backup(s) started, 1 of 2 failed to start");
    }

    @Test
    @HubFault("execution running for ever")
    void a_running_execution_without_backups_is_never_closed_whatever_its_age() {
        FlowExecution running = execution(fixture("flow-execute.json"));
        FlowExecution empty = new FlowExecution(running.id(), running.flowId(), FlowExecutionStatus.RUNNING, "manual",
                running.startedAt(), null, null, 0, 0, 0, 1, 1, 0, null, List.of(), "system", running.createdAt());

        assertThat(english(ExecutionVerdicts.judge(empty, running.createdAt().plusSeconds(5), STUCK)))
                .isEqualTo("the hub never closed this run: it started no backup it could follow");
    }

    @Test
    @HubFault("execute reports success while every start failed")
    void a_success_without_a_completed_backup_is_called_what_it_is() {
        FlowExecution running = execution(fixture("flow-execute.json"));
        FlowExecution success = new FlowExecution(running.id(), running.flowId(), FlowExecutionStatus.SUCCESS, "manual",
                running.startedAt(), running.createdAt(), Duration.ofSeconds(3), 1, 0, 0, 0, 1, 0, null,
                running.createdBackupIds(), "system", running.createdAt());

        assertThat(english(ExecutionVerdicts.judge(success, running.createdAt(), STUCK)))
                .isEqualTo("the hub counted it a success but no backup completed");
    }

    private static String english(com.sendense.console.base.i18n.Text text) {
        return Messages.english(text);
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = ExecutionVerdictsTest.class.getResourceAsStream("/hub/protection/" + name)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Just the fields the verdicts read, as the contract defines them (P2.14). */
    private static FlowExecution execution(JsonNode n) {
        List<BackupId> ids = n.has("created_job_ids")
                ? n.get("created_job_ids").valueStream().map(id -> new BackupId(id.asString())).toList()
                : List.of();
        return new FlowExecution(n.get("id").asString(), n.get("flow_id").asString(),
                FlowExecutionStatus.valueOf(n.get("status").asString().toUpperCase(Locale.ROOT)),
                n.get("execution_type").asString(), time(n, "started_at"), time(n, "completed_at"), null,
                n.get("jobs_created").asInt(), n.get("jobs_completed").asInt(), n.get("jobs_failed").asInt(),
                n.get("jobs_skipped").asInt(), n.get("vms_processed").asInt(), 0,
                n.has("error_message") ? n.get("error_message").asString() : null, ids,
                n.get("triggered_by").asString(), time(n, "created_at"));
    }

    private static @Nullable Instant time(JsonNode n, String field) {
        return n.has(field) ? OffsetDateTime.parse(n.get(field).asString()).toInstant() : null;
    }
}
