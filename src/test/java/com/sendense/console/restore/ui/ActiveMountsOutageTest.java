package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.Roles;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** While the hub cannot be read, the active mounts are unknown, never "no disk is mounted". */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class ActiveMountsOutageTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LiveUpdates live;
    @Autowired
    ApplicationContext context;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @BeforeEach
    void hub_with_one_foreign_mount() {
        RestoreUiTestSupport.world(hub, clock, jdbc);
        hub.addForeignMount("backup-fs01-1", 0);
    }

    @AfterEach
    void hub_back() {
        hub.failWith(null);
        poll();
    }

    @Test
    @HubFault("hub down")
    void opened_while_the_hub_is_down_the_list_is_unknown_not_empty() {
        hub.failWith(FakeHubClient.unreachable());

        ActiveMountsView view = navigate(ActiveMountsView.class);

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateComponent().getElement().getTextRecursively())
                .isEqualTo("Not known: the hub cannot be reached.");
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("The hub cannot be reached")
                .contains("Which disks are mounted is not known until the hub answers");
    }

    @Test
    @HubFault("hub down")
    void mounts_read_before_an_outage_are_marked_as_last_read_and_the_page_recovers_by_itself() {
        ActiveMountsView view = navigate(ActiveMountsView.class);
        poll();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.problem.isVisible()).isFalse();

        hub.failWith(FakeHubClient.unreachable());
        poll();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("The hub cannot be reached since")
                .contains("does not know which disks are mounted now")
                .contains("as read at")
                .contains("possibly out of date")
                .contains("updates by itself");

        hub.failWith(null);
        poll();

        assertThat(view.problem.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.grid.getEmptyStateComponent().getElement().getTextRecursively())
                .startsWith("No disk is mounted");
    }

    /** One mounts poll of the application's poller, without waiting for its slower cadence. */
    private void poll() {
        live.requestMountsRefresh();
        TestLive.pollWithHealthCheck(context);
        MockVaadin.runUIQueue(true);
        roundTrip();
    }
}
