package com.sendense.console.restore.ui;

import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.AuditLog;
import com.sendense.console.restore.BrowseMount;
import com.sendense.console.restore.BrowseTestMounts;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadOutcome;
import com.sendense.console.restore.DownloadProgress;
import com.sendense.console.restore.DownloadRequest;
import com.sendense.console.restore.DownloadService;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Locale;
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
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    DownloadService downloads;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void two_downloads() {
        hub.failWith(null);
        MountId id = BrowseTestMounts.mount(hub, mounts, "fileserver-01");
        hub.withFolder("/partition-1/Finance", file("/partition-1/Finance/Budget, final.xlsx", 4000));
        var request = new DownloadRequest(id, HubPath.of("/partition-1/Finance/Budget, final.xlsx"), DownloadKind.FILE,
                "=HYPERLINK(1)");
        hub.truncateAfter = -1;
        downloads.download(request, new DownloadProgress(), meta -> new ByteArrayOutputStream());
        hub.truncateAfter = 10;
        assertThatThrownBy(
                () -> downloads.download(request, new DownloadProgress(), meta -> new ByteArrayOutputStream()));
        hub.truncateAfter = -1;
    }

    @Test
    void lists_downloads_newest_first_and_filters_by_outcome_and_vm() {
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(test(view.grid).getRow(0).outcome()).isEqualTo(DownloadOutcome.TRUNCATED);
        test(view.outcome).selectItem("Truncated");
        test(view.vm).setValue("fileserver");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).bytesDelivered()).isEqualTo(10);
        assertThat(view.count.getText()).isEqualTo("1 download");
    }

    @Test
    @com.sendense.reliability.BadInput("csv formula")
    void csv_export_quotes_commas_and_defuses_formulas() {
        AuditLogView view = navigate(AuditLogView.class);
        test(view.outcome).selectItem("Complete");
        var csv = new StringWriter();

        audit.exportCsv(view.filter(), csv);

        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).startsWith("started_at,finished_at,user,vm,recovery_point");
        assertThat(lines[1])
                .contains(",0,\"/partition-1/Finance/Budget, final.xlsx\",FILE,4000,4000,COMPLETE,'=HYPERLINK(1),");
        assertThat(lines[1]).contains(",admin,fileserver-01,backup-fileserver-01-");
    }

    @Test
    void a_row_left_started_reads_as_not_finished_unless_this_console_is_running_it() {
        var row = new com.sendense.console.restore.DownloadRecord(1, "operator", Instant.parse("2026-11-01T10:00:00Z"),
                null, "web-01", "b1", 0, "m1", "/partition-1/a", DownloadKind.FILE, null, 0, DownloadOutcome.STARTED,
                null, null);

        assertThat(AuditLogView.label(row, false, Locale.ENGLISH)).isEqualTo("Did not finish: console stopped");
        assertThat(AuditLogView.label(row, true, Locale.ENGLISH)).isEqualTo("In progress");
        assertThat(AuditLogView.label(DownloadOutcome.REFUSED, Locale.ENGLISH)).isEqualTo("Refused");
    }
}
