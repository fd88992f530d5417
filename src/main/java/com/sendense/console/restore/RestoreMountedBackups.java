package com.sendense.console.restore;

import com.sendense.console.backups.MountedBackupLookup;
import com.sendense.console.hub.BackupId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells backup deletion whether a backup is mounted, from the console's own mount records (the
 * hub's mount list names no backup). A mount the console has no record of could be of any
 * backup, so while one exists the answer for every other backup is "cannot tell".
 */
@Component
class RestoreMountedBackups implements MountedBackupLookup {

    private final MountService mounts;

    RestoreMountedBackups(MountService mounts) {
        this.mounts = mounts;
    }

    @Override
    public Optional<Boolean> isMounted(BackupId backup) {
        List<MountRecord> active = mounts.activeMounts();
        if (active.stream().anyMatch(m -> backup.equals(m.backupId()))) {
            return Optional.of(true);
        }
        return active.stream().allMatch(MountRecord::knownToConsole) ? Optional.of(false) : Optional.empty();
    }
}
