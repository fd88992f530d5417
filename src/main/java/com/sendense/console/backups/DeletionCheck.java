package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Read fresh from the hub just before asking the user; the hub's mounts do not say which backups they belong to. */
public record DeletionCheck(Backup backup, @Nullable Refusal refusal, MountState mounted, int mountsOnHub) {

    public enum Refusal {
        /** The backup is still running; the hub would delete its record without stopping it. */
        RUNNING,
        /** The backup is mounted; the hub would leave the mount attached with no record of it. */
        MOUNTED
    }

    public enum MountState {

        MOUNTED, NOT_MOUNTED, UNKNOWN;

        static MountState of(Optional<Boolean> known) {
            return known.map(m -> m ? MOUNTED : NOT_MOUNTED).orElse(UNKNOWN);
        }
    }

    public Optional<Refusal> refused() {
        return Optional.ofNullable(refusal);
    }
}
