package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BulkFlowResult;
import com.sendense.console.hub.FlowChanges;
import com.sendense.console.hub.FlowDraft;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowSummary;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowValidation;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.reliability.HubFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Protection flows (contract P2): the real fixtures in, values and requests checked, quirks absorbed or told. */
class WebClientHubClientFlowsTest extends HubClientTestSupport {

    static final String FLOWS = "/api/v1/protection-flows";
    static final String FLOW = "9b1f0c52-a5c1-11f0-8de9-020000000001";
    static final String NEW_FLOW = "c569171f-a5b4-11f0-8de9-020000000001";
    static final String UNKNOWN = "9b1f0c52-a5c1-11f0-8de9-0200000000ff";

    @Test
    void no_flows_is_an_empty_list() {
        serve(get(FLOWS), 200, "protection/protection-flows-empty.json");

        assertThat(client().protectionFlows()).isEmpty();
    }

    @Test
    void a_flow_in_a_run_has_no_last_time_and_never_a_next_run() {
        serve(get(FLOWS + "/" + FLOW), 200, "protection/flow-get.json");

        ProtectionFlow flow = client().flow(FLOW);

        assertThat(flow.name()).isEqualTo("Nightly pgtest1");
        assertThat(flow.targetType()).isEqualTo(FlowTargetType.VM);
        assertThat(flow.targetId()).isEqualTo("ctx-pgtest1-20251006-203401");
        assertThat(flow.repositoryName()).isEqualTo("Primary Local Repository");
        assertThat(flow.scheduleCron()).isEqualTo("0 0 2 * * *");
        assertThat(flow.runs()).isEqualTo(new FlowRunSummary("38540c3d-a5b1-11f0-8de9-020000000001",
                FlowExecutionStatus.RUNNING, null, null, 4, 3, 0));
        assertThat(flow.createdAt()).isEqualTo(Instant.parse("2025-10-09T13:02:11Z"));
    }

    @Test
    void an_unknown_flow_is_not_found() {
        serve(get(FLOWS + "/" + UNKNOWN), 404, "flow-404.json");

        HubNotFoundException e = catchThrowableOfType(HubNotFoundException.class, () -> client().flow(UNKNOWN));

        assertThat(e.code()).isEqualTo(HubErrorCode.FLOW_NOT_FOUND);
    }

    @Test
    void create_sends_a_backup_flow_and_reads_the_millisecond_times_without_names() {
        serve(post(FLOWS), 201, "protection/flow-create.json");

        ProtectionFlow flow = client().createFlow(draft(true));

        assertThat(flow.id()).isEqualTo(NEW_FLOW);
        assertThat(flow.enabled()).isTrue();
        assertThat(flow.repositoryName()).isNull();
        assertThat(flow.scheduleCron()).isNull();
        assertThat(flow.runs().lastExecutionStatus()).isEqualTo(FlowExecutionStatus.PENDING);
        assertThat(flow.createdAt()).isEqualTo(Instant.parse("2025-10-10T08:40:27.318Z"));
        hub.verify(1, postRequestedFor(urlEqualTo(FLOWS)).withRequestBody(equalToJson(
                """
                        {"name":"Weekly web-server-01","description":"Weekly backup of web-server-01 to the NAS","flow_type":"backup",
                         "target_type":"vm","target_id":"ctx-web-server-01-20251007-101522","repository_id":"repo-nfs-1759866001",
                         "schedule_id":"750f36b7-a5b4-11f0-8de9-020000000001","enabled":true}""")));
        hub.verify(0, patchRequestedFor(urlPathEqualTo(FLOWS + "/" + NEW_FLOW + "/disable")));
    }

    @Test
    void a_flow_created_disabled_is_disabled_after_the_hub_stored_it_enabled() {
        serve(post(FLOWS), 201, "protection/flow-create.json");
        serve(patch(urlEqualTo(FLOWS + "/" + NEW_FLOW + "/disable")), 200, "protection/flow-disable.json");

        ProtectionFlow flow = client().createFlow(draft(false));

        assertThat(flow.enabled()).isFalse();
        hub.verify(1, patchRequestedFor(urlEqualTo(FLOWS + "/" + NEW_FLOW + "/disable")));
    }

