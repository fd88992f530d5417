package com.sendense.console.restore;

import com.sendense.console.backups.MountedBackupLookup;
import com.sendense.console.hub.BackupId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * From the console's own mount records, since the hub's mount list names no backup. A mount without a record
 * could be of any backup, so while one exists every other backup gets "cannot tell".
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
