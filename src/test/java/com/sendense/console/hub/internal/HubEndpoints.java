package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every call of the hub client with the fixture of its happy answer, so the fault suite can break
 * each one in the same way. The route is a supplier because WireMock's builders are mutable.
 */
final class HubEndpoints {

    static final String CTX = "ctx-pgtest1-20251006-203401";
    static final String MOUNT = "e4805a6f-8ee7-4f3c-8309-2f12362c7398";
    static final String REPO = "repo-local-1759780081";
    static final String BACKUP = "backup-pgtest1-1759901593";
    static final String FLOW = "9b1f0c52-a5c1-11f0-8de9-020000000001";

    /**
     * @param fixture the body of the happy answer of {@code route}
     * @param needsInventory the client checks the VM name against {@code /vm-contexts} first
     * @param write a request the hub acts on, so never repeated
     */
    record Endpoint(String name, Supplier<MappingBuilder> route, String fixture, List<Stub> others,
            boolean needsInventory, boolean write, Function<HubClient, Object> call) {

        @Override
        public String toString() {
            return name;
        }

        /** Serves the happy answers of everything this call reads besides {@link #route}. */
        void serveOthers() {
            serveOthers(HubClientTestSupport.hub);
        }

        void serveOthers(Stubbing target) {
            if (needsInventory) {
                target.stubFor(get("/api/v1/vm-contexts")
                        .willReturn(HubClientTestSupport.hubResponse(200, "vm-contexts.json")));
            }
            others.forEach(
                    s -> target.stubFor(s.route().willReturn(HubClientTestSupport.hubResponse(200, s.fixture()))));
        }

        void serveHappy() {
            serveHappy(HubClientTestSupport.hub);
        }

        void serveHappy(Stubbing target) {
            serveOthers(target);
            target.stubFor(route.get().willReturn(HubClientTestSupport.hubResponse(200, fixture)));
        }

        /** The endpoint, by {@link #name}. */
        static Endpoint named(String name) {
            return Stream.concat(reads(), writes()).filter(e -> e.name.equals(name)).findFirst().orElseThrow();
        }
    }

    record Stub(MappingBuilder route, String fixture) {}

    private HubEndpoints() {}

    private static Endpoint read(String name, Supplier<MappingBuilder> route, String fixture,
            Function<HubClient, Object> call) {
        return new Endpoint(name, route, fixture, List.of(), false, false, call);
    }

    /** Every read whose answer the client decodes into a model record. */
    static Stream<Endpoint> reads() {
        MountId mount = new MountId(MOUNT);
        return Stream.of(read("health", () -> get("/health"), "health.json", HubClient::health),
                read("vms", () -> get("/api/v1/vm-contexts"), "vm-contexts.json", HubClient::vms),
                new Endpoint("vm detail", () -> get("/api/v1/vm-contexts/pgtest1"), "vm-context-detail.json",
                        List.of(new Stub(get("/api/v1/vm-contexts/" + CTX + "/disks"), "vm-disks.json")), false, false,
                        c -> c.vm("pgtest1")),
                read("disks", () -> get("/api/v1/vm-contexts/" + CTX + "/disks"), "vm-disks.json", c -> c.disks(CTX)),
                read("repositories", () -> get("/api/v1/repositories"), "repositories.json", HubClient::repositories),
                read("repository storage", () -> get("/api/v1/repositories/" + REPO + "/storage"),
                        "repository-storage.json", c -> c.repositoryStorage(REPO)),
                read("backup", () -> get("/api/v1/backups/" + BACKUP), "get-backup-completed.json",
                        c -> c.backup(new BackupId(BACKUP))),
                read("running backup", () -> get("/api/v1/backups/" + BACKUP), "get-backup-in-progress.json",
                        c -> c.backup(new BackupId(BACKUP))),
                read("backups", () -> get(urlPathEqualTo("/api/v1/backups")), "list-backups.json",
                        c -> c.backups(BackupFilter.forRepository(REPO))),
                read("backup stats", () -> get(urlPathEqualTo("/api/v1/backups/stats")), "backup-stats.json",
                        c -> c.backupStats("pgtest1", REPO)),
                new Endpoint("backup chain", () -> get(urlPathEqualTo("/api/v1/backups/pgtest1/chain")),
                        "backup-chain.json", List.of(), true, false, c -> c.backupChain("pgtest1")),
                read("mounts", () -> get("/api/v1/restore/mounts"), "mounts.json", HubClient::mounts),
                read("files", () -> get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")), "files-partition.json",
                        c -> c.files(mount, HubPath.of("/partition-2"))),
                read("file info", () -> get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/file-info")),
                        "file-info-symlink.json",
                        c -> c.fileInfo(mount, HubPath.of("/partition-2/Documents and Settings"))),
                read("restore resources", () -> get("/api/v1/restore/resources"), "resources.json",
                        HubClient::restoreResources),
                read("cleanup status", () -> get("/api/v1/restore/cleanup-status"), "cleanup-status.json",
                        HubClient::cleanupStatus),
                read("protection flows", () -> get("/api/v1/protection-flows"), "protection-flows.json",
                        HubClient::protectionFlows),
                read("flow executions", () -> get(urlPathEqualTo("/api/v1/protection-flows/" + FLOW + "/executions")),
                        "flow-executions.json", c -> c.flowExecutions(FLOW, 5)));
    }

    /** Every request the hub acts on. */
    static Stream<Endpoint> writes() {
        return Stream.of(
                new Endpoint("start backup", () -> post("/api/v1/backups"), "start-backup.json", List.of(), true, true,
                        c -> c.startBackup(BackupStartRequest.of("pgtest1", BackupType.FULL, REPO))),
                new Endpoint("mount", () -> post("/api/v1/restore/mount"), "mount.json", List.of(), false, true,
                        c -> c.mount(new BackupId("backup-pgtest1-1759947871"), 0)),
                new Endpoint("unmount", () -> delete("/api/v1/restore/" + MOUNT), "unmount.json", List.of(), false,
                        true, c -> {
                            c.unmount(new MountId(MOUNT));
                            return "unmounted";
                        }),
                new Endpoint("delete backup", () -> delete("/api/v1/backups/" + BACKUP), "delete-backup.json",
                        List.of(), false, true, c -> {
                            c.deleteBackup(new BackupId(BACKUP));
                            return "deleted";
                        }));
    }
}
