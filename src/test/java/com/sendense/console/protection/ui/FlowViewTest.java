package com.sendense.console.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sendense.console.backups.TestBackups;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.protection.HubExecution;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.RunState;
import com.sendense.console.protection.RunTrigger;
import com.sendense.console.protection.VmOutcome;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class FlowViewTest extends ProtectionViewsTestBase {

    @Autowired
    LiveUpdates live;

    private FlowView openFlow(String flowId) {
        return navigate(FlowView.class, Map.of(ProtectionNavigation.FLOW_ID, flowId));
    }

    @Test
    void shows_the_definition_with_next_run_in_the_hub_zone() {
        FlowView view = openFlow("flow-nightly");

        assertThat(view.getPageTitle()).isEqualTo("Flow Nightly web");
        String text = view.definition.getElement().getTextRecursively();
        assertThat(text).contains("Group:")
                .contains("Web servers")
                .contains("3 VMs")
                .contains("Primary Local")
                .contains("every day at 01:00")
                .contains("hub time (" + zone.zone().getId() + ")")
                .contains("75 %");
        assertThat(view.toggle.getText()).isEqualTo("Disable");
    }

    @Test
    void a_flow_whose_schedule_cannot_run_says_it_has_no_next_run() {
        FlowView view = openFlow("flow-old");

        assertThat(view.definition.getElement().getTextRecursively()).contains("schedule cannot run:")
                .contains("none: the flow is disabled");
        assertThat(view.toggle.getText()).isEqualTo("Enable");
    }

    @Test
    void each_run_lists_its_vms_with_outcome_message_and_a_link_to_the_backup() {
        FlowView view = openFlow("flow-nightly");

        assertThat(view.runs.getGenericDataView().getItems()).hasSize(1);
        RunVmGrid vms = attached(view.runs.vms(nightlyRuns.getFirst()));
        assertThat(vms.getGenericDataView().getItems()).hasSize(3);
        var completed = (RouterLink) test(vms).getCellComponent(0, "backup");
        assertThat(completed.getText()).isEqualTo("b-1");
        assertThat(completed.getHref()).isEqualTo("backups/vm/web-01");
        assertThat(test(vms).getCellComponent(1, "outcome").getElement().getTextRecursively()).isEqualTo("Failed");
        assertThat(com.sendense.console.testsupport.GridCells.text(vms, nightlyRuns.getFirst().vms().get(1), "message"))
                .isEqualTo("NBD read failed on disk-2000");
        assertThat(test(vms).getCellComponent(2, "outcome").getElement().getTextRecursively())
                .isEqualTo("Skipped: already being backed up");
        assertThat(test(vms).getCellComponent(2, "backup").getElement().getTextRecursively()).isEqualTo("—");
    }

    @Test
    void run_now_shows_the_run_at_once_and_each_backup_with_live_progress_from_the_shared_poller() {
        Backup backup = TestBackups.running("web-01", TestBackups.LOCAL, BackupType.FULL, "2026-12-06T09:59:00Z");
        ProtectionRun started = new ProtectionRun(9, "flow-nightly", "Nightly web", RunTrigger.MANUAL, null,
                clock.instant(), null, RunState.RUNNING, "operator", null, List.of());
        when(service.runNow("flow-nightly")).thenAnswer(i -> {
            nightlyRuns.addFirst(started);
            return started;
        });
        FlowView view = openFlow("flow-nightly");

        test(view.runNow).click();

        verify(service).runNow("flow-nightly");
        ProtectionRun shown = view.runs.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(shown.state()).isEqualTo(RunState.RUNNING);
        assertThat(view.runs.isDetailsVisible(shown)).as("the new run is open").isTrue();

        // The runner has started the VM's backup; the shared poller reports it.
        nightlyRuns.set(0, withVms(started, vm("web-01", backup.id().value(), VmOutcome.RUNNING, null)));
        live.track(backup);
        MockVaadin.runUIQueue(true);

        ProtectionRun now = view.runs.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(now.vms()).hasSize(1);
        RunVmGrid vms = attached(view.runs.vms(now));
        vms.show(live.jobs());
        var outcome = test(vms).getCellComponent(0, "outcome");
        assertThat(outcome.getChildren().filter(ProgressBar.class::isInstance)).hasSize(1);
        assertThat(outcome.getElement().getTextRecursively()).contains("Running").contains("40 %");
        var link = (Anchor) test(vms).getCellComponent(0, "backup");
        assertThat(link.getHref()).isEqualTo("backups/running?job=" + backup.id().value());
    }

    @Test
    void a_run_that_ends_after_the_poller_fell_silent_shows_as_ended_at_the_next_reread_tick() {
        ProtectionRun running = new ProtectionRun(9, "flow-nightly", "Nightly web", RunTrigger.SCHEDULE,
                clock.instant(), clock.instant(), null, RunState.RUNNING, "scheduler", null,
                List.of(vm("web-01", "b-9", VmOutcome.RUNNING, null)));
        nightlyRuns.addFirst(running);
        FlowView view = openFlow("flow-nightly");

        // The tracker ends the run after the last backup has left the poller's running list: no news follows.
        nightlyRuns.set(0,
                new ProtectionRun(9, "flow-nightly", "Nightly web", RunTrigger.SCHEDULE, clock.instant(),
                        clock.instant(), clock.instant(), RunState.SUCCEEDED, "scheduler", null,
                        List.of(vm("web-01", "b-9", VmOutcome.COMPLETED, null))));
        com.sendense.console.live.LiveTestSupport.tick(live, Instant.parse("2026-12-06T10:00:03Z"));
        MockVaadin.runUIQueue(true);
        assertThat(view.runs.getGenericDataView().getItems().findFirst().orElseThrow().state())
                .isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void a_finished_run_is_read_again_while_it_was_running_and_then_left_alone() {
        ProtectionRun running = new ProtectionRun(9, "flow-nightly", "Nightly web", RunTrigger.SCHEDULE,
                clock.instant(), clock.instant(), null, RunState.RUNNING, "scheduler", null,
                List.of(vm("web-01", "b-9", VmOutcome.RUNNING, null)));
        nightlyRuns.addFirst(running);
        FlowView view = openFlow("flow-nightly");

        nightlyRuns.set(0,
                new ProtectionRun(9, "flow-nightly", "Nightly web", RunTrigger.SCHEDULE, clock.instant(),
                        clock.instant(), clock.instant(), RunState.SUCCEEDED, "scheduler", null,
                        List.of(vm("web-01", "b-9", VmOutcome.COMPLETED, null))));
        live.track(TestBackups.running("other", TestBackups.LOCAL, BackupType.FULL, "2026-12-06T09:58:00Z"));
        MockVaadin.runUIQueue(true);

        assertThat(view.runs.getGenericDataView().getItems().findFirst().orElseThrow().state())
                .isEqualTo(RunState.SUCCEEDED);
        org.mockito.Mockito.clearInvocations(service);
        live.track(TestBackups.running("third", TestBackups.LOCAL, BackupType.FULL, "2026-12-06T09:57:00Z"));
        MockVaadin.runUIQueue(true);
        org.mockito.Mockito.verify(service, org.mockito.Mockito.never())
                .runs(any(), org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void a_scheduled_run_appears_by_itself_once_its_due_time_has_passed() {
        var due = clock.instant().minusSeconds(5).atZone(zone.zone());
        flows.set(1, new com.sendense.console.protection.FlowOverview(single.flow(), "sql-prod-01", null,
                single.schedule(), single.scheduleProblem(), due, null, null, 1));
        FlowView view = openFlow("flow-sql");
        assertThat(view.runs.getGenericDataView().getItems()).isEmpty();

        var scheduled = new ProtectionRun(10, "flow-sql", "SQL hourly", RunTrigger.SCHEDULE, due.toInstant(),
                clock.instant(), null, RunState.RUNNING, "scheduler", null, List.of());
        when(service.runs(org.mockito.ArgumentMatchers.eq("flow-sql"), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(List.of(scheduled));
        flows.set(1, single);
        live.track(TestBackups.running("other", TestBackups.LOCAL, BackupType.FULL, "2026-12-06T09:56:00Z"));
        MockVaadin.runUIQueue(true);

        assertThat(view.runs.getGenericDataView().getItems()).containsExactly(scheduled);
        assertThat(view.definition.getElement().getTextRecursively()).as("the next run read again")
                .contains(FlowTexts.nextRun(single.nextRun(), clock.instant(), zone.zone(), UI.getCurrent().getLocale())
                        .replaceAll("^in [^(]+", ""));
    }

    @Test
    void the_hubs_own_records_show_beside_the_consoles_verdict() {
        var exec = new FlowExecution("e-1", "flow-nightly", FlowExecutionStatus.SUCCESS, "manual",
                Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-05T01:00:10Z"), null, 0, 0, 3, 0, 3, 0,
                null, List.of(), "api", Instant.parse("2026-12-05T01:00:00Z"));
        when(service.hubExecutions("flow-nightly"))
                .thenReturn(List.of(new HubExecution(exec, Text.of("protection.verdict.emptySuccess"))));
        FlowView view = openFlow("flow-nightly");

        var row = view.hubRuns.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(com.sendense.console.testsupport.GridCells.text(view.hubRuns, row, "verdict"))
                .isEqualTo("the hub counted it a success but no backup completed");
        assertThat(test(view.hubRuns).getCellText(0, 2)).isEqualTo("success");
    }

    @Test
    void delete_asks_first_and_returns_to_the_list() {
        FlowView view = openFlow("flow-sql");

        test(view.delete).click();
        var dialog = (BulkConfirmDialog) find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Delete 1 protection flow?");
        test(dialog).confirm();

        verify(service).delete("flow-sql");
        assertThat(getCurrentView()).isInstanceOf(ProtectionView.class);
    }

    @Test
    @BadInput("malformed deep link")
    void an_unknown_flow_id_in_the_address_says_so_and_offers_no_action() {
        FlowView view = openFlow("no-such-flow~2F..");

        assertThat(view.problem.getText()).contains("no protection flow with this id");
        assertThat(view.runNow.isEnabled()).isFalse();
        assertThat(view.edit.isEnabled()).isFalse();
    }

    @Test
    @HubFault("hub down")
    void a_hub_that_cannot_be_reached_is_said_on_the_page() {
        org.mockito.Mockito.doThrow(hubDown()).when(service).flow(any());
        FlowView view = openFlow("flow-nightly");

        assertThat(view.problem.getText()).contains("The flow could not be read").contains("cannot be reached");
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_see_the_flow_and_its_runs_but_every_action_is_off_with_the_reason() {
        FlowView view = openFlow("flow-nightly");

        assertThat(view.runs.getGenericDataView().getItems()).hasSize(1);
        for (Button b : List.of(view.edit, view.toggle, view.delete, view.runNow)) {
            assertThat(b.isEnabled()).as(b.getText()).isFalse();
            assertThat(b.getTooltip().getText()).contains("Managers see flows but cannot change them");
        }
    }

    /** A run's VM rows as its open details show them (the grid renders details lazily in the browser). */
    private static RunVmGrid attached(RunVmGrid grid) {
        UI.getCurrent().add(grid);
        return grid;
    }

    private static ProtectionRun withVms(ProtectionRun r, com.sendense.console.protection.RunVm... vms) {
        return new ProtectionRun(r.id(), r.flowId(), r.flowName(), r.trigger(), r.scheduledFor(), r.startedAt(),
                r.endedAt(), r.state(), r.startedBy(), r.message(), List.of(vms));
    }
}
