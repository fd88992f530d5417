package com.sendense.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page opened while the hub fails: no internal-error page, no stack trace, the sentence
 * that says what to do, and the page works again once the hub is back.
 */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class HubFaultInViewsTest extends SpringBrowserlessTest {

    private static final Pattern STACK_TRACE = Pattern
            .compile("(Exception\\b|\\bat [\\w.$]+\\(|\\.java:\\d+|Caused by)");

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void inventory() {
        hub.failWith(null);
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
    }

    // The running view is fed by the poller (its hub-down banner is tested in live); the audit log is
    // not the operator's; the backup history keeps its last good read for a while in a context that
    // other test classes share (BackupHistoryViewTest covers its failures).
    static Stream<String> routes() {
        return Stream.of("", "vms", "backups/vm/pgtest1", "backups/vm/pgtest1/chain", "restore", "restore/mounts",
                "restore/m-1/files/partition-1");
    }

    @HubFault("hub down")
    @ParameterizedTest(name = "/{0}")
    @MethodSource("routes")
    void a_page_opened_while_the_hub_is_down_says_so_without_a_trace_and_works_once_it_is_back(String route) {
        opensCleanly(route, FakeHubClient.unreachable());
    }

    @HubFault("proxy error page")
    @ParameterizedTest(name = "/{0}")
    @MethodSource("routes")
    void a_page_opened_while_a_proxy_answers_with_its_error_page_shows_no_markup_and_works_once_it_is_back(
            String route) {
        opensCleanly(route, new HubServerException("vms", HubErrorCode.SERVER_ERROR, 502,
                "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", null));
    }

    private void opensCleanly(String route, HubException fault) {
        hub.failWith(fault);
        UI.getCurrent().navigate(route);
        String expected = HubErrorMessages.explain(fault);
        String firstSentence = expected.substring(0, expected.indexOf('.') + 1);

        String shown = shownText();
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("InternalServerError")
                .doesNotContain("MockInternalSeverError");
        assertThat(STACK_TRACE.matcher(shown).find()).as("no trace in: %s", shown).isFalse();
        assertThat(shown).as("what the user sees")
                .contains(firstSentence)
                .doesNotContain("<html")
                .doesNotContain("nginx");

        hub.failWith(null);
        find(Notification.class).all().forEach(Notification::close);
        UI.getCurrent().navigate("vms");
        UI.getCurrent().navigate(route);
        assertThat(shownText()).doesNotContain(firstSentence);
    }

    private String shownText() {
        com.vaadin.flow.component.HasElement view = getCurrentView();
        String notes = find(Notification.class).all()
                .stream()
                .filter(Notification::isOpened)
                .map(n -> n.getElement().getTextRecursively())
                .collect(Collectors.joining(" "));
        return view.getElement().getTextRecursively() + " " + notes;
    }
}
