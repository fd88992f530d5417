package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.backups.TestBackups;
import com.sendense.console.hub.HubException;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.users.Roles;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** A failed read is never shown as "no backups", and rows kept from an earlier read say when they were read. */
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class BackupHistoryOutageTest extends BackupViewsTestBase {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void hub_back() {
        hub.failWith(null);
        hub.failBackupsFor = null;
        poll();
    }

    @Test
    @HubFault("hub down")
    void an_empty_history_read_while_lists_fail_is_the_error_with_a_retry_not_no_backups() {
        // The only list that answers is of a repository without backups; every list that holds them fails.
        hub.repositories.add(TestBackups.repository("repo-empty", "Spare"));
        hub.failBackupsFor = f -> !"repo-empty".equals(f.repositoryId());
        assertThatThrownBy(service::refresh).as("nothing read is no history").isInstanceOf(HubException.class);

        BackupHistoryView view = navigate(BackupHistoryView.class);

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.emptyState.getElement().getTextRecursively()).doesNotContain("No backups yet")
                .contains("The hub cannot be reached");
        hub.failBackupsFor = null;
        test(find(Button.class).withText("Try again").single()).click();
        assertThat(test(view.grid).size()).isEqualTo(6);
    }

    @Test
    @HubFault("hub down")
    void rows_kept_from_before_an_outage_are_marked_with_their_read_time_until_the_hub_answers() {
        BackupHistoryView view = navigate(BackupHistoryView.class);
        assertThat(view.stale.isVisible()).isFalse();

        hub.failWith(FakeHubClient.unreachable());
        poll();

        assertThat(test(view.grid).size()).isEqualTo(6);
        assertThat(view.stale.isVisible()).isTrue();
        assertThat(view.stale.getText()).contains("The hub cannot be reached")
                .contains("as it listed them at")
                .contains("possibly out of date")
                .contains("Refresh");

        hub.failWith(null);
        poll();

        assertThat(view.stale.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(6);
    }

    private void poll() {
        TestLive.pollWithHealthCheck(context);
        MockVaadin.runUIQueue(true);
        roundTrip();
    }
}
