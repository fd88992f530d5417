package com.sendense.console.vms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The VM list and its details drawer for a German user: German words, no English left, no missing key. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class VmListGermanTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void inventory_in_german() {
        hub.failWith(null);
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON, new VmGroup("g1", "Web", 1, true)),
                FakeHubClient.disk(0, 30));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.OFF), FakeHubClient.disk(0, 100));
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.SUSPENDED));
        UI.getCurrent().setLocale(Locale.GERMAN);
        // The test UI opened the start page in English before the locale was set: leave the main layout so that
        // the next navigation builds it anew, as a German user's first request does.
        UI.getCurrent().navigate("login");
    }

    @Test
    void the_list_speaks_german_in_its_toolbar_columns_and_cells() {
        VmListView view = navigate(VmListView.class);

        var grid = test(view.grid);
        assertThat(view.summary.getText()).isEqualTo("3 VMs");
        assertThat(grid.getCellComponent(1, "power").getElement().getText()).isEqualTo("Ausgeschaltet");
        assertThat(grid.getCellComponent(0, "power").getElement().getText()).isEqualTo("Angehalten");
        assertThat(view.grid.getColumnByKey("lastGood").getHeaderText()).isEqualTo("Letzte gute Sicherung");
        String page = PageTexts.of(UI.getCurrent());
        assertThat(page).contains("Virtuelle Maschinen", "Name, Betriebssystem, Gruppe suchen…", "Aktualisieren",
                "Datenträgergröße", "Gruppen", "Jetzt sichern");
        assertThat(PageTexts.englishIn(page)).isEmpty();
        assertThat(page).doesNotContainPattern(PageTexts.MISSING_KEY);
        assertThat(view.getPageTitle()).isEqualTo("Virtuelle Maschinen");
    }

    @Test
    void the_details_drawer_and_a_search_without_match_speak_german() {
        VmListView view = navigate(VmListView.class);
        test(view.grid).select(1);

        String drawer = PageTexts.of(view.details);
        assertThat(drawer).contains("sql-prod-01", "Maschine", "Zustand", "Ausgeschaltet", "Gastbetriebssystem",
                "Datenträger", "Schutz", "Letzte gute Sicherung", "Dateien wiederherstellen", "Details schließen");
        assertThat(PageTexts.englishIn(drawer)).isEmpty();

        test(view.search).setValue("nothing-like-this");
        assertThat(view.emptyState.getElement().getTextRecursively())
                .isEqualTo("Keine VM passt zu „nothing-like-this“.");
        assertThat(view.summary.getText()).isEqualTo("0 von 3 VMs");
    }
}
