package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.hub.MountId;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Browse and download services against the fake hub: scope, {@code ..}, truncation and the audit log. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
class RestoreServicesTest {

    MountId IN_SCOPE;
    MountId OUT_OF_SCOPE;

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    FileBrowseService browse;
    @Autowired
    DownloadService downloads;
    @Autowired
    AuditRepository auditRepository;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.truncateAfter = -1;
        hub.listedPaths.clear();
        hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice"),
                file("/partition-2/Users/notes.txt", 5000));
        hub.withFolder("/partition-2/Users/alice", dir("/partition-2/Users/alice/Empty"),
                file("/partition-2/Users/alice/a.pdf", 700));
        hub.withFolder("/partition-2/Users/alice/Empty");
        IN_SCOPE = BrowseTestMounts.mount(hub, mounts, "web-01");
        OUT_OF_SCOPE = BrowseTestMounts.mount(hub, mounts, "sql-prod-01");
    }

    List<DownloadRecord> auditRows() {
        return auditRepository.find(AuditFilter.ALL, 0, 1000);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_browses_its_vms_but_is_refused_others_whatever_the_url() {
        assertThat(browse.open(IN_SCOPE, HubPath.of("/partition-2/Users")).size()).isEqualTo(2);

        assertThatThrownBy(() -> browse.open(OUT_OF_SCOPE, HubPath.of("/partition-2/Users")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("sql-prod-01");
        assertThatThrownBy(() -> downloads.download(
                new DownloadRequest(OUT_OF_SCOPE, HubPath.of("/partition-2/Users/notes.txt"), DownloadKind.FILE, null),
                new DownloadProgress(), meta -> new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThat(hub.listedPaths).containsExactly("/partition-2/Users");
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void dot_dot_never_reaches_the_hub() {
        assertThatThrownBy(() -> FileBrowseService.parsePath("/partition-1/../../../../etc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FileBrowseService.parsePath("partition-1\\..\\etc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(hub.listedPaths).isEmpty();
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void an_unknown_or_expired_mount_is_gone_not_an_error() {
        assertThat(browse.mount(new MountId("nope"))).isEmpty();
        assertThatThrownBy(() -> browse.open(new MountId("nope"), HubPath.root()))
                .isInstanceOf(MountGoneException.class);
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void a_complete_download_streams_every_byte_and_is_audited() {
        var out = new ByteArrayOutputStream();
        var progress = new DownloadProgress();
        int before = auditRows().size();

        downloads.download(new DownloadRequest(IN_SCOPE, HubPath.of("/partition-2/Users/notes.txt"), DownloadKind.FILE,
                "INC-4711"), progress, meta -> out);

        assertThat(out.toByteArray()).isEqualTo(hub.content(HubPath.of("/partition-2/Users/notes.txt")));
        assertThat(progress.state()).isEqualTo(DownloadProgress.State.COMPLETE);
        assertThat(progress.bytes()).isEqualTo(5000);
        DownloadRecord row = auditRows().getFirst();
        assertThat(auditRows()).hasSize(before + 1);
        assertThat(row.username()).isEqualTo("operator");
        assertThat(row.vmName()).isEqualTo("web-01");
        assertThat(row.backupId()).startsWith("backup-web-01-");
        assertThat(row.path()).isEqualTo("/partition-2/Users/notes.txt");
        assertThat(row.expectedBytes()).isEqualTo(5000L);
        assertThat(row.bytesDelivered()).isEqualTo(5000);
        assertThat(row.outcome()).isEqualTo(DownloadOutcome.COMPLETE);
        assertThat(row.reason()).isEqualTo("INC-4711");
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void a_truncated_download_is_reported_and_audited_as_truncated() {
        hub.truncateAfter = 1234;
        var progress = new DownloadProgress();

        assertThatThrownBy(() -> downloads.download(
                new DownloadRequest(IN_SCOPE, HubPath.of("/partition-2/Users/notes.txt"), DownloadKind.FILE, null),
                progress, meta -> new ByteArrayOutputStream())).isInstanceOf(HubTruncatedException.class);

        assertThat(progress.state()).isEqualTo(DownloadProgress.State.TRUNCATED);
        DownloadRecord row = auditRows().getFirst();
        assertThat(row.outcome()).isEqualTo(DownloadOutcome.TRUNCATED);
        assertThat(row.bytesDelivered()).isEqualTo(1234);
        assertThat(row.expectedBytes()).isEqualTo(5000L);
        assertThat(row.detail()).contains("1234 of 5000");
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void a_folder_downloads_in_the_chosen_archive_format() {
        downloads.download(
                new DownloadRequest(IN_SCOPE, HubPath.of("/partition-2/Users/alice"), DownloadKind.TAR_GZ, null),
                new DownloadProgress(), meta -> new ByteArrayOutputStream());
        downloads.download(
                new DownloadRequest(IN_SCOPE, HubPath.of("/partition-2/Users/alice"), DownloadKind.ZIP, null),
                new DownloadProgress(), meta -> new ByteArrayOutputStream());

        assertThat(hub.archiveRequests).endsWith("/partition-2/Users/alice|tar.gz", "/partition-2/Users/alice|zip");
        assertThat(auditRows().getFirst().kind()).isEqualTo(DownloadKind.ZIP);
        assertThat(auditRows().get(1).kind()).isEqualTo(DownloadKind.TAR_GZ);
        assertThat(auditRows().getFirst().expectedBytes()).isNull();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_browse_but_cannot_download() {
        assertThat(browse.open(IN_SCOPE, HubPath.of("/partition-2/Users")).size()).isEqualTo(2);
        assertThat(downloads.mayDownload()).isFalse();
        assertThatThrownBy(() -> downloads.download(
                new DownloadRequest(IN_SCOPE, HubPath.of("/partition-2/Users/notes.txt"), DownloadKind.FILE, null),
                new DownloadProgress(), meta -> new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void the_size_estimate_walks_the_tree_and_counts_empty_folders() {
        SizeEstimate estimate = browse.estimate(IN_SCOPE, HubPath.of("/partition-2/Users"));

        assertThat(estimate.complete()).isTrue();
        assertThat(estimate.bytes()).isEqualTo(5700);
        assertThat(estimate.files()).isEqualTo(2);
        assertThat(estimate.emptyFolders()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void the_size_estimate_stops_after_its_listing_budget_and_says_more_than() {
        hub.withFolder("/partition-2/Deep", dir("/partition-2/Deep/d0"));
        for (int i = 0; i < 300; i++) {
            hub.withFolder("/partition-2/Deep/" + "d0/".repeat(i) + "d0",
                    dir("/partition-2/Deep/" + "d0/".repeat(i + 1) + "d0"),
                    file("/partition-2/Deep/" + "d0/".repeat(i + 1) + "big.bin", 10_000_000L));
        }

        SizeEstimate estimate = browse.estimate(IN_SCOPE, HubPath.of("/partition-2/Deep"));

        assertThat(estimate.complete()).isFalse();
        assertThat(hub.listedPaths).hasSize(200);
        assertThat(estimate.bytes()).isEqualTo(199 * 10_000_000L);
    }
}
