package com.sendense.hubsim.api;

import com.sendense.hubsim.backup.BackupStarter;
import com.sendense.hubsim.backup.BackupStore;
import com.sendense.hubsim.backup.StartOutcome;
import com.sendense.hubsim.backup.StartRequest;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import com.sendense.hubsim.world.BackupDiskRow;
import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Outages;
import com.sendense.hubsim.world.VmContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code api/handlers/backup_handlers.go}: the eight backup routes, none behind auth. */
final class BackupApi {

    private static final GoStruct START_REQUEST = GoStruct.named("handlers", "BackupStartRequest",
            linked("vm_name", GoType.STRING, "backup_type", GoType.STRING, "repository_id", GoType.STRING, "policy_id",
                    GoType.STRING, "tags", GoType.STRING_MAP));
    private static final GoStruct COMPLETE_REQUEST = new GoStruct(
            "struct { ChangeID string \"json:\\\"change_id\\\"\"; DiskID int \"json:\\\"disk_id\\\"\"; "
                    + "BytesTransferred int64 \"json:\\\"bytes_transferred\\\"\" }",
            "", linked("change_id", GoType.STRING, "disk_id", GoType.INT, "bytes_transferred", GoType.INT64));
    private static final String NOT_FOUND_DETAILS = "backup job not found: record not found";

    private final Inventory inventory;
    private final BackupStore store;
    private final BackupStarter starter;
    private final Outages outages;
    private final BackupJson json;
    private final Timestamps time;
    private final Clock clock;
    private final Consumer<String> backupDeleted;

    BackupApi(Inventory inventory, BackupStore store, BackupStarter starter, Outages outages, Timestamps time,
            Clock clock, Consumer<String> backupDeleted) {
        this.inventory = inventory;
        this.store = store;
        this.starter = starter;
        this.outages = outages;
        this.json = new BackupJson(time);
        this.time = time;
        this.clock = clock;
        this.backupDeleted = backupDeleted;
    }

