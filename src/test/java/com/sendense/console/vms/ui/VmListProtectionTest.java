package com.sendense.console.vms.ui;

import static com.sendense.console.protection.CoverageFixtures.DAILY_0100;
import static com.sendense.console.protection.CoverageFixtures.group;
import static com.sendense.console.protection.CoverageFixtures.groupFlow;
import static com.sendense.console.protection.CoverageFixtures.serve;
import static com.sendense.console.protection.CoverageFixtures.vmFlow;
import static com.sendense.console.testsupport.HostileNames.LONG;
import static com.sendense.console.testsupport.HostileNames.MARKUP_ERROR;
import static com.sendense.console.testsupport.HostileNames.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.protection.ProtectionCoverage;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class VmListProtectionTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    ProtectionCoverage coverage;
    @Autowired
    BackupHistoryService history;

    final VmContext web = FakeHubClient.vm("web-01", "linux", PowerState.ON);
    final VmContext sql = FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON);
    final VmContext pg = FakeHubClient.vm("pgtest1", "linux", PowerState.ON);
    final MachineGroup databases = group("Databases", sql);

    @BeforeEach
    void inventory() {
        hub.failWith(null);
        hub.vms.clear();
        hub.backups.clear();
        hub.repositories.clear();
        hub.repositories.add(FakeHubClient.repository("repo-Primary", "Primary", 1000, 500));
        hub.withVm(web, FakeHubClient.disk(0, 30)).withVm(sql, FakeHubClient.disk(0, 100)).withVm(pg);
        hub.backups.add(FakeHubClient.completed("backup-web-01-1", "web-01", BackupType.FULL, "repo-Primary",
                Instant.now().minus(Duration.ofMinutes(125)), 1L << 30));
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true),
                groupFlow("DB nightly", databases, "Primary", DAILY_0100, false)), List.of(databases));
        coverage.invalidate();
        history.refresh();
    }

    @Test
    void the_list_shows_last_good_backup_the_protecting_flow_and_the_next_backup() {
        VmListView view = navigate(VmListView.class);
        var grid = test(view.grid);

        // pgtest1, sql-prod-01, web-01
        Component lastGood = grid.getCellComponent(2, "lastGood");
        assertThat(lastGood.getElement().getText()).isEqualTo("2 hours ago");
        assertThat(lastGood.getElement().getAttribute("title")).contains("(Europe/London)");
        assertThat(grid.getCellComponent(0, "lastGood").getElement().getText()).isEqualTo("never");
        var protection = grid.getCellComponent(2, "protectedBy").getElement();
        assertThat(protection.getChild(0).getText()).isEqualTo("Web nightly");
        assertThat(protection.getChild(1).getText()).startsWith("Next backup in ").endsWith("01:00");
        assertThat(protection.getChild(1).getAttribute("title")).endsWith("(Europe/London)");
    }

    @Test
    void a_vm_no_enabled_flow_covers_is_not_scheduled_in_words_with_the_reason() {
        VmListView view = navigate(VmListView.class);
        var grid = test(view.grid);

        Component sqlCell = grid.getCellComponent(1, "protectedBy").getChildren().findFirst().orElseThrow();
        assertThat(sqlCell.getElement().getTextRecursively()).isEqualTo("Not scheduled");
        assertThat(sqlCell.getElement().getAttribute("title"))
                .isEqualTo("No enabled flow backs this VM up: flow DB nightly (through group Databases) is disabled.");
        assertThat(grid.getCellComponent(0, "protectedBy").getElement().getChild(0).getAttribute("title"))
                .isEqualTo("No enabled flow backs this VM up: no flow targets it.");
        assertThat(grid.getCellComponent(1, "protectedBy").getElement().getChildCount()).isEqualTo(1);
    }

    @Test
    void the_details_show_protection_with_a_link_to_the_flow() {
        VmListView view = navigate(VmListView.class);

        test(view.grid).select(2);

        String text = view.details.getElement().getTextRecursively();
        assertThat(text).contains("Last good backup", "2 hours ago", "Protected by", "Next backup", "Longest gap",
                "1 d 0 h");
        assertThat(find(Anchor.class).withText("Web nightly").single().getHref())
                .isEqualTo("protection/flow-Web nightly");
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_sees_the_flow_name_of_a_vm_in_scope_but_no_link_to_the_flow_pages() {
        VmListView view = navigate(VmListView.class);

        test(view.grid).select(1);

        assertThat(view.details.getElement().getTextRecursively()).contains("Web nightly");
        assertThat(find(Anchor.class).withText("Web nightly").all()).isEmpty();
    }

    @Test
    @BadInput("markup in hub strings")
    void flow_and_group_names_with_markup_stay_text() {
        MachineGroup hostile = group(MARKUP_ERROR, sql);
        serve(hub, List.of(vmFlow(MARKUP_ERROR, web, "Primary", DAILY_0100, true),
                groupFlow(LONG, hostile, "Primary", DAILY_0100, false)), List.of(hostile));
        coverage.invalidate();
        VmListView view = navigate(VmListView.class);

        assertShownAsText(test(view.grid).getCellComponent(2, "protectedBy"), MARKUP_ERROR);
        test(view.grid).select(1);
        assertShownAsText(view.details, "flow " + LONG + " (through group " + MARKUP_ERROR + ") is disabled");
    }
}
