package com.sendense.console.restore.ui;

import static com.sendense.console.restore.ui.RestoreUiTestSupport.PG_FULL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.GridCells;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The restore wizard and the active mounts with the UI in German: German words, no English, no missing key. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class GermanRestoreViewsTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MountService mounts;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @BeforeEach
    void german_restore_world() {
        RestoreUiTestSupport.world(hub, clock, jdbc);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void every_step_of_the_restore_wizard_speaks_german() {
        RestoreWizardView view = navigate(RestoreWizardView.class);
        assertThat(view.getPageTitle()).isEqualTo("Dateien wiederherstellen");
        VmStep vms = find(VmStep.class).single();
        assertThat(headers(vms.grid)).contains("Betriebssystem", "Rechenzentrum");
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Von welcher VM stammen die Dateien?", "Virtuelle Maschine");
        test(vms.search).setValue("pg");
        test(vms.grid).clickRow(0);

        RecoveryPointStep points = find(RecoveryPointStep.class).single();
        assertThat(test(points.grid).getCellComponent(1, "type").getElement().getText()).isEqualTo("Voll");
        assertThat(points.date.getLabel()).isEqualTo("Erstellt am");
        text += view.getElement().getTextRecursively() + headers(points.grid);
        test(points.grid).clickRow(1);

        DiskStep disks = find(DiskStep.class).single();
        assertThat(disks.disks.getItemLabelGenerator().apply(1)).isEqualTo("Festplatte 1 · 5,0 GB (disk-2001)");
        text += view.getElement().getTextRecursively();
        test(disks.next).click();

        MountStep step = find(MountStep.class).single();
        assertThat(step.slots.getText()).isEqualTo("0 von 8 Wiederherstellungsplätzen auf dem Hub sind belegt.");
        assertThat(step.mount.getText()).isEqualTo("Einhängen und durchsuchen");
        text += view.getElement().getTextRecursively();
        assertThat(PageTexts.untranslatedIn(text)).isEmpty();
    }

    @Test
    void the_active_mounts_page_speaks_german() {
        mounts.mount("pgtest1", PG_FULL, 1);
        hub.addForeignMount("backup-fs01-1", 0);

        ActiveMountsView view = navigate(ActiveMountsView.class);

        assertThat(view.getPageTitle()).isEqualTo("Aktive Einhängungen");
        assertThat(view.slots.getText()).isEqualTo("2 von 8 Wiederherstellungsplätzen belegt");
        assertThat(headers(view.grid)).contains("Wiederherstellungspunkt", "Festplatte", "Restzeit", "Geöffnet von");
        var grid = test(view.grid);
        int foreign = grid.getRow(0).knownToConsole() ? 1 : 0;
        assertThat(GridCells.text(view.grid, grid.getRow(foreign), "by")).isEqualTo("außerhalb dieser Konsole");
        assertThat(GridCells.text(view.grid, grid.getRow(1 - foreign), "point")).endsWith("· Voll");
        String rows = java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getCellComponent(i, "actions").getElement().getTextRecursively())
                .collect(Collectors.joining(" "));
        assertThat(rows).contains("Durchsuchen", "Aushängen");
        assertThat(PageTexts.untranslatedIn(view.getElement().getTextRecursively() + headers(view.grid) + rows))
                .isEmpty();
    }

    private static String headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).collect(Collectors.joining(" | "));
    }
}
