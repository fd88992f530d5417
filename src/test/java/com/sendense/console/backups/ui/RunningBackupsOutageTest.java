package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** While the hub cannot be read, the running backups are unknown, never "none": on the page and in the menu badge. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class RunningBackupsOutageTest extends SpringBrowserlessTest {

    static final AtomicLong SEQUENCE = new AtomicLong();

    @Autowired
    FakeHubClient hub;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void a_hub_without_running_backups() {
        hub.failWith(null);
        hub.resetBackups();
        hub.vms.clear();
        hub.repositories.clear();
        hub.withVm(FakeHubClient.vm("outage-vm", "linux", PowerState.ON), FakeHubClient.disk(0, 40));
        hub.repositories.add(FakeHubClient.repository("repo-a", "Archive", 1000, 800));
    }

    @AfterEach
    void hub_back() {
        hub.failWith(null);
        hub.resetBackups();
        poll();
    }

    @Test
    @HubFault("hub down")
    void with_the_hub_down_nothing_running_becomes_unknown_and_the_page_recovers_by_itself() {
        RunningBackupsView view = navigate(RunningBackupsView.class);
        poll();
        assertThat(view.running.getEmptyStateText()).isEqualTo("No backup is running.");
        assertThat(view.outage.isVisible()).isFalse();

        hub.failWith(FakeHubClient.unreachable());
        poll();

        assertThat(view.running.getEmptyStateText()).doesNotContain("No backup is running").contains("not known now");
        assertThat(view.outage.isVisible()).isTrue();
        assertThat(view.outage.getText()).contains("The hub cannot be reached since")
                .contains("does not know which backups are running now")
                .contains("what it last read, at")
                .contains("may be out of date")
                .contains("updates by itself when the hub answers again");
        assertThat(view.summary.getText()).isEqualTo("0 running when last read");
        assertThat(badge().isVisible()).isTrue();
        assertThat(badge().getText()).isEqualTo("?");
        assertThat(badge().getElement().getAttribute("title")).contains("unknown").contains("cannot be reached");

        hub.failWith(null);
        poll();

        assertThat(view.outage.isVisible()).isFalse();
        assertThat(view.running.getEmptyStateText()).isEqualTo("No backup is running.");
        assertThat(view.summary.getText()).isEqualTo("0 running");
        assertThat(find(Span.class).withId("running-jobs-count").all()).as("hidden: none runs").isEmpty();
    }

    @Test
    @HubFault("hub down")
    void a_backup_seen_before_the_outage_stays_listed_as_last_seen_and_updates_when_the_hub_answers() {
        BackupId id = new BackupId("backup-outage-vm-" + SEQUENCE.incrementAndGet());
        hub.backups.add(FakeHubClient.backup(id.value(), "outage-vm", BackupType.FULL, "repo-a", BackupStatus.RUNNING,
                Instant.now().minusSeconds(30)));
        RunningBackupsView view = navigate(RunningBackupsView.class);
        poll();
        assertThat(view.summary.getText()).isEqualTo("1 running");

        hub.failWith(FakeHubClient.unreachable());
        poll();

        assertThat(test(view.running).size()).isEqualTo(1);
        assertThat(view.summary.getText()).isEqualTo("1 running when last read");
        assertThat(view.outage.getText()).contains("Shown below: what it last read");
        assertThat(badge().getText()).isEqualTo("?");

        hub.finish(id, true, null, Instant.now());
        hub.failWith(null);
        poll();

        assertThat(view.outage.isVisible()).isFalse();
        assertThat(test(view.running).size()).isZero();
        assertThat(view.finished.getListDataView().getItems().map(j -> j.id())).contains(id);
        assertThat(view.summary.getText()).isEqualTo("0 running");
    }

    /** The menu badge; only found while visible. */
    private Span badge() {
        return find(Span.class).withId("running-jobs-count").single();
    }

    private void poll() {
        TestLive.pollWithHealthCheck(context);
        MockVaadin.runUIQueue(true);
        roundTrip();
    }
}
