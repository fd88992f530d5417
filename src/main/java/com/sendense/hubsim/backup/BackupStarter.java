package com.sendense.hubsim.backup;

import com.sendense.hubsim.backup.StartOutcome.DiskResult;
import com.sendense.hubsim.world.BackupDiskRow;
import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Outages;
import com.sendense.hubsim.world.Repository;
import com.sendense.hubsim.world.VmContext;
import com.sendense.hubsim.world.VmDisk;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code StartBackup} after the request checks, step by step in the hub's order, with the hub's
 * leaks: failures after the parent row exists either delete it (and leave per-disk rows behind) or,
 * for a missing credential, leave it {@code running} forever with its NBD ports held.
 */
public final class BackupStarter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String FK_ERROR = "Error 1452 (23000): Cannot add or update a child row: a foreign key constraint fails "
            + "(`migratekit_oma`.`vm_backup_contexts`, CONSTRAINT `fk_backup_context_repository` FOREIGN KEY (`repository_id`) "
            + "REFERENCES `backup_repositories` (`id`))";

    private final Inventory inventory;
    private final BackupStore store;
    private final BackupEngine engine;
    private final NbdPorts ports;
    private final Outages outages;
    private final Clock clock;
    private final ZoneId zone;
    private final Random random;
    private int nextPid;

    public BackupStarter(Inventory inventory, BackupStore store, BackupEngine engine, NbdPorts ports, Outages outages,
            Clock clock, ZoneId zone, Random random) {
        this.inventory = inventory;
        this.store = store;
        this.engine = engine;
        this.ports = ports;
        this.outages = outages;
        this.clock = clock;
        this.zone = zone;
        this.random = random;
        this.nextPid = 3_900_000 + random.nextInt(90_000);
    }

    public synchronized StartOutcome start(StartRequest request) {
        if (outages.databaseDown()) {
            return new StartOutcome.Failed(404, "VM not found", com.sendense.hubsim.world.Outages.DB_ERROR);
        }
        Optional<VmContext> found = inventory.vmByName(request.vmName());
        if (found.isEmpty()) {
            return new StartOutcome.Crashed();
        }
        VmContext vm = found.get();
        if (vm.disks().isEmpty()) {
            return new StartOutcome.Failed(404, "No disks found for VM",
                    "VM has no disks in database - ensure VM discovery completed");
        }
        if (inventory.repositoryRow(request.repositoryId()).isEmpty()) {
            return new StartOutcome.Failed(500, "failed to create backup context", FK_ERROR);
        }
        Instant now = clock.instant();
        String id = "backup-" + vm.vmName() + "-" + now.getEpochSecond();
        BackupRow parent = BackupRow.started(id, vm, request.repositoryId(), request.backupType(), request.policyId(),
                request.tags(), now, List.of());
        try {
            store.insert(parent);
        } catch (BackupStore.DuplicateKeyException e) {
            return new StartOutcome.Failed(500, "failed to create parent backup job", e.getMessage());
        }

        boolean incremental = request.backupType().equals("incremental");
        if (incremental && !hasPreviousDisks(vm, now)) {
            store.delete(id);
            return new StartOutcome.Failed(400, "no previous backup found", "full backup required before incremental");
        }
        Optional<Repository> repository = inventory.loadedRepository(request.repositoryId());
        if (repository.isEmpty()) {
            store.delete(id);
            return new StartOutcome.Failed(500, "failed to prepare backup disk",
                    "failed to get repository: repository not found");
        }
        if (incremental && !hasCompletedBackupIn(vm, request.repositoryId())) {
            store.delete(id);
            return new StartOutcome.Failed(500, "failed to prepare backup disk",
                    "no parent backup found for incremental - full backup required first");
        }
        Optional<List<Integer>> allocated = ports.allocate(id, vm.disks().size());
        if (allocated.isEmpty()) {
            store.delete(id);
            return new StartOutcome.Failed(503, "no available NBD ports", "no available ports in range 10100-10200");
        }
        List<BackupDiskRow> disks = new ArrayList<>();
        List<DiskResult> results = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        for (int i = 0; i < vm.disks().size(); i++) {
            VmDisk disk = vm.disks().get(i);
            String perDiskId = "backup-" + vm.vmName() + "-disk" + i + "-" + STAMP.format(local.plusSeconds(i));
            String qcow2 = repository.get().config().backupRoot() + "/" + vm.contextId() + "/disk-" + i + "/"
                    + perDiskId + ".qcow2";
            disks.add(new BackupDiskRow(store.allocateBackupDiskId(), i, perDiskId, disk.capacityBytes(), disk.layout(),
                    qcow2, null, null, false));
            int port = allocated.get().get(i);
            String export = vm.vmName() + "-disk" + i;
            results.add(new DiskResult(i, port, export, qcow2, nextPid += 2 + random.nextInt(6)));
            targets.add((2000 + i) + ":nbd://127.0.0.1:" + port + "/" + export);
        }
        store.update(id, r -> r.withDisks(disks));
        // Per-disk rows are never deleted, so from now on the repository can never be deleted.
        inventory.db().repositoryUsed(request.repositoryId());
        if (vm.credentialId() == null) {
            // The hub returns without cleaning up: the parent stays running forever, qemu-nbd keeps its ports.
            return new StartOutcome.Failed(400, "VM context missing credential_id", "");
        }
        if (outages.snaDown()) {
            store.delete(id);
            ports.release(id);
            return new StartOutcome.Failed(500, "failed to call SNA API", com.sendense.hubsim.world.Outages.SNA_ERROR);
        }
        BackupRow row = store.find(id).orElseThrow();
        engine.launched(row,
                incremental ? (long) (vm.usedBytes() * (0.005 + random.nextDouble() * 0.045)) : vm.usedBytes());
        return new StartOutcome.Started(row, results, String.join(",", targets), now);
    }

    /** Step 4: every disk index has a completed backup_disks row with a change id, in any repository. */
    private boolean hasPreviousDisks(VmContext vm, Instant now) {
        List<BackupRow> rows = store.newestFirst();
        for (int i = 0; i < vm.disks().size(); i++) {
            int index = i;
            boolean found = rows.stream()
                    .filter(r -> r.vmName().equals(vm.vmName()))
                    .flatMap(r -> r.disks().stream())
                    .anyMatch(d -> d.diskIndex() == index && d.completedBy(now) && d.changeId() != null);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Step 5: the repository's own chain needs a completed backup to hang the incremental QCOW2 on. */
    private boolean hasCompletedBackupIn(VmContext vm, String repositoryId) {
        return store.newestFirst()
                .stream()
                .anyMatch(r -> r.vmName().equals(vm.vmName()) && r.repositoryId().equals(repositoryId)
                        && r.status().equals(BackupRow.COMPLETED));
    }
}
