package com.sendense.console.dashboard.ui;

import static com.sendense.console.dashboard.TestBackups.completed;
import static com.sendense.console.dashboard.TestBackups.failed;
import static com.sendense.console.testsupport.HostileNames.LONG;
import static com.sendense.console.testsupport.HostileNames.MARKUP;
import static com.sendense.console.testsupport.HostileNames.MARKUP_ERROR;
import static com.sendense.console.testsupport.HostileNames.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "manager", roles = Roles.MANAGER)
class DashboardHostileNamesTest extends SpringBrowserlessTest {

    static final VmGroup GROUP = new VmGroup("g9", "<b>Ops</b> & \"Team\"", 50, true);

    @Autowired
    FakeHubClient hub;

    private final Instant now = Instant.now();

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.vms.clear();
        hub.resetBackups();
        hub.repositories.clear();
        hub.withVm(FakeHubClient.vm(MARKUP, "linux", PowerState.ON, GROUP));
        hub.withVm(FakeHubClient.vm(LONG, "linux", PowerState.ON, GROUP));
        hub.backups.add(completed(MARKUP, now.minus(Duration.ofHours(30)), 5L << 30));
        hub.backups.add(failed(MARKUP, now.minus(Duration.ofHours(5)), MARKUP_ERROR));
        hub.backups.add(completed(LONG, now.minus(Duration.ofHours(2)), 5L << 30));
        hub.repositories.add(new Repository("repo-local-1", "<i>Primary</i>", RepositoryType.LOCAL, true, false, 0,
                new StorageInfo(10L << 40, 4L << 40, 6L << 40, 40.0, 12, now), now.minus(Duration.ofDays(60)), now,
                Map.of()));
    }

    @Test
    @BadInput("markup in hub strings")
    void vm_group_repository_and_error_are_text_in_tables_and_escaped_in_every_chart() {
        UI.getCurrent().navigate("");
        var view = (DashboardView) getCurrentView();

        assertShownAsText(view, MARKUP);
        assertShownAsText(view, LONG);
        assertShownAsText(view, MARKUP_ERROR);
        assertShownAsText(view, GROUP.name());
        var charts = find(SvgChart.class).all();
        assertThat(charts).isNotEmpty();
        assertThat(charts).allSatisfy(c -> assertThat(c.svg()).doesNotContain("<test>", "<b>", "<i>", "<img"));
        assertThat(charts).anySatisfy(c -> assertThat(c.svg()).contains("Z\u00fcrich &lt;test&gt;"));
        assertThat(charts).anySatisfy(c -> assertThat(c.svg()).contains("&lt;i&gt;Primary&lt;/i&gt;"));
    }
}
