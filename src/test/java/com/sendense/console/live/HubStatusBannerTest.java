package com.sendense.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The status badge and the outage banner of the layout follow the shared poller, pushed to the UI. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class HubStatusBannerTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @Autowired
    HubPoller poller;

    @AfterEach
    void hubBack() {
        hub.failWith(null);
        poller.pollOnce();
    }

    @Test
    void banner_appears_when_the_hub_goes_down_and_disappears_when_it_is_back() {
        hub.failWith(null);
        navigate("vms", com.vaadin.flow.component.Component.class);
        poller.pollOnce();
        pushed();
        assertThat(statusText()).contains("v1.0.0");
        assertThat(banner().isVisible()).isFalse();

        hub.failWith(FakeHubClient.unreachable());
        poller.healthCheckDueNow();
        poller.pollOnce();
        pushed();

        assertThat(statusText()).contains("unreachable");
        assertThat(banner().isVisible()).isTrue();
        assertThat(banner().getElement().getTextRecursively()).contains("has been unreachable since")
                .contains("The hub cannot be reached");

        hub.failWith(null);
        poller.pollOnce();
        pushed();

        assertThat(banner().isVisible()).isFalse();
        assertThat(statusText()).contains("v1.0.0");
    }

    /** Runs what the poller queued with UI.accessLater, as the push round trip would. */
    private void pushed() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private String statusText() {
        return find(Span.class).withId("hub-status").single().getText();
    }

    /** The banner is hidden while the hub is up, so walk the tree instead of asking for visible ones. */
    private Div banner() {
        return descendants(com.vaadin.flow.component.UI.getCurrent())
                .filter(c -> c instanceof Div d && d.hasClassName("hub-banner"))
                .map(Div.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(HubStatusBannerTest::descendants));
    }
}
