package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Live progress in the dialog and the running-backups view, driven by explicit polls. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class BackupProgressDialogTest extends SpringBrowserlessTest {

    static final long GB = 1L << 30;
    static final AtomicLong SEQUENCE = new AtomicLong();

    @Autowired
    FakeHubClient hub;
    @Autowired
    BackupActions actions;
    @Autowired
    LiveUpdates live;
    @Autowired
    ApplicationContext context;
    BackupId id;

    @BeforeEach
    void aRunningBackup() {
        hub.failWith(null);
        hub.resetBackups();
        poll();
        hub.vms.clear();
        hub.repositories.clear();
        hub.withVm(FakeHubClient.vm("prog-vm", "linux", PowerState.ON), FakeHubClient.disk(0, 40),
                FakeHubClient.disk(1, 60));
        hub.repositories.add(FakeHubClient.repository("repo-a", "Archive", 1000, 800));
        Instant started = Instant.now().minusSeconds(30);
        // Unique per test: the shared LiveUpdates remembers the last test's job under its id.
        id = new BackupId("backup-prog-vm-" + started.getEpochSecond() + "-" + SEQUENCE.incrementAndGet());
        hub.backups.add(
                FakeHubClient.backup(id.value(), "prog-vm", BackupType.FULL, "repo-a", BackupStatus.RUNNING, started));
    }

    @Test
    void the_bar_moves_and_the_eta_appears_as_the_poller_publishes() {
        BackupProgressDialog dialog = open();
        assertThat(dialog.panel.transferred.getText()).isEqualTo("waiting for the first progress report");
        assertThat(dialog.panel.bar.isIndeterminate()).isTrue();

        hub.report(id, 10 * GB, 100 * GB, GB, Instant.now().minusSeconds(20));
        poll();
        assertThat(dialog.panel.bar.getValue()).isEqualTo(10.0);
        assertThat(dialog.panel.percent.getText()).isEqualTo("10.0 %");
        assertThat(dialog.panel.transferred.getText()).isEqualTo("10.0 GB of 100 GB");

        hub.report(id, 30 * GB, 100 * GB, GB, Instant.now());
        poll();
        assertThat(dialog.panel.bar.getValue()).isEqualTo(30.0);
        assertThat(dialog.panel.eta.getText()).startsWith("about ");
        assertThat(dialog.panel.speed.getText()).isEqualTo("1.0 GB/s");
        assertThat(dialog.panel.sparkline.getInnerHtml()).contains("<polyline");
    }

    @Test
    void one_honest_bar_and_the_disks_as_information_with_no_cancel_button() {
        BackupProgressDialog dialog = open();

        assertThat(dialog.panel.getElement().getTextRecursively()).contains("Disk 0 (disk-2000)")
                .contains("40.0 GB")
                .contains("Disk 1 (disk-2001)")
                .contains("not per disk");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getText().toLowerCase().contains("cancel"));
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("job-no-cancel").single().getText())
                .contains("does not stop the backup")
                .contains("no way to cancel");
    }

    @Test
    void a_completed_job_shows_its_result_and_links_to_the_recovery_point() {
        BackupProgressDialog dialog = open();
        hub.report(id, 50 * GB, 100 * GB, GB, Instant.now());
        poll();

        hub.finish(id, true, null, Instant.now());
        poll();

        assertThat(dialog.panel.result.isVisible()).isTrue();
        assertThat(dialog.panel.result.getText()).startsWith("Completed: 100 GB in ");
        assertThat(dialog.panel.bar.getValue()).isEqualTo(100.0);
        Notification notice = find(Notification.class).all().getLast();
        assertThat(notice.getElement().getTextRecursively()).contains("backup of prog-vm completed");
        assertThat(find(Button.class, notice).withText("View recovery point").exists()).isTrue();
    }

    @Test
    void a_failed_job_shows_the_hubs_error_message() {
        BackupProgressDialog dialog = open();

        hub.finish(id, false, "SBC: NBD connection reset by peer", Instant.now());
        poll();

        assertThat(dialog.panel.result.getText()).contains("Failed after")
                .contains("SBC: NBD connection reset by peer");
        assertThat(find(Notification.class).all())
                .anyMatch(n -> n.getElement().getTextRecursively().contains("failed"));
    }

    @Test
    void closing_the_dialog_leaves_the_backup_running_and_reopening_shows_the_same_state() {
        BackupProgressDialog dialog = open();
        hub.report(id, 42 * GB, 100 * GB, GB, Instant.now());
        poll();
        test(dialog.close).click();

        assertThat(live.job(id)).get().matches(j -> j.active());
        BackupProgressDialog again = open();
        assertThat(again).isNotSameAs(dialog);
        assertThat(again.panel.percent.getText()).isEqualTo("42.0 %");
        assertThat(hub.startRequests).isEmpty();
    }

    @Test
    void a_job_without_any_report_for_the_stall_threshold_is_flagged_with_an_explanation() {
        hub.backups.clear();
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(25));
        var stuck = new BackupId("backup-prog-vm-" + longAgo.getEpochSecond() + "-" + SEQUENCE.incrementAndGet());
        hub.backups.add(FakeHubClient.backup(stuck.value(), "prog-vm", BackupType.FULL, "repo-a", BackupStatus.RUNNING,
                longAgo));

        actions.openProgress(stuck);
        BackupProgressDialog dialog = find(BackupProgressDialog.class).single();

        assertThat(dialog.panel.badgeHolder.getElement().getTextRecursively()).isEqualTo("Stalled");
        assertThat(dialog.panel.stallNotice.isVisible()).isTrue();
        assertThat(dialog.panel.stallNotice.getText()).contains("No progress report since this backup started 25 min")
                .contains("never ends such a job by itself");
    }

    @Test
    void a_job_silent_for_the_default_threshold_is_stalled_while_the_hub_would_still_wait() {
        BackupProgressDialog dialog = open();
        hub.report(id, 40 * GB, 100 * GB, GB, Instant.now().minus(Duration.ofMinutes(3)));
        poll();

        assertThat(dialog.panel.badgeHolder.getElement().getTextRecursively()).isEqualTo("Stalled");
        assertThat(dialog.panel.stallNotice.getText()).contains("looks stalled");
        assertThat(dialog.panel.speed.getText()).isEqualTo("–");

        RunningBackupsView view = navigate(RunningBackupsView.class);
        poll();
        assertThat(view.summary.getText()).isEqualTo("1 running, 1 stalled");
    }

    @Test
    void the_running_view_lists_the_job_and_a_link_with_its_id_reopens_its_progress() {
        RunningBackupsView view = navigate(RunningBackupsView.class);
        poll();
        assertThat(test(view.running).size()).isEqualTo(1);
        assertThat(view.summary.getText()).isEqualTo("1 running");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("running-jobs-count").single().getText())
                .isEqualTo("1");

        BackupsNavigation.showJob(id);

        assertThat(find(BackupProgressDialog.class).single().panel.job().id()).isEqualTo(id);
    }

    @Test
    void the_running_view_moves_an_ended_job_to_the_ended_list() {
        RunningBackupsView view = navigate(RunningBackupsView.class);
        poll();
        hub.finish(id, true, null, Instant.now());
        poll();

        assertThat(test(view.running).size()).isZero();
        var ended = view.finished.getListDataView().getItems().filter(j -> j.id().equals(id)).toList();
        assertThat(ended).singleElement()
                .satisfies(j -> assertThat(j.backup().status()).isEqualTo(BackupStatus.COMPLETED));
        int row = view.finished.getListDataView().getItems().toList().indexOf(ended.getFirst());
        assertThat(com.sendense.console.testsupport.GridCells.text(view.finished, ended.getFirst(), "result"))
                .startsWith("Completed");
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_watch_running_backups() {
        RunningBackupsView view = navigate(RunningBackupsView.class);
        poll();

        assertThat(test(view.running).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_does_not_see_running_backups() {
        assertThatThrownBy(() -> navigate(RunningBackupsView.class)).isInstanceOf(Exception.class);
    }

    private BackupProgressDialog open() {
        actions.openProgress(id);
        return find(BackupProgressDialog.class).all().getLast();
    }

    /** One poll of the application's poller, then the UI work it handed over, as a browser round trip would. */
    private void poll() {
        TestLive.pollOnce(context);
        MockVaadin.runUIQueue(true);
        roundTrip();
    }
}
