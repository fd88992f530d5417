package com.sendense.console.live;

import com.sendense.console.hub.Mount;
import com.sendense.console.hub.RestoreResources;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The hub's list does not say which backup a mount belongs to; join it with the restore feature's records. */
public record MountsSnapshot(List<Mount> mounts, @Nullable RestoreResources resources, Instant fetchedAt) {

    public MountsSnapshot {
        mounts = List.copyOf(mounts);
    }

    /** Ignores when each was fetched. */
    boolean differsFrom(@Nullable MountsSnapshot other) {
        return other == null || !mounts.equals(other.mounts) || !java.util.Objects.equals(resources, other.resources);
    }
}
