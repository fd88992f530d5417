package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.Repository;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class BackupWizardDialogTest extends SpringBrowserlessTest {

    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    FakeHubClient hub;
    @Autowired
    BackupActions actions;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        jdbc.sql("DELETE FROM backup_repository_choice").update();
        hub.failWith(null);
        hub.resetBackups();
        TestLive.pollOnce(context);
        hub.vms.clear();
        hub.repositories.clear();
        hub.withVm(FakeHubClient.vm("wiz-vm", "linux", PowerState.ON), FakeHubClient.disk(0, 40),
                FakeHubClient.disk(1, 60));
        hub.repositories.add(FakeHubClient.repository("repo-z", "Zurich offsite", 1000, 50));
        hub.repositories.add(FakeHubClient.repository("repo-a", "Archive", 1000, 800));
    }

    @Test
    void the_wizard_lists_repositories_by_name_with_free_space_and_shows_the_disks_as_information() {
        BackupWizardDialog wizard = openWizard();

        assertThat(test(wizard.target.repository).getSuggestionItems()).extracting(Repository::name)
                .containsExactly("Archive", "Zurich offsite");
        assertThat(wizard.target.repository.getValue().id()).isEqualTo("repo-a");
        assertThat(wizard.target.storage.getText()).contains("800 GB free of 1000 GB").contains("20 % used");
        test(wizard.next).click();

        assertThat(wizard.review.disks.getElement().getTextRecursively()).contains("Disk 0 (disk-2000)")
                .contains("40.0 GB")
                .contains("Disk 1 (disk-2001)")
                .contains("Total size")
                .contains("100 GB");
        assertThat(wizard.review.getElement().getTextRecursively()).contains("always backs up every disk");
        assertThat(wizard.review.fitWarning.isVisible()).isFalse();
    }

    @Test
    void a_repository_that_may_be_too_small_is_flagged() {
        BackupWizardDialog wizard = openWizard();

        test(wizard.target.repository).selectItem("Zurich offsite");

        assertThat(wizard.target.storage.getText()).contains("50.0 GB free").contains("may not fit");
        test(wizard.next).click();
        assertThat(wizard.review.fitWarning.isVisible()).isTrue();
    }

    @Test
    void incremental_is_offered_only_after_a_completed_backup_and_the_wizard_says_why() {
        hub.backups.add(
                FakeHubClient.completed("backup-wiz-vm-1763632800", "wiz-vm", BackupType.FULL, "repo-z", T, 30L << 30));
        BackupWizardDialog wizard = openWizard();

        assertThat(wizard.target.type.getItemEnabledProvider().test(BackupType.INCREMENTAL)).isFalse();
        assertThat(wizard.target.typeNote.getText()).contains("Incremental is not available")
                .contains("no completed backup of wiz-vm in Archive");

        test(wizard.target.repository).selectItem("Zurich offsite");
        assertThat(wizard.target.type.getItemEnabledProvider().test(BackupType.INCREMENTAL)).isTrue();
        wizard.target.type.setValue(BackupType.INCREMENTAL);
        assertThat(wizard.target.typeNote.getText()).contains("chains to backup-wiz-vm-1763632800");
        test(wizard.next).click();
        assertThat(wizard.review.summary.getElement().getTextRecursively()).contains("Chains to")
                .contains("backup-wiz-vm-1763632800");
    }

    @Test
    void starting_opens_live_progress_and_remembers_the_repository() {
        BackupWizardDialog wizard = openWizard();
        test(wizard.target.repository).selectItem("Zurich offsite");
        test(wizard.next).click();
        test(wizard.start).click();

        BackupProgressDialog progress = awaitProgressDialog();
        assertThat(hub.startRequests).singleElement().satisfies(r -> assertThat(r.repositoryId()).isEqualTo("repo-z"));
        assertThat(progress.panel.job().vmName()).isEqualTo("wiz-vm");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("job-no-cancel").single().getText())
                .contains("no way to cancel");
        progress.close();

        BackupWizardDialog again = openWizard();
        assertThat(again.target.repository.getValue().id()).as("last choice remembered").isEqualTo("repo-z");
        assertThat(again.problem.getElement().getTextRecursively()).contains("already running");
        assertThat(again.next.isEnabled()).isFalse();
    }

    @Test
    void a_stalled_backup_blocks_a_second_start_and_the_wizard_says_it_has_stalled() {
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(25));
        hub.backups.add(FakeHubClient.backup("backup-wiz-vm-" + longAgo.getEpochSecond(), "wiz-vm", BackupType.FULL,
                "repo-z", BackupStatus.RUNNING, longAgo));
        TestLive.pollOnce(context);

        BackupWizardDialog wizard = openWizard();

        assertThat(wizard.problem.getElement().getTextRecursively())
                .contains("still marked running on the hub, but it has stopped reporting progress")
                .contains("so the console does not")
                .contains("cannot cancel");
        assertThat(wizard.next.isEnabled()).isFalse();
    }

    @Test
    void a_double_click_sends_one_start() {
        BackupWizardDialog wizard = openWizard();
        test(wizard.next).click();
        assertThat(wizard.start.isDisableOnClick()).isTrue();
        wizard.start.click();
        wizard.start.click();

        awaitProgressDialog();
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    void a_refused_start_keeps_the_wizard_open_with_the_reason() {
        hub.startFailure = new com.sendense.console.hub.HubServerException("startBackup",
                com.sendense.console.hub.HubErrorCode.SNA_FAILURE, 500, "failed to call SNA API", "connection refused");
        BackupWizardDialog wizard = openWizard();
        test(wizard.next).click();
        test(wizard.start).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runUiQueue();
            return wizard.problem.isVisible();
        });
        assertThat(wizard.isOpened()).isTrue();
        assertThat(wizard.problem.getText()).contains("did not start").contains("backup agent (SNA)");
        assertThat(wizard.start.isEnabled()).isTrue();
    }

    @Test
    void a_vm_without_credentials_cannot_be_started() {
        hub.withVm(
                new com.sendense.console.hub.VmContext("ctx-x", "no-cred-vm", "", "", "", "", "discovered", null, null,
                        null, null, null, T, T, null, true, true, null, java.util.List.of()),
                FakeHubClient.disk(0, 10));
        actions.openWizard("no-cred-vm");
        BackupWizardDialog wizard = find(BackupWizardDialog.class).single();

        assertThat(wizard.problem.getText()).contains("no VMware credentials");
        assertThat(wizard.next.isEnabled()).isFalse();
    }

    @Test
    void a_backup_the_hub_runs_already_is_shown_instead_of_a_second_start() {
        hub.backups.add(FakeHubClient.backup("backup-wiz-vm-1763632801", "wiz-vm", BackupType.FULL, "repo-a",
                BackupStatus.RUNNING, Instant.now()));
        BackupWizardDialog wizard = openWizard();

        assertThat(wizard.next.isEnabled()).isFalse();
        test(find(Button.class, wizard).withText("Show progress").single()).click();

        assertThat(find(BackupProgressDialog.class).single().panel.job().id().value())
                .isEqualTo("backup-wiz-vm-1763632801");
        assertThat(hub.startRequests).isEmpty();
    }

    /** Runs what background threads handed to this UI with {@code accessLater}, as a browser round trip would. */
    static void runUiQueue() {
        MockVaadin.runUIQueue(true);
        roundTrip();
    }

    private BackupWizardDialog openWizard() {
        actions.openWizard("wiz-vm");
        return find(BackupWizardDialog.class).all().getLast();
    }

    private BackupProgressDialog awaitProgressDialog() {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runUiQueue();
            return find(BackupProgressDialog.class).exists();
        });
        assertThat(find(Notification.class).all())
                .noneMatch(n -> n.getElement().getTextRecursively().contains("failed"));
        return find(BackupProgressDialog.class).single();
    }
}
