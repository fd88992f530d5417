package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.component.Announcer;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadProgress.State;
import com.sendense.console.restore.DownloadProgressFixture;
import com.sendense.console.restore.DownloadRequest;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A queue row as a screen reader meets it: a bar that names its file, and each download's end said once. */
@SpringBootTest
@ActiveProfiles("test")
class QueueRowTest extends SpringBrowserlessTest {

    private final Announcer announcer = new Announcer();

    @BeforeEach
    void a_page_with_its_live_region() {
        UI ui = UI.getCurrent();
        ui.add(announcer);
        announcer.install(ui);
    }

    private QueueRow row(String name) {
        var request = new DownloadRequest(new MountId("m-1"), HubPath.of("/partition-1/Users/" + name),
                DownloadKind.FILE, null);
        var item = new QueueItem(request, name, 1000L, false);
        item.requested = true;
        var row = new QueueRow(item, new Anchor(), () -> {}, () -> {});
        UI.getCurrent().add(row);
        return row;
    }

    @Test
    @BadInput("markup in hub strings")
    void the_progress_bar_is_named_after_its_file() {
        QueueRow row = row(HostileNames.MARKUP);

        assertThat(row.bar.getElement().getAttribute("aria-label")).isEqualTo("Progress of " + HostileNames.MARKUP);
    }

    @Test
    void a_finished_download_is_announced_once() {
        QueueRow row = row("Budget 2026.xlsx");
        DownloadProgressFixture.run(row.item.progress, 1000, 400);
        row.render(Locale.ENGLISH);
        assertThat(announcer.getText()).isEmpty();

        DownloadProgressFixture.run(row.item.progress, 1000, 1000);
        DownloadProgressFixture.end(row.item.progress, State.COMPLETE, null);
        row.render(Locale.ENGLISH);
        assertThat(announcer.getText()).isEqualTo("Budget 2026.xlsx downloaded.");

        announcer.setText("");
        row.render(Locale.ENGLISH);
        assertThat(announcer.getText()).as("said once, not on every tick").isEmpty();
    }

    @Test
    void a_failed_download_is_announced_with_what_happened_and_a_retry_that_fails_again_too() {
        QueueRow row = row("Budget 2026.xlsx");
        DownloadProgressFixture.run(row.item.progress, 1000, 0);
        DownloadProgressFixture.end(row.item.progress, State.FAILED, "the hub is not reachable");
        row.render(Locale.ENGLISH);
        assertThat(announcer.getText()).isEqualTo("Budget 2026.xlsx: Failed: the hub is not reachable");

        announcer.setText("");
        row.item.restart();
        row.render(Locale.ENGLISH);
        row.item.requested = true;
        DownloadProgressFixture.run(row.item.progress, 1000, 0);
        row.item.retrying = false;
        DownloadProgressFixture.end(row.item.progress, State.FAILED, "the hub timed out");
        row.render(Locale.ENGLISH);
        assertThat(announcer.getText()).isEqualTo("Budget 2026.xlsx: Failed: the hub timed out");
    }

    @Test
    void the_announcement_speaks_the_users_language() {
        QueueRow row = row("Budget 2026.xlsx");
        UI.getCurrent().setLocale(Locale.GERMAN);
        DownloadProgressFixture.run(row.item.progress, 1000, 1000);
        DownloadProgressFixture.end(row.item.progress, State.COMPLETE, null);
        row.render(Locale.GERMAN);

        assertThat(announcer.getText()).isEqualTo("Budget 2026.xlsx heruntergeladen.");
    }
}
