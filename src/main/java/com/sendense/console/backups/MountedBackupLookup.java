package com.sendense.console.backups;

import com.sendense.console.hub.BackupId;
import java.util.Optional;

/**
 * Whether a backup has a live file-restore mount. The hub cannot say: its mount list names no
 * backup ({@code backup_id} is always empty), so only the console's own record of what it mounted
 * can. The restore feature provides that record as a bean implementing this interface; until it
 * exists, {@link #UNKNOWN} is used and the delete confirmation says that it cannot tell.
 */
@FunctionalInterface
public interface MountedBackupLookup {

    /** Knows nothing: every answer is "cannot tell". */
    MountedBackupLookup UNKNOWN = backup -> Optional.empty();

    /**
     * @param backup the backup
     * @return {@code true} if mounted, {@code false} if certainly not, empty if unknown
     */
    Optional<Boolean> isMounted(BackupId backup);
}
