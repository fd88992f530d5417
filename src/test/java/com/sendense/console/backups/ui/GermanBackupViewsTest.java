package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The backup pages with the UI in German: German words, no English bundle text and no missing key. */
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class GermanBackupViewsTest extends BackupViewsTestBase {

    @Autowired
    BackupActions actions;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        TestLive.pollOnce(context);
    }

    @Test
    void the_running_backups_page_speaks_german() {
        RunningBackupsView view = navigate(RunningBackupsView.class);
        TestLive.pollWithHealthCheck(context);
        com.vaadin.browserless.internal.MockVaadin.runUIQueue(true);
        roundTrip();

        assertThat(view.getPageTitle()).isEqualTo("Laufende Sicherungen");
        assertThat(headers(view.running)).contains("Fortschritt", "Übertragen", "Restzeit", "Gestartet");
        assertThat(headers(view.finished)).contains("Ergebnis");
        assertThat(view.summary.getText()).isEqualTo("1 laufend, 1 hängend");
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Der Hub kann eine laufende Sicherung nicht abbrechen");
        assertThat(PageTexts.untranslatedIn(text + headers(view.running) + view.summary.getText())).isEmpty();
    }

    @Test
    void the_backup_wizard_speaks_german_in_both_steps() {
        actions.openWizard("web-01");
        BackupWizardDialog wizard = find(BackupWizardDialog.class).all().getLast();

        assertThat(wizard.getHeaderTitle()).isEqualTo("web-01 sichern");
        assertThat(wizard.stepTitle.getText()).isEqualTo("Schritt 1 von 2: Repository und Art");
        assertThat(wizard.target.type.getLabel()).isEqualTo("Sicherungsart");
        assertThat(wizard.next.getText()).isEqualTo("Weiter");
        String step1 = wizard.getElement().getTextRecursively() + wizard.target.storage.getText()
                + wizard.target.typeNote.getText();
        test(wizard.next).click();

        assertThat(wizard.stepTitle.getText()).isEqualTo("Schritt 2 von 2: prüfen und starten");
        String step2 = wizard.review.getElement().getTextRecursively();
        assertThat(step2).contains("Festplatte 0", "Gesamtgröße", "Freier Platz",
                "Einmal gestartet, kann die Sicherung nicht abgebrochen werden");
        assertThat(wizard.start.getText()).isEqualTo("Sicherung starten");
        assertThat(PageTexts.untranslatedIn(step1 + step2 + wizard.start.getText())).isEmpty();
    }

    @Test
    void the_history_speaks_german_with_german_badges_and_filters() {
        BackupHistoryView view = navigate(BackupHistoryView.class);

        assertThat(view.getPageTitle()).isEqualTo("Sicherungsverlauf");
        assertThat(view.summary.getText()).isEqualTo("6 Sicherungen");
        assertThat(headers(view.grid)).contains("Datum", "Art", "Größe", "Dauer", "Status", "Repository");
        assertThat(view.filters.group.getLabel()).isEqualTo("Gruppe");
        assertThat(view.filters.status.getItemLabelGenerator().apply(com.sendense.console.hub.BackupStatus.FAILED))
                .isEqualTo("Fehlgeschlagen");
        var grid = test(view.grid);
        String rows = java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getCellComponent(i, "status").getElement().getTextRecursively() + " "
                        + grid.getCellComponent(i, "type").getElement().getTextRecursively())
                .collect(Collectors.joining(" "));
        assertThat(rows).contains("Abgeschlossen", "Fehlgeschlagen", "Voll", "Inkrementell");
        assertThat(PageTexts.untranslatedIn(view.getElement().getTextRecursively() + rows)).isEmpty();
    }

    @Test
    void the_csv_export_has_german_headers_in_german() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        service.exportCsv(com.sendense.console.backups.HistoryFilter.ALL,
                com.sendense.console.backups.HistoryOrder.NEWEST_FIRST, Locale.GERMAN, out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("sicherung_id,vm_name,art,");
    }

    private static String headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).collect(Collectors.joining(" | "));
    }
}
