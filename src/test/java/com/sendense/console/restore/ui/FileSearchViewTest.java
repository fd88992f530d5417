package com.sendense.console.restore.ui;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.restore.BrowseTestMounts;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.SearchEnd;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
class FileSearchViewTest extends SpringBrowserlessTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> \"quoted\" 'single' " + "x".repeat(60)
            + " \uD83D\uDCC4\uD83D\uDD25 Q3.xlsx";

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    String mount;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.withFolder("/", new FileEntry("Partition 2 (101.4 GB)", HubPath.of("/partition-2"), EntryType.DIRECTORY,
                108_876_496_896L, "0755", null, false, null));
        hub.withFolder("/partition-2", dir("/partition-2/Users"), dir("/partition-2/Shares"));
        hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice"));
        hub.withFolder("/partition-2/Users/alice", file("/partition-2/Users/alice/Q3-Forecast.xlsx", 52_000),
                file("/partition-2/Users/alice/notes.txt", 10));
        hub.withFolder("/partition-2/Shares", file("/partition-2/Shares/" + HOSTILE, 7),
                dir("/partition-2/Shares/Broken"));
        mount = BrowseTestMounts.mount(hub, mounts, "web-01").value();
    }

    FileBrowserView open(String path) {
        UI.getCurrent().navigate("restore/" + mount + "/files" + path);
        return (FileBrowserView) getCurrentView();
    }

    SearchEnd search(FileBrowserView view, String pattern) throws Exception {
        test(view.search.form.pattern).setValue(pattern);
        test(view.search.form.search).click();
        assertThat(view.search.lastStarted).isNotNull();
        SearchEnd end = view.search.lastStarted.end().get(10, TimeUnit.SECONDS);
        MockVaadin.runUIQueue(true);
        return end;
    }

    @Test
    void matches_stream_into_the_results_with_progress_and_the_file_grid_makes_way() throws Exception {
        FileBrowserView view = open("/partition-2/Users");

        search(view, "forecast");

        assertThat(view.search.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(test(view.search.grid).size()).isEqualTo(1);
        assertThat(test(view.search.grid).getCellText(0, 0)).isEqualTo("Q3-Forecast.xlsx");
        assertThat(test(view.search.grid).getCellText(0, 1)).isEqualTo("/partition-2/Users/alice");
        assertThat(view.search.progress.getText()).startsWith("Done: ").contains("matches");
        assertThat(view.search.cancel.isVisible()).isFalse();
    }

    @Test
    void open_folder_takes_the_browser_to_the_matchs_folder_and_results_stay_one_click_away() throws Exception {
        FileBrowserView view = open("/partition-2/Users");
        search(view, "forecast");

        Component actions = test(view.search.grid).getCellComponent(0, "actions");
        test(((Div) actions).getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Open folder"))
                .findFirst()
                .orElseThrow()).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("restore/" + mount + "/files/partition-2/Users/alice");
        assertThat(view.search.isVisible()).isFalse();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.search.form.showResults.isVisible()).isTrue();
        assertThat(view.search.form.showResults.getText()).isEqualTo("Results (1)");
    }

    @Test
    void add_to_basket_puts_the_match_in_the_existing_basket() throws Exception {
        FileBrowserView view = open("/partition-2/Users");
        search(view, "forecast");

        Div actions = (Div) test(view.search.grid).getCellComponent(0, "actions");
        test(actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Add to basket"))
                .findFirst()
                .orElseThrow()).click();

        assertThat(view.basket.contains(HubPath.of("/partition-2/Users/alice/Q3-Forecast.xlsx"))).isTrue();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_may_search_but_are_offered_no_basket() throws Exception {
        FileBrowserView view = open("/partition-2/Users");
        search(view, "forecast");

        Div actions = (Div) test(view.search.grid).getCellComponent(0, "actions");
        assertThat(actions.getChildren().map(c -> ((Button) c).getText())).containsExactly("Open folder");
    }

    @Test
    void the_filters_popover_narrows_by_days_in_the_hubs_zone_with_the_last_day_included() throws Exception {
        FileBrowserView view = open("/partition-2/Users");
        // the fake's files were modified on 2 October 2025, 10:00 UTC
        view.search.form.scope.setValue(SearchForm.BELOW);
        view.search.form.from.setValue(java.time.LocalDate.of(2025, 10, 1));
        view.search.form.to.setValue(java.time.LocalDate.of(2025, 10, 2));
        view.search.form.types.setValue(java.util.Set.of(com.sendense.console.restore.TypeGroup.SPREADSHEETS));
        search(view, "q3");
        assertThat(test(view.search.grid).size()).isEqualTo(1);
        view.search.form.refreshFilterLabel();
        assertThat(view.search.form.filters.getText()).isEqualTo("Filters (2)");

        view.search.form.from.setValue(java.time.LocalDate.of(2025, 10, 3));
        view.search.form.to.clear();
        search(view, "q3");
        assertThat(test(view.search.grid).size()).isZero();
        assertThat(view.search.grid.getEmptyStateText()).isEqualTo("No file or folder matches.");
    }

    @Test
    @BadInput("markup in hub strings")
    void hostile_file_names_are_found_and_shown_as_plain_text() throws Exception {
        FileBrowserView view = open("/partition-2/Shares");

        search(view, "q3.xlsx");

        assertThat(test(view.search.grid).size()).isEqualTo(1);
        assertThat(test(view.search.grid).getCellText(0, 0)).isEqualTo(HOSTILE);
        // a text column: the browser gets the name as text, never parsed as HTML
        assertThat(view.search.grid.getColumnByKey("name").getRenderer())
                .isNotInstanceOf(com.vaadin.flow.data.renderer.LitRenderer.class);
    }

    @Test
    @HubFault("folder listing fails")
    void a_folder_the_hub_cannot_list_is_named_with_the_hubs_words() throws Exception {
        FileBrowserView view = open("/partition-2");

        search(view, "forecast");

        assertThat(view.search.skippedDetails.isVisible()).isTrue();
        assertThat(view.search.skippedDetails.getSummaryText())
                .isEqualTo("1 folder skipped: the hub could not list it");
        assertThat(view.search.skipped.getFirst().path().value()).isEqualTo("/partition-2/Shares/Broken");
        assertThat(view.search.skipped.getFirst().reason()).contains("path does not exist");
        assertThat(test(view.search.grid).size()).isEqualTo(1);
    }

    @Test
    @BadInput("oversized search pattern")
    void an_invalid_search_says_why_and_starts_nothing() {
        FileBrowserView view = open("/partition-2");
        test(view.search.form.pattern).setValue("   ");
        test(view.search.form.search).click();

        assertThat(view.search.lastStarted).isNull();
        assertThat(view.search.stopped.getText()).isEqualTo("Type part of a file name to search for.");
    }

    @Test
    void leaving_the_view_cancels_the_search() throws Exception {
        FileBrowserView view = open("/partition-2/Users");
        test(view.search.form.pattern).setValue("forecast");
        test(view.search.form.search).click();
        assertThat(view.search.running()).isTrue();

        UI.getCurrent().navigate("restore/mounts");

        // the end is still queued for the UI: only the detach can have stopped it
        assertThat(view.search.running()).isFalse();
        view.search.lastStarted.end().get(10, TimeUnit.SECONDS);
    }
}
