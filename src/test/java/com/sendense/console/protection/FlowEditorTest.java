package com.sendense.console.protection;

import static com.sendense.console.protection.ProtectionFixture.REPO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.BulkFlowResult;
import com.sendense.console.hub.FlowChanges;
import com.sendense.console.hub.FlowDraft;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubSchedule;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flow changes on the hub, and each of the contract's flow errors (P2: mostly 500s with text, classified
 * by the client into codes) in words a user can act on.
 */
class FlowEditorTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final String PG = ProtectionFixture.context("pgtest1");

    /** Answers the next write with the given error. */
    static final class RefusingHub extends FakeHubClient {

        volatile @Nullable HubException refuse;

        @Override
        public ProtectionFlow createFlow(FlowDraft draft) {
            throwIfSet();
            return super.createFlow(draft);
        }

        @Override
        public ProtectionFlow updateFlow(String flowId, FlowChanges changes) {
            throwIfSet();
            return super.updateFlow(flowId, changes);
        }

        @Override
        public void deleteFlow(String flowId) {
            throwIfSet();
            super.deleteFlow(flowId);
        }

        private void throwIfSet() {
            HubException e = refuse;
            if (e != null) {
                throw e;
            }
        }
    }

    final RefusingHub hub = ProtectionFixture.seed(new RefusingHub(), NOW);
    final FlowEditor editor = new FlowEditor(hub, new HubZone(ProtectionFixture.LONDON));

    static FlowForm form(String name) {
        return new FlowForm(name, "nightly", FlowTargetType.VM, PG, REPO, new ScheduleChoice.Daily(LocalTime.of(1, 0)),
                true);
    }

    static Stream<Arguments> contract_errors() {
        return Stream.of(
                Arguments.of(
                        new HubConflictException("createFlow", HubErrorCode.DUPLICATE_NAME, 500,
                                "Failed to create flow", "flow with name 'Nightly pgtest1' already exists"),
                        "A flow or schedule named \"Nightly pgtest1\" exists already: choose another name."),
                Arguments.of(new HubRejectedException("createFlow", HubErrorCode.INVALID_REQUEST, 500,
                        "Failed to create flow", "validation failed: repository_id is required for backup flows"),
                        "The hub refused the flow: repository_id is required for backup flows. Correct it and save again."),
                Arguments.of(new HubRejectedException("createFlow", HubErrorCode.REPLICATION_NOT_SUPPORTED, 500,
                        "Failed to create flow",
                        "failed to create flow: failed to create flow: Error 4025 (23000): CONSTRAINT `CONSTRAINT_1` failed"),
                        "The hub cannot create or run replication flows; create a backup flow."),
                Arguments.of(new HubRejectedException("createFlow", HubErrorCode.INVALID_REQUEST, 400,
                        "Invalid request body", "invalid character '}' looking for beginning of object key string"),
                        "The hub refused the flow: invalid character '}' looking for beginning of object key string. "
                                + "Correct it and save again."),
                Arguments.of(
                        new HubUnavailableException("createFlow", HubErrorCode.TIMEOUT, true, "no response in time",
                                null),
                        "The hub did not answer in time and may have saved the change: reload the list before trying again."),
                Arguments.of(FakeHubClient.unreachable(),
                        "The hub cannot be reached: nothing was changed. Try again when it is back."));
    }

    @ParameterizedTest
    @MethodSource("contract_errors")
    @HubFault("flow change refused")
    void each_create_error_of_the_contract_is_told_in_words(HubException error, String words) {
        hub.refuse = error;

        assertThatThrownBy(() -> editor.create(form("Nightly pgtest1"))).isInstanceOf(FlowValidationException.class)
                .hasMessage(words)
                .hasNoSuppressedExceptions();
    }

    @Test
    void an_update_of_a_flow_deleted_elsewhere_says_so() {
        ProtectionFlow flow = editor.create(form("Nightly"));
        hub.refuse = new HubNotFoundException("updateFlow", HubErrorCode.FLOW_NOT_FOUND, 500, "Failed to update flow",
                "flow not found: " + flow.id());

        assertThatThrownBy(() -> editor.update(flow.id(), form("Renamed")))
                .hasMessage("The flow is no longer on the hub (deleted elsewhere?): reload the list.");
    }

    @Test
    void deleting_a_flow_already_gone_is_done_not_an_error() {
        hub.refuse = new HubNotFoundException("deleteFlow", HubErrorCode.FLOW_NOT_FOUND, 500, "Failed to delete flow",
                "flow not found: 9b1f0c52");

        editor.delete("9b1f0c52");
    }

    @Test
    void the_console_refuses_what_the_hub_would_store_unchecked() {
        assertThatThrownBy(() -> editor.create(
                new FlowForm(" ", null, FlowTargetType.VM, PG, REPO, new ScheduleChoice.Daily(LocalTime.NOON), true)))
                .hasMessage("Enter a name for the flow.");
        assertThatThrownBy(() -> editor.create(new FlowForm("n", null, FlowTargetType.VM, PG, "repo-gone",
                new ScheduleChoice.Daily(LocalTime.NOON), true))).hasMessageStartingWith("Unknown repository");
        assertThatThrownBy(() -> editor.create(new FlowForm("n", null, FlowTargetType.VM, "pgtest1", REPO,
                new ScheduleChoice.Daily(LocalTime.NOON), true)))
                .as("a VM name instead of a context id: the hub's runs would stay running for ever")
                .hasMessage("The VM is not on the hub any more: choose another target.");
        assertThatThrownBy(() -> editor.create(new FlowForm("n".repeat(256), null, FlowTargetType.VM, PG, REPO,
                new ScheduleChoice.Daily(LocalTime.NOON), true))).hasMessageContaining("at most 255");
        assertThat(hub.flows).isEmpty();
    }

    @Test
    void a_changed_target_is_refused_in_words_because_the_hub_ignores_it() {
        ProtectionFlow flow = editor.create(form("Nightly"));
        FlowForm other = new FlowForm("Nightly", null, FlowTargetType.VM, ProtectionFixture.context("web-server-01"),
                REPO, new ScheduleChoice.Daily(LocalTime.of(1, 0)), true);

        assertThatThrownBy(() -> editor.update(flow.id(), other)).hasMessageContaining("cannot change a flow's target");
        assertThat(hub.flows.get(flow.id()).targetId()).isEqualTo(PG);
    }

    @Test
    void a_schedule_with_the_same_cron_is_reused_and_a_new_one_is_named_by_its_words() {
        editor.create(form("First"));
        editor.create(form("Second"));
        editor.create(
                new FlowForm("Hourly", null, FlowTargetType.VM, PG, REPO, new ScheduleChoice.EveryHours(1, 15), true));

        assertThat(hub.schedules.values()).extracting(HubSchedule::name, HubSchedule::cron)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("every day at 01:00", "0 0 1 * * *"),
                        org.assertj.core.groups.Tuple.tuple("every hour, at 15 min past the hour", "0 15 * * * *"));
        assertThat(hub.schedules.values()).allSatisfy(s -> assertThat(s.timeZone()).isEqualTo("Europe/London"));
    }

    @Test
    void a_bulk_change_reports_what_the_hub_did_not_do() {
        ProtectionFlow flow = editor.create(form("Nightly"));

        BulkOutcome outcome = editor.delete(List.of(flow.id(), "9b1f0c52-unknown"));

        assertThat(outcome.requested()).isEqualTo(2);
        assertThat(outcome.succeeded()).isEqualTo(1);
        assertThat(outcome.allSucceeded()).isFalse();
        assertThat(outcome.failures().stream().map(Messages::english)).containsExactly(
                "Flow 9b1f0c52-unknown was not changed: it is no longer on the hub (deleted elsewhere?).");
        assertThat(editor.setEnabled(List.of(), true)).isEqualTo(new BulkOutcome(0, 0, List.of()));
        assertThat(new BulkFlowResult("enable", 1, 1, 0, List.of()).allSucceeded()).isTrue();
    }
}
