package com.sendense.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
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
 * Hand-edited and malformed addresses: garbage, huge, negative, empty and repeated values in every
 * URL parameter of every route, and broken path segments. Each page opens (or says the page does
 * not exist) without an internal error and without a stack trace.
 */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class BadUrlParametersTest extends SpringBrowserlessTest {

    private static final Pattern STACK_TRACE = Pattern
            .compile("(Exception\\b|\\bat [\\w.$]+\\(|\\.java:\\d+|Caused by)");
    private static final String HUGE = "9".repeat(40);

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void inventory() {
        hub.failWith(null);
        hub.mountCalls.set(0);
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
    }

    static Stream<String> parameters() {
        return Stream.of("vms?vm=no-such-vm", "vms?vm=", "vms?vm=pgtest1&vm=other", "vms?q=" + "x".repeat(5_000),
                "backups/running?job=garbage", "backups/running?job=-1", "backups/running?job=" + HUGE,
                "backups/running?job=", "backups/running?job=a&job=b", "backups/vm/pgtest1?backup=garbage",
                "backups/vm/pgtest1?backup=-1", "backups/vm/pgtest1?backup=",
                "backups?status=bogus&type=" + HUGE + "&from=2026-13-45&to=yesterday&sort=nope:sideways&repo=&group=",
                "backups?from=-999999999-01-01&to=+999999999-12-31&sort=created&sort=created:desc",
                "restore?vm=no-such-vm&backup=x&disk=-1", "restore?vm=pgtest1&backup=garbage&disk=" + HUGE,
                "restore?vm=pgtest1&disk=abc", "restore?vm=&backup=&disk=", "?from=2026-02-30&to=garbage&group=",
                "?from=" + HUGE + "&to=-1", "?from=2026-12-01&from=2026-11-01");
    }

    @BadInput("bad url parameter")
    @ParameterizedTest(name = "/{0}")
    @MethodSource("parameters")
    void a_hand_edited_parameter_opens_the_page_without_an_internal_error(String address) {
        opensCleanly(address);
    }

    static Stream<String> deepLinks() {
        return Stream.of("backups/vm/" + "v".repeat(300), "backups/vm/no such vm", "backups/vm/..%2F..%2Fadmin%2Fusers",
                "backups/vm/pgtest1/chain/extra", "backups/vm/%3Cscript%3Ealert(1)%3C%2Fscript%3E/chain",
                "restore/no-such-mount/files/partition-1", "restore/%00/files/x", "restore/m-1/files/%2e%2e/%2e%2e/etc",
                "restore/m-1/files/partition-1/..%2F..%2Fetc", "restore/" + "m".repeat(300) + "/files/");
    }

    @BadInput("malformed deep link")
    @ParameterizedTest(name = "/{0}")
    @MethodSource("deepLinks")
    void a_malformed_deep_link_says_what_is_wrong_without_an_internal_error(String address) {
        opensCleanly(address);
    }

    private void opensCleanly(String address) {
        int q = address.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, q), QueryParameters.fromString(address.substring(q + 1)));
        }

        String shown = getCurrentView().getElement().getTextRecursively() + " "
                + find(Notification.class).all()
                        .stream()
                        .map(n -> n.getElement().getTextRecursively())
                        .collect(Collectors.joining(" "));
        assertThat(getCurrentView().getClass().getSimpleName()).doesNotContain("InternalServerError");
        assertThat(STACK_TRACE.matcher(shown).find()).as("no trace in: %s", shown).isFalse();
        assertThat(hub.mountCalls).hasValue(0);
    }
}
