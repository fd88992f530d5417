package com.sendense.hubsim.api;

import com.sendense.hubsim.backup.BackupStore;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Outages;
import com.sendense.hubsim.world.Repository;
import com.sendense.hubsim.world.RepositoryConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code api/handlers/repository_handlers.go}: repositories the hub loaded at start-up, with
 * storage figures computed live from the backups in them (as {@code statfs} plus a row count
 * would give), and plain-text errors from {@code http.Error}.
 */
final class RepositoryApi {

    private final Inventory inventory;
    private final BackupStore store;
    private final Outages outages;
    private final Timestamps time;
    private final Clock clock;

    RepositoryApi(Inventory inventory, BackupStore store, Outages outages, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.store = store;
        this.outages = outages;
        this.time = time;
        this.clock = clock;
    }

    /** {@code GET /repositories?type=&enabled=}. */
    Reply list(HubRequest request) {
        if (outages.databaseDown()) {
            return Reply.text(500, "Failed to list repositories: " + Outages.DB_ERROR);
        }
        String type = request.query("type");
        String enabled = request.query("enabled");
        List<GoJson.Struct> items = inventory.loadedRepositories()
                .stream()
                .filter(r -> type.isEmpty() || r.type().equals(type))
                .filter(r -> !enabled.equals("false"))
                .map(this::repository)
                .toList();
        var map = GoJson.map();
        map.put("success", true);
        map.put("repositories", items);
        return Reply.json(200, map);
    }

    /** {@code GET /repositories/{id}/storage}: a bare {@code StorageInfo}. */
    Reply storage(HubRequest request) {
        Optional<Repository> repository = inventory.loadedRepository(request.var("id"));
        if (repository.isEmpty()) {
            return Reply.text(404, "Repository not found: repository not found");
        }
        return storageInfo(repository.get()).map(info -> Reply.json(200, info))
                .orElseGet(() -> Reply.text(500, "Failed to get storage info: " + statfsError(repository.get())));
    }

    /** {@code POST /repositories/refresh-storage}. */
    Reply refresh(HubRequest request) {
        List<Repository> loaded = inventory.loadedRepositories();
        long failed = loaded.stream().filter(r -> outages.repositoryUnreadable(r.id())).count();
        var map = GoJson.map();
        map.put("success", true);
        map.put("refreshed_count", loaded.size() - failed);
        map.put("failed_count", failed);
        map.put("message", "Storage information refreshed for " + (loaded.size() - failed) + " repositories");
        return Reply.json(200, map);
    }

    GoJson.Struct repository(Repository r) {
        return GoJson.struct()
                .put("id", r.id())
                .put("name", r.name())
                .put("type", r.type())
                .put("enabled", r.enabled())
                .put("config", config(r.config()))
                .put("is_immutable", r.immutable())
                .put("min_retention_days", r.minRetentionDays())
                .putOmitEmpty("storage_info", storageInfo(r).orElse(null))
                .put("created_at", time.dbZ(r.createdAt()))
                .put("updated_at", time.dbZ(r.updatedAt()));
    }

    /** {@code storage.StorageInfo}, or empty when {@code statfs} fails. */
    private Optional<GoJson.Struct> storageInfo(Repository r) {
        if (outages.repositoryUnreadable(r.id())) {
            return Optional.empty();
        }
        long used = Math.min(r.capacityBytes(), r.baselineUsedBytes() + store.bytesStored(r.id()));
        Instant now = clock.instant();
        return Optional.of(GoJson.struct()
                .put("repository_id", r.id())
                .put("total_bytes", r.capacityBytes())
                .put("used_bytes", used)
                .put("available_bytes", r.capacityBytes() - used)
                .put("used_percent", used * 100.0 / r.capacityBytes())
                .put("backup_count", store.jobRowCount(r.id()))
                .put("last_check_at", time.local(now)));
    }

    private static String statfsError(Repository r) {
        return "failed to get filesystem stats: statfs " + r.config().backupRoot() + ": stale NFS file handle";
    }

    private static GoJson.Struct config(RepositoryConfig config) {
        return switch (config) {
            case RepositoryConfig.Local l -> GoJson.struct()
                    .put("path", l.path())
                    .put("auto_mount", l.autoMount())
                    .put("mount_options", l.mountOptions());
            case RepositoryConfig.Nfs n -> GoJson.struct()
                    .put("server", n.server())
                    .put("export_path", n.exportPath())
                    .put("mount_point", n.mountPoint())
                    .put("nfs_version", n.nfsVersion())
                    .put("mount_options", n.mountOptions());
            case RepositoryConfig.Cifs c -> GoJson.struct()
                    .put("server", c.server())
                    .put("share_name", c.shareName())
                    .put("mount_point", c.mountPoint())
                    .put("username", c.username())
                    .put("password_secret", c.passwordSecret())
                    .put("domain", c.domain())
                    .put("mount_options", c.mountOptions());
        };
    }
}