    @Test
    @HubFault("error shape: flow create 500 for validation")
    void create_errors_are_told_apart_by_message_not_status() {
        serve(post(FLOWS), 500, "protection/flow-create-500-validation.json");
        assertThat(catchThrowableOfType(HubRejectedException.class, () -> client().createFlow(draft(true))).code())
                .isEqualTo(HubErrorCode.INVALID_REQUEST);

        serve(post(FLOWS), 500, "protection/flow-create-500-duplicate.json");
        assertThat(catchThrowableOfType(HubConflictException.class, () -> client().createFlow(draft(true))).code())
                .isEqualTo(HubErrorCode.DUPLICATE_NAME);

        serve(post(FLOWS), 500, "protection/flow-create-500-replication.json");
        assertThat(catchThrowableOfType(HubRejectedException.class, () -> client().createFlow(draft(true))).code())
                .isEqualTo(HubErrorCode.REPLICATION_NOT_SUPPORTED);

        serve(post(FLOWS), 400, "protection/flow-create-400.json");
        assertThat(catchThrowableOfType(HubRejectedException.class, () -> client().createFlow(draft(true))).code())
                .isEqualTo(HubErrorCode.INVALID_REQUEST);
        hub.verify(4, postRequestedFor(urlEqualTo(FLOWS)));
    }

    @Test
    @HubFault("dropped connection on flow create")
    void a_create_whose_answer_is_lost_is_outcome_unknown_and_sent_once() {
        hub.stubFor(post(FLOWS).willReturn(
                aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        HubUnavailableException e = catchThrowableOfType(HubUnavailableException.class,
                () -> client().createFlow(draft(false)));

        assertThat(e.outcomeUnknown()).isTrue();
        hub.verify(1, postRequestedFor(urlEqualTo(FLOWS)));
        hub.verify(0, patchRequestedFor(urlPathEqualTo(FLOWS + "/" + NEW_FLOW + "/disable")));
    }

    @Test
    void update_sends_only_the_changed_fields() {
        serve(put(urlEqualTo(FLOWS + "/" + NEW_FLOW)), 200, "protection/flow-update.json");

        ProtectionFlow flow = client().updateFlow(NEW_FLOW, new FlowChanges(null,
                "Weekly backup of web-server-01 to the NAS (Sunday 03:30)", null, null, null, null));

        assertThat(flow.description()).isEqualTo("Weekly backup of web-server-01 to the NAS (Sunday 03:30)");
        assertThat(flow.updatedAt()).isEqualTo(Instant.parse("2025-10-10T08:41:30Z"));
        hub.verify(putRequestedFor(urlEqualTo(FLOWS + "/" + NEW_FLOW)).withRequestBody(equalToJson("""
                {"description":"Weekly backup of web-server-01 to the NAS (Sunday 03:30)"}""")));
    }

    @Test
    @HubFault("same-second update reported not found")
    void a_same_second_update_whose_change_is_there_counts_as_done() {
        serve(put(urlEqualTo(FLOWS + "/" + NEW_FLOW)), 500, "protection/flow-update-500-not-found.json");
        serve(get(FLOWS + "/" + NEW_FLOW), 200, "protection/flow-update.json");

        ProtectionFlow flow = client().updateFlow(NEW_FLOW, new FlowChanges(null,
                "Weekly backup of web-server-01 to the NAS (Sunday 03:30)", null, null, null, true));

        assertThat(flow.id()).isEqualTo(NEW_FLOW);
        assertThat(flow.enabled()).isTrue();
        hub.verify(1, putRequestedFor(urlEqualTo(FLOWS + "/" + NEW_FLOW)));
        hub.verify(1, getRequestedFor(urlEqualTo(FLOWS + "/" + NEW_FLOW)));
    }

    @Test
    @HubFault("same-second update reported not found")
    void a_same_second_update_whose_change_is_missing_stays_an_error() {
        serve(put(urlEqualTo(FLOWS + "/" + NEW_FLOW)), 500, "protection/flow-update-500-not-found.json");
        serve(get(FLOWS + "/" + NEW_FLOW), 200, "protection/flow-update.json");

        HubNotFoundException e = catchThrowableOfType(HubNotFoundException.class,
                () -> client().updateFlow(NEW_FLOW, new FlowChanges("Renamed", null, null, null, null, null)));

        assertThat(e.code()).isEqualTo(HubErrorCode.FLOW_NOT_FOUND);
        assertThat(e.status()).hasValue(500);
    }

    @Test
    @HubFault("same-second update reported not found")
    void a_double_click_on_enable_is_success_when_the_flow_is_enabled() {
        serve(patch(urlEqualTo(FLOWS + "/" + FLOW + "/enable")), 500, "protection/flow-enable-500-not-found.json");
        serve(get(FLOWS + "/" + FLOW), 200, "protection/flow-get.json");

        assertThat(client().enableFlow(FLOW).enabled()).isTrue();
    }

    @Test
    @HubFault("same-second update reported not found")
    void disable_reported_not_found_while_the_flow_is_still_enabled_is_an_error() {
        serve(patch(urlEqualTo(FLOWS + "/" + FLOW + "/disable")), 500, "protection/flow-enable-500-not-found.json");
        serve(get(FLOWS + "/" + FLOW), 200, "protection/flow-get.json");

        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().disableFlow(FLOW)).code())
                .isEqualTo(HubErrorCode.FLOW_NOT_FOUND);
    }

