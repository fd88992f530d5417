package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What deleting a backup would do, read fresh from the hub just before asking the user.
 *
 * @param backup the backup as the hub has it now
 * @param refusal why the console will not delete it, or {@code null} if it may
 * @param mounted whether it has a live mount, as far as the console can tell
 * @param mountsOnHub every live mount on the hub; the hub does not say which backups they belong to
 */
public record DeletionCheck(Backup backup, @Nullable Refusal refusal, MountState mounted, int mountsOnHub) {

    /** Why a delete is refused. */
    public enum Refusal {
        /** The backup is still running; the hub would delete its record without stopping it. */
        RUNNING,
        /** The backup is mounted; the hub would leave the mount attached with no record of it. */
        MOUNTED
    }

    /** Whether the backup has a live mount. */
    public enum MountState {
        MOUNTED, NOT_MOUNTED, UNKNOWN;

        static MountState of(Optional<Boolean> known) {
            return known.map(m -> m ? MOUNTED : NOT_MOUNTED).orElse(UNKNOWN);
        }
    }

    /** Why deleting is refused, if it is. */
    public Optional<Refusal> refused() {
        return Optional.ofNullable(refusal);
    }
}
