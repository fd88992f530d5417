package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupChain;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.BackupStats;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.DiskBackupResult;
import com.sendense.console.hub.HubHealth;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StartedBackup;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmContextDetail;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.hub.VmGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per endpoint: the real fixture's bytes in, the parsed values and the request out. */
class WebClientHubClientTest extends HubClientTestSupport {

    static final String CTX = "ctx-pgtest1-20251006-203401";
    static final String MOUNT = "e4805a6f-8ee7-4f3c-8309-2f12362c7398";
    static final String REPO = "repo-local-1759780081";

    @Test
    void health_is_read_from_the_root_not_under_api_v1() {
        serve(get("/health"), 200, "health.json");

        HubHealth health = client().health();

        assertThat(health).isEqualTo(
                new HubHealth("healthy", "SHA API", "1.0.0", "connected", Instant.parse("2025-10-09T08:05:12Z")));
        hub.verify(getRequestedFor(urlEqualTo("/health")).withoutHeader("Authorization"));
    }

    @Test
    void vms_are_parsed_with_groups_power_state_and_real_offsets() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");

        List<VmContext> vms = client().vms();

        assertThat(vms).hasSize(2);
        VmContext pg = vms.get(0);
        assertThat(pg).isEqualTo(new VmContext(CTX, "pgtest1", "4205a841-0265-f4bd-39a6-39fd92196f53",
                "/DatabanxDC/vm/pgtest1", "vcenter.example.local", "DatabanxDC", "discovered", 2, 4096, "windows",
                PowerState.ON, "vmx-19", Instant.parse("2025-10-06T19:34:01Z"), Instant.parse("2025-10-08T18:24:31Z"),
                null, true, true, 35,
                List.of(new VmGroup("8a5e2f3c-a4b1-11f0-9c2d-020000000001", "Databases", 100, true))));
        assertThat(pg.hasCredential()).isTrue();
        VmContext web = vms.get(1);
        assertThat(web.vmName()).isEqualTo("web-server-01");
        assertThat(web.powerState()).isEqualTo(PowerState.OFF);
        assertThat(web.cpuCount()).isEqualTo(4);
        assertThat(web.memoryMb()).isEqualTo(8192);
        assertThat(web.osType()).isEqualTo("linux");
        assertThat(web.groups()).isEmpty();
    }

    @Test
    void an_empty_inventory_is_an_empty_list() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts-empty.json");

        assertThat(client().vms()).isEmpty();
    }

    @Test
    void vm_detail_combines_the_context_with_the_disks_endpoint() {
        serve(get("/api/v1/vm-contexts/pgtest1"), 200, "vm-context-detail.json");
        serve(get("/api/v1/vm-contexts/" + CTX + "/disks"), 200, "vm-disks.json");

        VmContextDetail detail = client().vm("pgtest1").orElseThrow();

        assertThat(detail.context().contextId()).isEqualTo(CTX);
        assertThat(detail.context().credentialId()).isEqualTo(35);
        assertThat(detail.context().groups()).isEmpty();
        assertThat(detail.disks()).containsExactly(new VmDisk(0, "disk-2000", 102L << 30),
                new VmDisk(1, "disk-2001", 5L << 30));
    }

    @Test
    void an_unknown_vm_is_empty_not_an_error() {
        serve(get("/api/v1/vm-contexts/pgtest9"), 404, "vm-context-404.json");

        assertThat(client().vm("pgtest9")).isEmpty();
    }

    @Test
    void disks_of_an_unknown_context_are_an_empty_list() {
        serve(get("/api/v1/vm-contexts/pgtest1/disks"), 200, "vm-disks-unknown-context.json");

        assertThat(client().disks("pgtest1")).isEmpty();
    }

    @Test
    void repositories_are_sorted_by_name_with_false_z_times_and_optional_storage() {
        serve(get("/api/v1/repositories"), 200, "repositories.json");

        List<Repository> repositories = client().repositories();

        assertThat(repositories).extracting(Repository::name)
                .containsExactly("NAS Offsite", "Primary Local Repository");
        Repository nfs = repositories.get(0);
        assertThat(nfs.type()).isEqualTo(RepositoryType.NFS);
        assertThat(nfs.storageInfo()).isEmpty();
        assertThat(nfs.minRetentionDays()).isEqualTo(7);
        assertThat(nfs.config()).containsEntry("server", "10.0.100.50").containsEntry("nfs_version", "4.1");
        assertThat(nfs.createdAt()).isEqualTo(Instant.parse("2025-10-07T19:40:01Z"));
        Repository local = repositories.get(1);
        assertThat(local.id()).isEqualTo(REPO);
        assertThat(local.type()).isEqualTo(RepositoryType.LOCAL);
        assertThat(local.enabled()).isTrue();
        assertThat(local.immutable()).isFalse();
        assertThat(local.config()).containsExactlyInAnyOrderEntriesOf(
                Map.of("path", "/backup/repository", "auto_mount", "false", "mount_options", ""));
        assertThat(local.createdAt()).isEqualTo(Instant.parse("2025-10-06T19:48:01Z"));
        assertThat(local.updatedAt()).isEqualTo(Instant.parse("2025-10-09T08:00:00Z"));
        assertThat(local.storageInfo()).contains(expectedStorage());
    }

    @Test
    void repository_storage_is_read_by_id() {
        serve(get("/api/v1/repositories/" + REPO + "/storage"), 200, "repository-storage.json");

        assertThat(client().repositoryStorage(REPO)).isEqualTo(expectedStorage());
    }

    private static StorageInfo expectedStorage() {
        return new StorageInfo(2199023255552L, 524835651584L, 1674187603968L, 23.866762220859528, 9,
                Instant.parse("2025-10-09T08:05:12.484516234Z"));
    }

    @Test
    void start_backup_posts_the_request_and_reads_disk_results() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(post("/api/v1/backups"), 200, "start-backup.json");

        StartedBackup started = client().startBackup(
                new BackupStartRequest("pgtest1", BackupType.INCREMENTAL, REPO, null, Map.of("by", "console")));

        Backup backup = started.backup();
        assertThat(backup.id()).isEqualTo(new BackupId("backup-pgtest1-1759997112"));
        assertThat(backup.status()).isEqualTo(BackupStatus.STARTED);
        assertThat(backup.status().isActive()).isTrue();
        assertThat(backup.type()).isEqualTo(BackupType.INCREMENTAL); // "type" is "" here: backup_type wins
        assertThat(backup.vmContextId()).isEqualTo(CTX);
        assertThat(backup.disksCount()).isEqualTo(2); // the hub says 0; the disk results say 2
        assertThat(backup.createdAt()).isEqualTo(Instant.parse("2025-10-09T08:05:14Z")); // a real offset here
        assertThat(backup.startedAt()).isNull();
        assertThat(backup.completedAt()).isNull();
        assertThat(started.diskResults()).containsExactly(new DiskBackupResult(0, 10104, "pgtest1-disk0",
                "/backup/repository/ctx-pgtest1-20251006-203401/disk-0/backup-pgtest1-disk0-20251009-090512.qcow2",
                3956432, "prepared", null),
                new DiskBackupResult(1, 10105, "pgtest1-disk1",
                        "/backup/repository/ctx-pgtest1-20251006-203401/disk-1/backup-pgtest1-disk1-20251009-090513.qcow2",
                        3956438, "prepared", null));
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/backups"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"vm_name":"pgtest1","backup_type":"incremental","repository_id":"repo-local-1759780081",
                         "tags":{"by":"console"}}""")));
    }

    @Test
    void a_running_backup_has_progress_and_no_completion() {
        serve(get("/api/v1/backups/backup-pgtest1-1759997112"), 200, "get-backup-in-progress.json");

        Backup backup = client().backup(new BackupId("backup-pgtest1-1759997112"));

        assertThat(backup.status()).isEqualTo(BackupStatus.RUNNING);
        assertThat(backup.type()).isEqualTo(BackupType.INCREMENTAL);
        assertThat(backup.bytesTransferred()).isEqualTo(54760833024L);
        assertThat(backup.totalBytes()).isEqualTo(114890375168L);
        assertThat(backup.progressPercent()).isEqualTo(47.66);
        assertThat(backup.transferSpeedBps()).isEqualTo(187695104L);
        assertThat(backup.currentPhase()).isEqualTo("transferring");
        assertThat(backup.disksCount()).isEqualTo(2);
        // False Z: 09:10:03 local BST is 08:10:03 UTC.
        assertThat(backup.lastTelemetryAt()).isEqualTo(Instant.parse("2025-10-09T08:10:03Z"));
        assertThat(backup.createdAt()).isEqualTo(Instant.parse("2025-10-09T08:05:12Z"));
        assertThat(backup.startedAt()).isEqualTo(backup.createdAt());
        assertThat(backup.completedAt()).isNull();
        assertThat(backup.estimatedRemaining())
                .contains(Duration.ofSeconds((114890375168L - 54760833024L) / 187695104L));
    }

    @Test
    void a_just_started_backup_has_no_telemetry_yet() {
        serve(get("/api/v1/backups/backup-pgtest1-1759997112"), 200, "get-backup-just-started.json");

        Backup backup = client().backup(new BackupId("backup-pgtest1-1759997112"));

        assertThat(backup.lastTelemetryAt()).isNull();
        assertThat(backup.totalBytes()).isZero();
        assertThat(backup.currentPhase()).isEqualTo("pending");
        assertThat(backup.estimatedRemaining()).isEmpty();
    }

    @Test
    void a_completed_backup_has_its_completion_time() {
        serve(get("/api/v1/backups/backup-pgtest1-1759901593"), 200, "get-backup-completed.json");

        Backup backup = client().backup(new BackupId("backup-pgtest1-1759901593"));

        assertThat(backup.status()).isEqualTo(BackupStatus.COMPLETED);
        assertThat(backup.status().isTerminal()).isTrue();
        assertThat(backup.type()).isEqualTo(BackupType.FULL);
        assertThat(backup.progressPercent()).isEqualTo(100.0);
        assertThat(backup.completedAt()).isEqualTo(Instant.parse("2025-10-08T05:42:58Z"));
        assertThat(backup.errorMessage()).isNull();
    }

    @Test
    void a_failed_backup_carries_its_error_message() {
        serve(get("/api/v1/backups/backup-web-server-01-1759911000"), 200, "get-backup-failed.json");

        Backup backup = client().backup(new BackupId("backup-web-server-01-1759911000"));

        assertThat(backup.status()).isEqualTo(BackupStatus.FAILED);
        assertThat(backup.errorMessage()).isEqualTo("Job stalled - no telemetry for 5m12s (SBC may have crashed)");
        assertThat(backup.bytesTransferred()).isEqualTo(2147483648L);
        assertThat(backup.completedAt()).isEqualTo(Instant.parse("2025-10-08T08:16:00Z"));
    }

    @Test
    void backups_of_a_vm_are_listed_newest_first_with_type_and_status_filters() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(get(urlPathEqualTo("/api/v1/backups")), 200, "list-backups.json");

        List<Backup> backups = client()
                .backups(BackupFilter.forVm("pgtest1").andStatus(BackupStatus.COMPLETED).ofType(BackupType.FULL));

        assertThat(backups).extracting(b -> b.id().value())
                .containsExactly("backup-pgtest1-1759997112", "backup-pgtest1-1759947871", "backup-pgtest1-1759901593");
        assertThat(backups.get(1).completedAt()).isEqualTo(Instant.parse("2025-10-08T18:25:40Z"));
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/backups?vm_name=pgtest1&status=completed&backup_type=full")));
    }

    @Test
    void backups_by_repository_or_status_need_no_inventory_check() {
        serve(get(urlPathEqualTo("/api/v1/backups")), 200, "list-backups-empty.json");

        assertThat(client().backups(BackupFilter.forRepository(REPO))).isEmpty();
        assertThat(client().backups(BackupFilter.withStatus(BackupStatus.RUNNING))).isEmpty();

        hub.verify(getRequestedFor(urlEqualTo("/api/v1/backups?repository_id=" + REPO)));
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/backups?status=running")));
        hub.verify(0, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")));
    }

    @Test
    void backups_of_a_vm_context_are_asked_for_by_context_id_with_strictly_encoded_values() {
        serve(get(urlPathEqualTo("/api/v1/backups")), 200, "list-backups.json");
        WebClientHubClient client = client();

        List<Backup> backups = client.backups(BackupFilter.forVmContext(CTX).ofType(BackupType.INCREMENTAL));
        client.backups(BackupFilter.forVmContext("ctx a+b&c=d"));

        assertThat(backups).extracting(Backup::vmContextId).containsOnly(CTX);
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/backups?vm_context_id=" + CTX + "&backup_type=incremental"))
                .withQueryParam("vm_context_id", equalTo(CTX)));
        // '+' sent raw would reach the hub as a space, '&' and '=' would split the parameter.
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/backups?vm_context_id=ctx%20a%2Bb%26c%3Dd"))
                .withQueryParam("vm_context_id", equalTo("ctx a+b&c=d")));
        hub.verify(0, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")));
    }

    @Test
    void backup_stats_parse_the_last_backup_time() {
        serve(get(urlPathEqualTo("/api/v1/backups/stats")), 200, "backup-stats.json");

        BackupStats stats = client().backupStats("pgtest1", REPO);

        assertThat(stats).isEqualTo(new BackupStats(2, 109580721848L, Instant.parse("2025-10-08T18:25:40Z")));
        assertThat(stats.incrementalPossible()).isTrue();
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/backups/stats?vm_name=pgtest1&repository_id=" + REPO)));
    }

    @Test
    void backup_stats_without_backups_have_no_last_time() {
        serve(get(urlPathEqualTo("/api/v1/backups/stats")), 200, "backup-stats-none.json");

        BackupStats stats = client().backupStats("pgtest1", REPO);

        assertThat(stats).isEqualTo(new BackupStats(0, 0, null));
        assertThat(stats.incrementalPossible()).isFalse();
    }

    @Test
    void the_chain_is_asked_for_with_the_vm_in_path_and_query() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(get(urlPathEqualTo("/api/v1/backups/pgtest1/chain")), 200, "backup-chain.json");

        BackupChain chain = client().backupChain("pgtest1");

        assertThat(chain.chainId()).isEqualTo(CTX + "-disk0-chain");
        assertThat(chain.fullBackupId()).isEqualTo("backup-pgtest1-1759901593");
        assertThat(chain.repositoryId()).isEqualTo(REPO);
        assertThat(chain.backups()).extracting(b -> b.id().value()).containsExactly("backup-pgtest1-1759901593");
        assertThat(chain.totalSizeBytes()).isEqualTo(114890375168L);
        assertThat(chain.backupCount()).isEqualTo(1);
        assertThat(chain.isEmpty()).isFalse();
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/backups/pgtest1/chain?vm_name=pgtest1")));
    }

    @Test
    void a_vm_without_full_backup_has_an_empty_chain() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(get(urlPathEqualTo("/api/v1/backups/pgtest1/chain")), 200, "backup-chain-empty.json");

        BackupChain chain = client().backupChain("pgtest1");

        assertThat(chain.isEmpty()).isTrue();
        assertThat(chain.chainId()).isEmpty();
        assertThat(chain.backupCount()).isZero();
    }

    @Test
    void delete_backup_sends_a_delete() {
        serve(delete("/api/v1/backups/backup-pgtest1-1759947871"), 200, "delete-backup.json");

        client().deleteBackup(new BackupId("backup-pgtest1-1759947871"));

        hub.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/backups/backup-pgtest1-1759947871")));
    }
}