    @Test
    void enabling_a_flow_that_is_really_gone_keeps_the_hubs_answer() {
        serve(patch(urlEqualTo(FLOWS + "/" + UNKNOWN + "/enable")), 500, "protection/flow-enable-500-not-found.json");
        serve(get(FLOWS + "/" + UNKNOWN), 404, "flow-404.json");

        HubNotFoundException e = catchThrowableOfType(HubNotFoundException.class, () -> client().enableFlow(UNKNOWN));

        assertThat(e.status()).hasValue(500);
        assertThat(e.hubMessage()).contains("Failed to enable flow");
    }

    @Test
    void delete_takes_the_empty_204_and_an_unknown_flow_is_not_found() {
        serve(delete(FLOWS + "/" + NEW_FLOW), 204, "protection/flow-delete-204.txt");
        serve(delete(FLOWS + "/" + UNKNOWN), 500, "protection/flow-delete-500-not-found.json");

        client().deleteFlow(NEW_FLOW);

        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().deleteFlow(UNKNOWN)).code())
                .isEqualTo(HubErrorCode.FLOW_NOT_FOUND);
    }

    @Test
    void bulk_calls_send_the_ids_and_report_each_failure_although_the_hub_says_200() {
        serve(post(FLOWS + "/bulk-enable"), 200, "protection/flow-bulk-enable.json");
        serve(post(FLOWS + "/bulk-delete"), 200, "protection/flow-bulk-delete-partial.json");

        BulkFlowResult enabled = client().bulkEnableFlows(List.of(FLOW, NEW_FLOW));
        BulkFlowResult deleted = client().bulkDeleteFlows(List.of(FLOW, UNKNOWN));

        assertThat(enabled).isEqualTo(new BulkFlowResult("enable", 2, 2, 0, List.of()));
        assertThat(enabled.allSucceeded()).isTrue();
        assertThat(deleted.allSucceeded()).isFalse();
        assertThat(deleted.failed()).isEqualTo(1);
        assertThat(deleted.errors()).singleElement().asString().contains(UNKNOWN);
        hub.verify(postRequestedFor(urlEqualTo(FLOWS + "/bulk-enable"))
                .withRequestBody(equalToJson("{\"flow_ids\":[\"%s\",\"%s\"]}".formatted(FLOW, NEW_FLOW))));
    }

    @Test
    void a_bulk_call_the_hub_cannot_read_is_rejected() {
        serve(post(FLOWS + "/bulk-disable"), 400, "protection/flow-bulk-400.json");

        assertThat(catchThrowableOfType(HubRejectedException.class, () -> client().bulkDisableFlows(List.of())).code())
                .isEqualTo(HubErrorCode.INVALID_REQUEST);
    }

    @Test
    void execute_returns_the_running_execution_with_its_backups_to_follow() {
        serve(post(FLOWS + "/" + FLOW + "/execute"), 200, "protection/flow-execute.json");

        FlowExecution run = client().executeFlow(FLOW);

        assertThat(run.status()).isEqualTo(FlowExecutionStatus.RUNNING);
        assertThat(run.createdBackupIds()).containsExactly(new BackupId("backup-pgtest1-1760084102"));
        assertThat(run.jobsCreated()).isEqualTo(1);
        assertThat(run.completedAt()).isNull();
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2025-10-10T08:15:02.104882113Z"));
        assertThat(run.createdAt()).isEqualTo(Instant.parse("2025-10-10T08:15:02.131Z"));
    }

    @Test
    @HubFault("success reported when every start failed")
    void execute_answered_200_with_every_start_failed_is_an_error_run_without_backups() {
        serve(post(FLOWS + "/" + FLOW + "/execute"), 200, "protection/flow-execute-error.json");

        FlowExecution run = client().executeFlow(FLOW);

        assertThat(run.status()).isEqualTo(FlowExecutionStatus.ERROR);
        assertThat(run.jobsCreated()).isZero();
        assertThat(run.jobsFailed()).isEqualTo(1);
        assertThat(run.createdBackupIds()).isEmpty();
        assertThat(run.errorMessage()).isEqualTo("1 of 1 backups failed to start");
        assertThat(run.executionTime()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void executing_an_unknown_flow_is_not_found_though_the_hub_says_500() {
        serve(post(FLOWS + "/" + UNKNOWN + "/execute"), 500, "protection/flow-execute-500-not-found.json");

        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().executeFlow(UNKNOWN)).code())
                .isEqualTo(HubErrorCode.FLOW_NOT_FOUND);
    }

    @Test
    @HubFault("hub write timeout")
    void an_execute_cut_off_by_the_write_timeout_is_outcome_unknown_and_sent_once() {
        hub.stubFor(post(FLOWS + "/" + FLOW + "/execute").willReturn(
                HubClientTestSupport.hubResponse(200, "protection/flow-execute.json").withFixedDelay(3_000)));
        WebClientHubClient client = client(properties(null, HubProperties.DEFAULT_TIME_ZONE, Duration.ofMillis(300)));

        HubUnavailableException e = catchThrowableOfType(HubUnavailableException.class, () -> client.executeFlow(FLOW));

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.operation()).isEqualTo("executeFlow");
        hub.verify(1, postRequestedFor(urlEqualTo(FLOWS + "/" + FLOW + "/execute")));
        assertThat(backoffs).isEmpty();
    }

    @Test
    @HubFault("dropped connection on execute")
    void an_execute_whose_connection_drops_is_outcome_unknown_and_sent_once() {
        hub.stubFor(post(FLOWS + "/" + FLOW + "/execute")
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE)));

        HubUnavailableException e = catchThrowableOfType(HubUnavailableException.class,
                () -> client().executeFlow(FLOW));

        assertThat(e.outcomeUnknown()).isTrue();
        hub.verify(1, postRequestedFor(urlEqualTo(FLOWS + "/" + FLOW + "/execute")));
    }

    @Test
    void the_history_shows_a_run_still_running_without_completion_next_to_finished_ones() {
        serve(get(urlPathEqualTo(FLOWS + "/" + FLOW + "/executions")), 200, "protection/flow-executions-history.json");

        List<FlowExecution> runs = client().flowExecutions(FLOW, 1);

        assertThat(runs).extracting(FlowExecution::status)
                .containsExactly(FlowExecutionStatus.RUNNING, FlowExecutionStatus.WARNING, FlowExecutionStatus.ERROR);
        FlowExecution running = runs.get(0);
        assertThat(running.completedAt()).isNull();
        assertThat(running.executionTime()).isNull();
        assertThat(running.createdBackupIds()).hasSize(2);
        assertThat(runs.get(1).jobsCompleted()).isEqualTo(1);
        assertThat(runs.get(1).executionTime()).isEqualTo(Duration.ofSeconds(2132));
        assertThat(runs.get(2).jobsCreated()).isEqualTo(1);
        assertThat(runs.get(2).createdBackupIds()).isEmpty(); // not saved by the hub on error
        hub.verify(getRequestedFor(urlEqualTo(FLOWS + "/" + FLOW + "/executions?limit=1")));
    }

    @Test
    void an_unknown_flow_has_no_executions() {
        serve(get(urlPathEqualTo(FLOWS + "/" + UNKNOWN + "/executions")), 200, "protection/flow-executions-empty.json");

        assertThat(client().flowExecutions(UNKNOWN, 10)).isEmpty();
    }

    @Test
    void status_summary_and_test_are_read_as_values() {
        serve(get(FLOWS + "/" + FLOW + "/status"), 200, "protection/flow-status.json");
        serve(get(FLOWS + "/summary"), 200, "protection/flow-summary.json");
        serve(post(FLOWS + "/" + FLOW + "/test"), 200, "protection/flow-test-valid.json");
        serve(post(FLOWS + "/" + NEW_FLOW + "/test"), 200, "protection/flow-test-invalid.json");

        assertThat(client().flowStatus(FLOW)).isEqualTo(new FlowRunSummary("38540c3d-a5b1-11f0-8de9-020000000001",
                FlowExecutionStatus.RUNNING, null, null, 4, 3, 0));
        assertThat(client().flowSummary()).isEqualTo(new FlowSummary(3, 2, 1, 3, 0, 1, 1, 0));
        assertThat(client().testFlow(FLOW)).isEqualTo(new FlowValidation(true, List.of()));
        assertThat(client().testFlow(NEW_FLOW))
                .isEqualTo(new FlowValidation(false, List.of("VM context not found: pgtest1")));
    }

    private static FlowDraft draft(boolean enabled) {
        return new FlowDraft("Weekly web-server-01", "Weekly backup of web-server-01 to the NAS", FlowTargetType.VM,
                "ctx-web-server-01-20251007-101522", "repo-nfs-1759866001", null,
                "750f36b7-a5b4-11f0-8de9-020000000001", enabled);
    }
}
