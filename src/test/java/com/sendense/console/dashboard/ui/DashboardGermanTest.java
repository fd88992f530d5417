package com.sendense.console.dashboard.ui;

import static com.sendense.console.dashboard.TestBackups.completed;
import static com.sendense.console.dashboard.TestBackups.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard and the RPO targets page for a German user: German words, no English left, no missing key. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class DashboardGermanTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    private final Instant now = Instant.now();

    @BeforeEach
    void world_in_german() {
        hub.failWith(null);
        hub.vms.clear();
        hub.resetBackups();
        hub.repositories.clear();
        VmGroup web = new VmGroup("g1", "Web", 50, true);
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON, web));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON));
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON));
        hub.withVm(FakeHubClient.vm("nas-disk01", "linux", PowerState.ON));
        hub.backups.add(completed("web-01", now.minus(Duration.ofHours(2)), 5L << 30));
        hub.backups.add(completed("sql-prod-01", now.minus(Duration.ofHours(30)), 40L << 30));
        hub.backups.add(failed("sql-prod-01", now.minus(Duration.ofHours(5)), "SNA backup failed: VixDiskLib_Open"));
        hub.repositories.add(new Repository("repo-local-1", "Primary", RepositoryType.LOCAL, true, false, 0,
                new StorageInfo(10L << 40, 4L << 40, 6L << 40, 40.0, 12, now), now.minus(Duration.ofDays(60)), now,
                Map.of()));
        UI.getCurrent().setLocale(Locale.GERMAN);
        // The test UI opened the start page in English before the locale was set; a page outside the main layout
        // lets the next navigation build the layout and the view anew, as a German user's first request does.
        UI.getCurrent().navigate("login");
    }

    @Test
    void the_dashboard_speaks_german_in_cards_tables_charts_and_notes() {
        DashboardView view = navigate(DashboardView.class);

        String page = PageTexts.of(UI.getCurrent());
        assertThat(page).contains("Übersicht", "Im RPO (inkl. gefährdet)", "Schutzstatus", "Letzte gute Sicherung",
                "Überfällig", "Ungeschützte VMs", "nie erfolgreich gesichert", "Fehlgeschlagene Sicherungen",
                "Sicherungsergebnisse pro Tag", "Speicher", "Aktualisieren", "Drucken", "Von", "Bis",
                "Laufende Sicherungen", "Virtuelle Maschinen");
        assertThat(view.cards.getElement().getTextRecursively()).contains("1 nicht gezählt");
        assertThat(view.notes.getElement().getTextRecursively()).contains("„-disk“").contains("nas-disk01");
        assertThat(view.daily.chart.svg()).contains("Sicherungen pro Tag vom").contains("fehlgeschlagen");
        assertThat(view.posture.table.getElement().getTextRecursively()).contains("Letzte 30 Tage")
                .contains("vor 5 Std.: SNA backup failed");
        assertThat(page).contains("letzte 30 Tage: 0 mit guter Sicherung");
        assertThat(PageTexts.englishIn(page)).isEmpty();
        assertThat(page).doesNotContainPattern(PageTexts.MISSING_KEY);
        assertThat(getCurrentView()).isInstanceOfSatisfying(DashboardView.class,
                v -> assertThat(v.getPageTitle()).isEqualTo("Übersicht"));
    }

    @Test
    void the_csv_links_download_german_files() {
        DashboardView view = navigate(DashboardView.class);

        assertThat(view.export.vms.getText()).isEqualTo("VMs");
        assertThat(view.export.storageSamples.getText()).isEqualTo("Speicherverlauf");
        assertThat(view.export.failures.getElement().getAttribute("aria-label"))
                .isEqualTo("Fehlschläge als CSV herunterladen");
    }

    @Test
    void the_rpo_targets_page_speaks_german() {
        RpoTargetsView view = navigate(RpoTargetsView.class);

        String page = PageTexts.of(UI.getCurrent());
        assertThat(page).contains("RPO-Ziele", "Standardziel", "Standard speichern", "Ausnahme festlegen", "Gilt für",
                "Gruppe oder VM", "Ausnahmen", "Zuletzt geändert");
        assertThat(view.scope.getItemLabelGenerator().apply(com.sendense.console.dashboard.RpoScope.GROUP))
                .isEqualTo("Gruppe");
        assertThat(PageTexts.englishIn(page)).isEmpty();
        assertThat(page).doesNotContainPattern(PageTexts.MISSING_KEY);
    }
}
