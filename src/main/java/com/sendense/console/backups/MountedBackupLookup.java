package com.sendense.console.backups;

import com.sendense.console.hub.BackupId;
import java.util.Optional;

/**
 * The hub cannot say whether a backup is mounted: its mount list names no backup ({@code backup_id} is
 * always empty), so only the restore feature's own records can. Empty means "cannot tell".
 */
@FunctionalInterface
public interface MountedBackupLookup {

    MountedBackupLookup UNKNOWN = backup -> Optional.empty();

    Optional<Boolean> isMounted(BackupId backup);
}
