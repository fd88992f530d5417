package com.sendense.hubsim.backup;

import com.sendense.hubsim.world.BackupRow;
import java.time.Instant;
import java.util.List;

/** What {@code POST /backups} ends in, past the request validation. */
public sealed interface StartOutcome {

    record Started(BackupRow row, List<DiskResult> disks, String nbdTargets,
            Instant createdAt) implements StartOutcome {

        public Started {
            disks = List.copyOf(disks);
        }
    }

    /** A {@code BackupHandler.sendError}. */
    record Failed(int status, String error, String details) implements StartOutcome {}

    /** The hub dereferences a nil VM context and the connection is dropped. */
    record Crashed() implements StartOutcome {}

    /** A {@code DiskBackupResult}. */
    record DiskResult(int diskId, int nbdPort, String exportName, String qcow2Path, int qemuNbdPid) {}
}