    /** {@code POST /backups}: the handler's own checks, then the hub's start sequence. */
    Reply start(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), START_REQUEST);
        } catch (GoJsonDecoder.GoJsonException e) {
            return error(400, "invalid request body", e.getMessage());
        }
        if (body.string("vm_name").isEmpty()) {
            return error(400, "vm_name is required", "");
        }
        if (body.string("repository_id").isEmpty()) {
            return error(400, "repository_id is required", "");
        }
        String type = body.string("backup_type");
        if (!type.equals("full") && !type.equals("incremental")) {
            return error(400, "backup_type must be 'full' or 'incremental'", "");
        }
        StartRequest start = new StartRequest(body.string("vm_name"), type, body.string("repository_id"),
                body.string("policy_id"), body.stringMap("tags"));
        return switch (starter.start(start)) {
            case StartOutcome.Started started -> Reply.json(200, json.started(started));
            case StartOutcome.Failed(int status, String error, String details) -> error(status, error, details);
            case StartOutcome.Crashed() -> Reply.drop();
        };
    }

    /** {@code GET /backups/stats}: completed parent jobs of one VM in one repository. */
    Reply stats(HubRequest request) {
        String vmName = request.query("vm_name");
        String repositoryId = request.query("repository_id");
        if (vmName.isEmpty() || repositoryId.isEmpty()) {
            return error(400, "vm_name and repository_id are required", "");
        }
        if (outages.databaseDown()) {
            return error(500, "Failed to get backup stats", Outages.DB_ERROR);
        }
        List<BackupRow> completed = store.newestFirst()
                .stream()
                .filter(r -> r.vmName().equals(vmName) && r.repositoryId().equals(repositoryId)
                        && r.status().equals(BackupRow.COMPLETED) && !r.id().contains("-disk"))
                .toList();
        Optional<Instant> last = completed.stream()
                .map(BackupRow::completedAt)
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
        return Reply.json(200,
                GoJson.struct()
                        .put("backup_count", completed.size())
                        .put("total_size_bytes", completed.stream().mapToLong(BackupRow::bytesTransferred).sum())
                        .put("last_backup_at", last.map(time::local).orElse("")));
    }

    /** {@code GET /backups}: the first present filter picks the rows; no filter means an empty list. */
    Reply list(HubRequest request) {
        String contextId = request.query("vm_context_id");
        String vmName = request.query("vm_name");
        String repositoryId = request.query("repository_id");
        String status = request.query("status");
        String backupType = request.query("backup_type");
        List<BackupRow> rows;
        if (!contextId.isEmpty()) {
            rows = rowsWhere(r -> r.vmContextId().equals(contextId));
        } else if (!vmName.isEmpty()) {
            if (outages.databaseDown()) {
                return error(404, "VM not found", Outages.DB_ERROR);
            }
            Optional<VmContext> vm = inventory.vmByName(vmName);
            if (vm.isEmpty()) {
                return Reply.drop();
            }
            rows = rowsWhere(r -> r.vmContextId().equals(vm.get().contextId()));
        } else if (!repositoryId.isEmpty()) {
            rows = rowsWhere(r -> r.repositoryId().equals(repositoryId));
        } else if (!status.isEmpty()) {
            rows = rowsWhere(r -> r.status().equals(status));
        } else {
            rows = List.of();
        }
        if (outages.databaseDown()) {
            return error(500, "failed to list backups", "failed to list backup jobs: " + Outages.DB_ERROR);
        }
        List<GoJson.Struct> items = rows.stream()
                .filter(r -> backupType.isEmpty() || r.backupType().equals(backupType))
                .filter(r -> status.isEmpty() || r.status().equals(status))
                .filter(r -> !r.id().contains("-disk"))
                .map(json::parent)
                .toList();
        return Reply.json(200, GoJson.struct().put("backups", items).put("total", items.size()));
    }

    /** {@code GET /backups/changeid}: internal, for the SBC. */
    Reply changeId(HubRequest request) {
        String vmName = request.query("vm_name");
        if (vmName.isEmpty()) {
            return error(400, "missing vm_name", "vm_name query parameter is required");
        }
        int diskId;
        try {
            diskId = request.query("disk_id").isEmpty() ? 0 : Integer.parseInt(request.query("disk_id"));
        } catch (NumberFormatException e) {
            return error(400, "invalid disk_id", "disk_id must be numeric");
        }
        Instant now = clock.instant();
        Optional<Map.Entry<BackupRow, BackupDiskRow>> latest = store.newestFirst()
                .stream()
                .filter(r -> r.vmName().equals(vmName))
                .flatMap(r -> r.disks().stream().map(d -> Map.entry(r, d)))
                .filter(e -> e.getValue().diskIndex() == diskId && e.getValue().completedBy(now)
                        && e.getValue().changeId() != null)
                .max(Comparator.comparing(e -> e.getValue().completedAt()));
        var answer = GoJson.map();
        answer.put("vm_name", vmName);
        answer.put("disk_id", Integer.toString(diskId));
        if (latest.isEmpty()) {
            answer.put("change_id", "");
            answer.put("message", "No previous backup found");
        } else {
            answer.put("change_id", latest.get().getValue().changeId());
            answer.put("backup_job_id", latest.get().getKey().id());
            answer.put("message", "Previous change_id found");
        }
        return Reply.json(200, answer);
    }

    /**
     * {@code GET /backups/{anything}/chain}: only the query matters, and the hub's chain walk
     * returns the oldest completed full parent and nothing after it.
     */
    Reply chain(HubRequest request) {
        String contextId = request.query("vm_context_id");
        String vmName = request.query("vm_name");
        if (contextId.isEmpty() && vmName.isEmpty()) {
            return error(400, "vm_context_id or vm_name is required", "");
        }
        int diskId;
        try {
            diskId = request.query("disk_id").isEmpty() ? 0 : Integer.parseInt(request.query("disk_id"));
        } catch (NumberFormatException e) {
            return error(400, "invalid disk_id",
                    "strconv.Atoi: parsing \"" + request.query("disk_id") + "\": invalid syntax");
        }
        if (contextId.isEmpty()) {
            if (outages.databaseDown()) {
                return error(404, "VM not found", Outages.DB_ERROR);
            }
            Optional<VmContext> vm = inventory.vmByName(vmName);
            if (vm.isEmpty()) {
                return Reply.drop();
            }
            contextId = vm.get().contextId();
        }
        String ctx = contextId;
        Optional<BackupRow> oldestFull = store.newestFirst()
                .stream()
                .filter(r -> r.vmContextId().equals(ctx) && r.status().equals(BackupRow.COMPLETED)
                        && r.backupType().equals("full"))
                .min(Comparator.comparing(BackupRow::createdAt));
        if (oldestFull.isEmpty()) {
            return Reply.json(200, chainBody("", "", "", 0, "", "", List.of(), 0, 0));
        }
        BackupRow full = oldestFull.get();
        return Reply.json(200, chainBody(ctx + "-disk" + diskId + "-chain", ctx, full.vmName(), diskId,
                full.repositoryId(), full.id(), List.of(json.parent(full)), full.totalBytes(), 1));
    }

    /** {@code POST /backups/{backup_id}/complete}: the SBC records a disk's change id. */
    Reply complete(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), COMPLETE_REQUEST);
        } catch (GoJsonDecoder.GoJsonException e) {
            return error(400, "invalid request body", e.getMessage());
        }
        String changeId = body.string("change_id");
        if (changeId.isEmpty()) {
            return error(400, "missing change_id", "change_id field is required");
        }
        String id = request.var("backup_id");
        int diskIndex = (int) body.integer("disk_id");
        Instant now = clock.instant();
        Optional<BackupRow> updated = store.update(id, row -> {
            List<BackupDiskRow> disks = row.disks()
                    .stream()
                    .map(d -> d.diskIndex() == diskIndex ? d.completing(now, changeId) : d)
                    .toList();
            BackupRow withDisks = row.withDisks(disks);
            boolean all = disks.stream().allMatch(d -> d.completedBy(now));
            return all && withDisks.running() ? withDisks.completed(now, now, d -> d) : withDisks;
        });
        if (updated.isEmpty()) {
            return error(404, "backup job not found", "failed to find backup job " + id + ": record not found");
        }
        var answer = GoJson.map();
        answer.put("status", "completed");
        answer.put("backup_id", id);
        answer.put("change_id", changeId);
        answer.put("message", "Backup completed successfully, change_id recorded");
        answer.put("timestamp", time.localSeconds(now));
        return Reply.json(200, answer);
    }

    /** {@code GET /backups/{backup_id}}: parent ids and internal per-disk ids alike. */
    Reply get(HubRequest request) {
        String id = request.var("backup_id");
        if (outages.databaseDown()) {
            return error(404, "backup not found", Outages.DB_ERROR);
        }
        Optional<BackupRow> row = store.find(id);
        if (row.isPresent()) {
            return Reply.json(200, json.parent(row.get()));
        }
        return store.findPerDisk(id)
                .map(p -> Reply.json(200, json.perDisk(p.parent(), p.disk(), clock.instant())))
                .orElseGet(() -> error(404, "backup not found", NOT_FOUND_DETAILS));
    }

    /** {@code DELETE /backups/{backup_id}}: the row only; files, mounts and per-disk rows stay. */
    Reply delete(HubRequest request) {
        String id = request.var("backup_id");
        if (outages.databaseDown()) {
            return error(404, "backup not found", Outages.DB_ERROR);
        }
        if (store.delete(id).isPresent()) {
            backupDeleted.accept(id);
        } else if (!store.deletePerDisk(id)) {
            return error(404, "backup not found", NOT_FOUND_DETAILS);
        }
        var answer = GoJson.map();
        answer.put("message", "backup deleted successfully");
        answer.put("backup_id", id);
        return Reply.json(200, answer);
    }

    private List<BackupRow> rowsWhere(java.util.function.Predicate<BackupRow> filter) {
        return store.newestFirst().stream().filter(filter).toList();
    }

    private static GoJson.Struct chainBody(String chainId, String contextId, String vmName, int diskId,
            String repositoryId, String fullId, List<GoJson.Struct> backups, long totalSize, int count) {
        return GoJson.struct()
                .put("chain_id", chainId)
                .put("vm_context_id", contextId)
                .put("vm_name", vmName)
                .put("disk_id", diskId)
                .put("repository_id", repositoryId)
                .put("full_backup_id", fullId)
                .put("backups", backups)
                .put("total_size_bytes", totalSize)
                .put("backup_count", count);
    }

    private static Reply error(int status, String error, String details) {
        return Reply.json(status, BackupJson.error(error, details));
    }

    private static Map<String, GoType> linked(Object... pairs) {
        Map<String, GoType> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (GoType) pairs[i + 1]);
        }
        return map;
    }
}
