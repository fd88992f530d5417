package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.DownloadSink;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The audit fails closed: a row before the first byte, refused attempts recorded, the reason bounded on the server. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
class DownloadAuditTest {

    static final HubPath NOTES = HubPath.of("/partition-2/Users/notes.txt");

    MountId inScope;
    MountId outOfScope;
    final AtomicBoolean opened = new AtomicBoolean();
    final DownloadSink sink = meta -> {
        opened.set(true);
        return new ByteArrayOutputStream();
    };

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    DownloadService downloads;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditRepository repository;

    int maxMounts;

    @BeforeEach
    void world() {
        maxMounts = hub.maxMounts;
        hub.failWith(null);
        hub.truncateAfter = -1;
        hub.withFolder("/partition-2/Users", file("/partition-2/Users/notes.txt", 5000));
        inScope = BrowseTestMounts.mount(hub, mounts, "web-01");
        outOfScope = BrowseTestMounts.mount(hub, mounts, "sql-prod-01");
    }

    // BrowseTestMounts raises the fake's mount limit; other classes sharing this context check it.
    @AfterEach
    void restore_the_mount_limit() {
        hub.maxMounts = maxMounts;
    }

    DownloadRecord newest() {
        return repository.find(AuditFilter.ALL, 0, 10_000)
                .stream()
                .max(java.util.Comparator.comparingLong(DownloadRecord::id))
                .orElseThrow();
    }

    DownloadRecord newestRefused(String user) {
        // By id: other test classes sharing the context may have moved the clock.
        return repository.find(new AuditFilter(user, null, DownloadOutcome.REFUSED, null, null), 0, 1000)
                .stream()
                .max(java.util.Comparator.comparingLong(DownloadRecord::id))
                .orElseThrow();
    }

    int rows() {
        return repository.count(AuditFilter.ALL);
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void the_row_is_written_as_started_before_the_first_byte_and_completed_at_the_end() {
        List<DownloadRecord> seenAtOpen = new ArrayList<>();
        List<Boolean> runningAtOpen = new ArrayList<>();
        downloads.download(new DownloadRequest(inScope, NOTES, DownloadKind.FILE, "INC-1"), new DownloadProgress(),
                meta -> {
                    seenAtOpen.add(newest());
                    runningAtOpen.add(audit.isRunning(newest()));
                    return new ByteArrayOutputStream();
                });

        assertThat(seenAtOpen.getFirst().outcome()).isEqualTo(DownloadOutcome.STARTED);
        assertThat(seenAtOpen.getFirst().finishedAt()).isNull();
        assertThat(seenAtOpen.getFirst().reason()).isEqualTo("INC-1");
        assertThat(runningAtOpen).containsExactly(true);
        DownloadRecord row = newest();
        assertThat(row.id()).isEqualTo(seenAtOpen.getFirst().id());
        assertThat(row.outcome()).isEqualTo(DownloadOutcome.COMPLETE);
        assertThat(row.finishedAt()).isNotNull();
        assertThat(row.bytesDelivered()).isEqualTo(5000);
        assertThat(audit.isRunning(row)).isFalse();
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void when_the_audit_row_cannot_be_written_the_download_is_refused_and_nothing_is_sent() {
        int before = rows();
        // A path longer than the audit column: the insert fails, as it would with the database down.
        HubPath tooLong = HubPath.of("/partition-2/audit-fails/" + "x".repeat(5000));
        hub.withFolder("/partition-2/audit-fails", file(tooLong.value(), 10)); // a real file: no link on the way

        assertThatThrownBy(() -> downloads.download(new DownloadRequest(inScope, tooLong, DownloadKind.FILE, null),
                new DownloadProgress(), sink)).isInstanceOf(AuditUnavailableException.class)
                .hasMessageContaining("audit log cannot be written")
                .hasMessageContaining("Nothing was sent");
        assertThat(opened).isFalse();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    @BadInput("oversized reason")
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void a_reason_longer_than_the_audit_keeps_is_refused_on_the_server_before_any_byte() {
        int before = rows();

        assertThatThrownBy(() -> downloads.download(
                new DownloadRequest(inScope, NOTES, DownloadKind.FILE, "x".repeat(501)), new DownloadProgress(), sink))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("501 characters")
                .hasMessageContaining("500");
        assertThat(opened).isFalse();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    @BadInput("control characters in reason")
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void control_and_bidi_characters_are_cleaned_from_the_reason_before_it_is_stored() {
        downloads.download(
                new DownloadRequest(inScope, NOTES, DownloadKind.FILE, " INC-7\u0000\u001b[31m\u202Egpj.exe\r\nok\t "),
                new DownloadProgress(), sink);

        assertThat(newest().reason()).isEqualTo("INC-7[31mgpj.exe  ok");
    }

    @Test
    @BadInput("forged request across roles")
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void a_download_outside_the_scope_is_refused_and_recorded_with_its_reason() {
        assertThatThrownBy(() -> downloads.download(new DownloadRequest(outOfScope, NOTES, DownloadKind.ZIP, "curious"),
                new DownloadProgress(), sink)).isInstanceOf(AccessDeniedException.class);

        assertThat(opened).isFalse();
        DownloadRecord row = newestRefused("helpdesk");
        assertThat(row.username()).isEqualTo("helpdesk");
        assertThat(row.vmName()).isEqualTo("sql-prod-01");
        assertThat(row.kind()).isEqualTo(DownloadKind.ZIP);
        assertThat(row.reason()).isEqualTo("curious");
        assertThat(row.detail()).contains("not in your scope");
        assertThat(row.bytesDelivered()).isZero();
    }

    @Test
    @BadInput("forged request across roles")
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void a_manager_forging_a_download_is_refused_and_recorded() {
        assertThatThrownBy(
                () -> downloads.download(new DownloadRequest(inScope, NOTES, DownloadKind.FILE, "x".repeat(900)),
                        new DownloadProgress(), sink))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(opened).isFalse();
        DownloadRecord row = newestRefused("manager");
        assertThat(row.username()).isEqualTo("manager");
        assertThat(row.detail()).isEqualTo("Managers cannot download files");
        // The refusal is kept even with an oversized reason: cut to the column, not lost.
        assertThat(row.reason()).hasSize(AuditReason.MAX_LENGTH);
    }

    @Test
    void a_row_left_started_by_a_console_that_stopped_is_not_running() {
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        long id = repository.insert(new DownloadRecord(0, "operator", t, null, "web-01", "b1", 0, "m1",
                "/partition-1/a", DownloadKind.FILE, null, 0, DownloadOutcome.STARTED, null, null));

        DownloadRecord row = repository.find(new AuditFilter(null, null, DownloadOutcome.STARTED, null, null), 0, 100)
                .stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();

        assertThat(row.finishedAt()).isNull();
        assertThat(audit.isRunning(row)).isFalse();
    }
}
