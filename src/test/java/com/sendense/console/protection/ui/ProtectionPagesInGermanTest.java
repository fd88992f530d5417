package com.sendense.console.protection.ui;

import static com.sendense.console.testsupport.GridCells.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.users.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The protection list and a flow's page for a user whose language is German: German words, no missing key. */
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class ProtectionPagesInGermanTest extends ProtectionViewsTestBase {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void the_protection_list_speaks_german() {
        ProtectionView view = navigate(ProtectionView.class);

        assertThat(view.getPageTitle()).isEqualTo("Schutz");
        assertThat(view.summary.getText()).isEqualTo("3 Flows");
        assertThat(view.newFlow.getText()).isEqualTo("Neuer Flow");
        assertThat(headers(view.grid)).contains("Ziel", "Zeitplan", "Letzter Lauf", "Nächster Lauf");
        assertThat(cell(view, 0, "schedule")).isEqualTo("täglich um 01:00");
        assertThat(cell(view, 1, "schedule")).isEqualTo("alle 4 Stunden, 15 Min. nach der vollen Stunde");
        assertThat(cell(view, 2, "schedule")).startsWith("Zeitplan kann nicht laufen: Der Zeitplan hat 5 Felder");
        assertThat(cell(view, 0, "target")).contains("Gruppe:").contains("Web servers");
        assertThat(cell(view, 0, "last")).contains("Teilweise fehlgeschlagen")
                .contains("vor 1")
                .contains("2 Backups gestartet, 1 fehlgeschlagen, 1 übersprungen");
        assertThat(cell(view, 1, "last")).isEqualTo("nie gelaufen");
        assertThat(cell(view, 2, "enabled")).isEqualTo("Deaktiviert");
        assertThat(text(view.grid, nightly, "next")).startsWith("in ").doesNotContain("due");
        assertThat(view.bulk.selected.getText()).startsWith("Wählen Sie Flows aus");
        assertNoMissingKey(view.getElement().getTextRecursively(), String.join(" ", headers(view.grid)));
    }

    @Test
    void a_flows_page_speaks_german_down_to_each_vms_outcome() {
        FlowView view = navigate(FlowView.class, Map.of(ProtectionNavigation.FLOW_ID, "flow-nightly"));

        assertThat(view.getPageTitle()).isEqualTo("Flow Nightly web");
        String definition = view.definition.getElement().getTextRecursively();
        assertThat(definition).contains("Sichert", "Gruppe:", "VMs jetzt", "3 VMs", "Zeitplan", "täglich um 01:00",
                "Nächster Lauf", "Hub-Zeit", "Erfolg (30 Tage)", "75 %");
        assertThat(view.toggle.getText()).isEqualTo("Deaktivieren");
        assertThat(view.runNow.getText()).isEqualTo("Jetzt ausführen");
        assertThat(headers(view.runs)).contains("Auslöser", "Geplant für", "Status", "Meldung");
        assertThat(test(view.runs).getCellText(0, col(view.runs, "trigger"))).isEqualTo("Zeitplan");
        var vms = view.runs.vms(nightlyRuns.getFirst());
        UI.getCurrent().add(vms);
        assertThat(headers(vms)).contains("VM", "Art", "Ergebnis");
        assertThat(test(vms).getCellComponent(1, "outcome").getElement().getTextRecursively())
                .isEqualTo("Fehlgeschlagen");
        assertThat(test(vms).getCellComponent(2, "outcome").getElement().getTextRecursively())
                .isEqualTo("Übersprungen: wird bereits gesichert");
        assertThat(test(vms).getCellText(0, col(vms, "type"))).isEqualTo("Inkrementell");
        assertThat(view.hubRuns.getEmptyStateText()).startsWith("Der Hub hat keine Ausführungsaufzeichnungen");
        assertNoMissingKey(view.getElement().getTextRecursively(), String.join(" ", headers(view.runs)),
                String.join(" ", headers(vms)), String.join(" ", headers(view.hubRuns)));
    }

    @Test
    void the_flow_dialog_and_its_schedule_editor_speak_german() {
        ProtectionView view = navigate(ProtectionView.class);
        test(view.newFlow).click();
        FlowDialog dialog = find(FlowDialog.class).single();

        assertThat(dialog.getHeaderTitle()).isEqualTo("Neuer Schutz-Flow");
        assertThat(dialog.save.getText()).isEqualTo("Flow anlegen");
        assertThat(dialog.schedule.kind.getItemLabelGenerator().apply(ScheduleEditor.Kind.WEEKDAYS))
                .isEqualTo("Montag bis Freitag um");
        assertThat(dialog.schedule.words.getText()).isEqualTo("Läuft täglich um 01:00.");
        assertThat(dialog.schedule.zoneNote.getText()).startsWith("Die nächsten 5 Läufe");
        dialog.schedule.kind.setValue(ScheduleEditor.Kind.CRON);
        dialog.schedule.cron.setValue("0 1 * * *");
        assertThat(dialog.schedule.words.getText()).startsWith("Der Zeitplan hat 5 Felder");
        assertNoMissingKey(dialog.getElement().getTextRecursively(), dialog.schedule.words.getText());
    }

    private String cell(ProtectionView view, int row, String key) {
        return test(view.grid).getCellComponent(row, key).getElement().getTextRecursively();
    }

    private static int col(Grid<?> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }

    private static List<String> headers(Grid<?> grid) {
        List<String> headers = new ArrayList<>();
        grid.getColumns().forEach(c -> headers.add(c.getHeaderText() == null ? "" : c.getHeaderText()));
        return headers;
    }

    static void assertNoMissingKey(String... texts) {
        for (String t : texts) {
            assertThat(t).doesNotContainPattern("!protection\\.[^!]*!").doesNotContain("!protection.");
        }
    }
}
