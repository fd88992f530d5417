package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.CleanupStatus;
import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowType;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.MountStatus;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RestoreResources;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restore and protection-flow endpoints: the real fixture's bytes in, the parsed values and the request out. */
class WebClientHubClientRestoreTest extends HubClientTestSupport {

    static final String CTX = WebClientHubClientTest.CTX;
    static final String MOUNT = WebClientHubClientTest.MOUNT;

    @Test
    void mount_posts_backup_and_disk_and_reads_nanosecond_times() {
        serve(post("/api/v1/restore/mount"), 200, "mount.json");

        Mount mount = client().mount(new BackupId("backup-pgtest1-1759947871"), 0);

        assertThat(mount).isEqualTo(expectedMount("backup-pgtest1-1759947871",
                Instant.parse("2025-10-09T08:12:44.917340571Z"), Instant.parse("2025-10-09T09:12:44.917340571Z")));
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/restore/mount"))
                .withRequestBody(equalToJson("{\"backup_id\":\"backup-pgtest1-1759947871\",\"disk_index\":0}")));
    }

    @Test
    void mounting_again_returns_the_same_mount_and_expiry() {
        serve(post("/api/v1/restore/mount"), 200, "mount-reused.json");

        Mount mount = client().mount(new BackupId("backup-pgtest1-1759947871"), 0);

        assertThat(mount).isEqualTo(expectedMount("backup-pgtest1-1759947871", Instant.parse("2025-10-09T08:12:44Z"),
                Instant.parse("2025-10-09T09:12:44Z")));
    }

    @Test
    void mounts_keep_the_hubs_placeholder_backup_id() {
        serve(get("/api/v1/restore/mounts"), 200, "mounts.json");

        assertThat(client().mounts()).containsExactly(
                expectedMount("", Instant.parse("2025-10-09T08:12:44Z"), Instant.parse("2025-10-09T09:12:44Z")));
    }

    @Test
    void no_mounts_is_an_empty_list() {
        serve(get("/api/v1/restore/mounts"), 200, "mounts-empty.json");

        assertThat(client().mounts()).isEmpty();
    }

    private static Mount expectedMount(String backupId, Instant created, Instant expires) {
        return new Mount(new MountId(MOUNT), backupId, 44, 0, "/mnt/sendense/restore/" + MOUNT, "/dev/nbd0", "ntfs",
                MountStatus.MOUNTED, created, expires);
    }

    @Test
    void unmount_sends_a_delete() {
        serve(delete("/api/v1/restore/" + MOUNT), 200, "unmount.json");

        client().unmount(new MountId(MOUNT));

        hub.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/restore/" + MOUNT)));
    }

    @Test
    void the_root_lists_virtual_partition_folders() {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")), 200, "files-root.json");

        FileListing listing = client().files(new MountId(MOUNT), HubPath.root());

        assertThat(listing.mountId()).isEqualTo(new MountId(MOUNT));
        assertThat(listing.path()).isEqualTo("/");
        assertThat(listing.totalCount()).isEqualTo(2);
        assertThat(listing.entries()).extracting(FileEntry::name)
                .containsExactly("Partition 1 - System\\x20Reserved (500.0 MB)", "Partition 2 (101.4 GB)");
        assertThat(listing.entries().get(1))
                .isEqualTo(new FileEntry("Partition 2 (101.4 GB)", HubPath.of("/partition-2"), EntryType.DIRECTORY,
                        108877420953L, "0755", Instant.parse("2025-10-09T08:12:44Z"), false, null));
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/restore/" + MOUNT + "/files?path=%2F")));
    }

    @Test
    void a_partition_lists_symlinks_as_files_with_mixed_offsets() {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")), 200, "files-partition.json");

        FileListing listing = client().files(new MountId(MOUNT), HubPath.of("/partition-2"));

        assertThat(listing.entries()).hasSize(8);
        FileEntry junction = listing.entries().get(1);
        assertThat(junction.name()).isEqualTo("Documents and Settings");
        assertThat(junction.type()).isEqualTo(EntryType.FILE);
        assertThat(junction.symlink()).isTrue();
        assertThat(listing.entries().get(0).modified()).isEqualTo(Instant.parse("2024-01-29T11:49:24.0654245Z"));
        assertThat(listing.entries().get(2).modified()).isEqualTo(Instant.parse("2021-05-08T08:20:24Z"));
        FileEntry pagefile = listing.entries().get(7);
        assertThat(pagefile.path()).isEqualTo(HubPath.of("/partition-2/pagefile.sys"));
        assertThat(pagefile.size()).isEqualTo(1476395008L);
        assertThat(listing.entries().get(6).size()).isEqualTo(16384); // a directory's stat size
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/restore/" + MOUNT + "/files?path=%2Fpartition-2")));
    }

    @Test
    void a_subdirectory_lists_its_files() {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")), 200, "files-subdir.json");

        FileListing listing = client().files(new MountId(MOUNT), HubPath.of("/partition-2/Recovery/WindowsRE"));

        assertThat(listing.entries()).extracting(FileEntry::name)
                .containsExactly("ReAgent.xml", "boot.sdi", "winre.wim");
        assertThat(listing.entries().get(2).size()).isEqualTo(505453500L);
        assertThat(listing.entries()).allMatch(e -> e.type() == EntryType.FILE && !e.isDirectory());
    }

    @Test
    void an_empty_directory_is_an_empty_list_whether_the_hub_says_empty_or_null() {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")), 200, "files-empty-dir.json");
        FileListing empty = client().files(new MountId(MOUNT), HubPath.of("/partition-2/PerfLogs"));
        hub.resetAll();
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")), 200, "files-recursive-empty.json");
        FileListing nullFiles = client().files(new MountId(MOUNT), HubPath.of("/partition-2/PerfLogs"));

        assertThat(empty.entries()).isEmpty();
        assertThat(nullFiles.entries()).isEmpty();
        assertThat(nullFiles.path()).isEqualTo("/partition-2/PerfLogs");
    }

    @Test
    void file_info_reads_one_entry() {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/file-info")), 200, "file-info.json");

        FileEntry entry = client().fileInfo(new MountId(MOUNT),
                HubPath.of("/partition-2/Recovery/WindowsRE/ReAgent.xml"));

        assertThat(entry)
                .isEqualTo(new FileEntry("ReAgent.xml", HubPath.of("/partition-2/Recovery/WindowsRE/ReAgent.xml"),
                        EntryType.FILE, 1129, "0777", Instant.parse("2025-09-02T05:21:20.1985298Z"), false, null));
    }

    @Test
    void file_info_of_a_symlink_has_its_target() {
        serve(get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/file-info")), 200, "file-info-symlink.json");

        FileEntry entry = client().fileInfo(new MountId(MOUNT), HubPath.of("/partition-2/Documents and Settings"));

        assertThat(entry.symlink()).isTrue();
        assertThat(entry.symlinkTarget()).isEqualTo("/mnt/sendense/restore/" + MOUNT + "/partition-2/Users");
        hub.verify(getRequestedFor(urlEqualTo(
                "/api/v1/restore/" + MOUNT + "/file-info?path=%2Fpartition-2%2FDocuments%20and%20Settings")));
    }

    @Test
    void restore_resources_report_free_slots() {
        serve(get("/api/v1/restore/resources"), 200, "resources.json");

        assertThat(client().restoreResources()).isEqualTo(new RestoreResources(1, 8, 7, List.of("/dev/nbd0"), 7, 12.5));
    }

    @Test
    void cleanup_status_durations_are_nanoseconds() {
        serve(get("/api/v1/restore/cleanup-status"), 200, "cleanup-status.json");

        assertThat(client().cleanupStatus())
                .isEqualTo(new CleanupStatus(true, Duration.ofMinutes(15), Duration.ofHours(1), 1, 0));
    }

    @Test
    void protection_flows_are_read_with_their_run_summary() {
        serve(get("/api/v1/protection-flows"), 200, "protection-flows.json");

        List<ProtectionFlow> flows = client().protectionFlows();

        assertThat(flows).hasSize(1);
        ProtectionFlow flow = flows.get(0);
        assertThat(flow.id()).isEqualTo("9b1f0c52-a5c1-11f0-8de9-020000000001");
        assertThat(flow.name()).isEqualTo("Nightly pgtest1");
        assertThat(flow.flowType()).isEqualTo(FlowType.BACKUP);
        assertThat(flow.targetType()).isEqualTo(FlowTargetType.VM);
        assertThat(flow.targetId()).isEqualTo(CTX);
        assertThat(flow.repositoryName()).isEqualTo("Primary Local Repository");
        assertThat(flow.scheduleCron()).isEqualTo("0 0 2 * * *");
        assertThat(flow.policyId()).isNull();
        assertThat(flow.enabled()).isTrue();
        assertThat(flow.runs().lastExecutionStatus()).isEqualTo(FlowExecutionStatus.SUCCESS);
        assertThat(flow.runs().nextExecutionAt()).isEqualTo(Instant.parse("2025-10-11T01:00:00Z"));
        assertThat(flow.runs().totalExecutions()).isEqualTo(3);
        assertThat(flow.createdAt()).isEqualTo(Instant.parse("2025-10-09T13:02:11Z"));
        assertThat(flow.createdBy()).isEqualTo("system");
    }

    @Test
    void flow_executions_are_read_with_the_backups_they_started() {
        serve(get(urlPathEqualTo("/api/v1/protection-flows/9b1f0c52-a5c1-11f0-8de9-020000000001/executions")), 200,
                "flow-executions.json");

        List<FlowExecution> executions = client().flowExecutions("9b1f0c52-a5c1-11f0-8de9-020000000001", 5);

        assertThat(executions).hasSize(1);
        FlowExecution run = executions.get(0);
        assertThat(run.status()).isEqualTo(FlowExecutionStatus.SUCCESS);
        assertThat(run.executionType()).isEqualTo("scheduled");
        assertThat(run.executionTime()).isEqualTo(Duration.ofSeconds(69));
        assertThat(run.createdBackupIds()).containsExactly(new BackupId("backup-pgtest1-1760058000"));
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2025-10-10T01:00:00Z"));
        assertThat(run.jobsCompleted()).isEqualTo(1);
        hub.verify(getRequestedFor(
                urlEqualTo("/api/v1/protection-flows/9b1f0c52-a5c1-11f0-8de9-020000000001/executions?limit=5")));
    }
}
