package com.sendense.console.hub.internal;

import static com.sendense.console.hub.internal.Wire.list;
import static com.sendense.console.hub.internal.Wire.num;
import static com.sendense.console.hub.internal.Wire.optionalText;
import static com.sendense.console.hub.internal.Wire.required;
import static com.sendense.console.hub.internal.Wire.text;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupChain;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStats;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.DiskBackupResult;
import com.sendense.console.hub.StartedBackup;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Backups: wire → model. Backup timestamps are false-Z local times (contract §1.4). */
final class BackupMapper {

    private final HubTime time;

    BackupMapper(HubTime time) {
        this.time = time;
    }

    Backup backup(BackupJson.Backup b) {
        return new Backup(new BackupId(required(b.backupId(), "backup_id")), text(b.vmContextId()), text(b.vmName()),
                type(b), text(b.repositoryId()), optionalText(b.policyId()), status(b.status()),
                num(b.bytesTransferred()), num(b.totalBytes()), num(b.disksCount()), optionalText(b.errorMessage()),
                text(b.currentPhase()), num(b.transferSpeedBps()), num(b.progressPercent()),
                time.wallClock(b.lastTelemetryAt()), time.requiredWallClock(b.createdAt(), "created_at"),
                time.wallClock(b.startedAt()), time.wallClock(b.completedAt()));
    }

    /** The start response reports {@code disks_count:0}; the disk results say how many there are. */
    StartedBackup started(BackupJson.Backup b) {
        List<DiskBackupResult> disks = list(b.diskResults()).stream()
                .map(d -> new DiskBackupResult(num(d.diskId()), num(d.nbdPort()), text(d.nbdExportName()),
                        text(d.qcow2Path()), num(d.qemuNbdPid()), text(d.status()), optionalText(d.errorMessage())))
                .toList();
        Backup backup = backup(b);
        if (backup.disksCount() == 0 && !disks.isEmpty()) {
            backup = withDisksCount(backup, disks.size());
        }
        return new StartedBackup(backup, disks);
    }

    List<Backup> backups(BackupJson.BackupList wire) {
        return list(wire.backups()).stream().map(this::backup).toList();
    }

    BackupStats stats(BackupJson.Stats s) {
        return new BackupStats(num(s.backupCount()), num(s.totalSizeBytes()), time.instant(s.lastBackupAt()));
    }

    BackupChain chain(BackupJson.Chain c) {
        return new BackupChain(text(c.chainId()), text(c.vmContextId()), text(c.vmName()), num(c.diskId()),
                text(c.repositoryId()), text(c.fullBackupId()), list(c.backups()).stream().map(this::backup).toList(),
                num(c.totalSizeBytes()), num(c.backupCount()));
    }

    /** {@code type} is an alias of {@code backup_type} and is {@code ""} in the start response. */
    private static BackupType type(BackupJson.Backup b) {
        String value = b.backupType() != null && !b.backupType().isEmpty() ? b.backupType() : b.type();
        return Arrays.stream(BackupType.values())
                .filter(t -> t.wireValue().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown backup type: " + value));
    }

    static BackupStatus status(@Nullable String value) {
        return Arrays.stream(BackupStatus.values())
                .filter(s -> s != BackupStatus.UNKNOWN && s.wireValue().equals(value))
                .findFirst()
                .orElse(BackupStatus.UNKNOWN);
    }

    private static Backup withDisksCount(Backup b, int disksCount) {
        return new Backup(b.id(), b.vmContextId(), b.vmName(), b.type(), b.repositoryId(), b.policyId(), b.status(),
                b.bytesTransferred(), b.totalBytes(), disksCount, b.errorMessage(), b.currentPhase(),
                b.transferSpeedBps(), b.progressPercent(), b.lastTelemetryAt(), b.createdAt(), b.startedAt(),
                b.completedAt());
    }
}
