package com.sendense.console.live;

import com.sendense.console.hub.Mount;
import com.sendense.console.hub.RestoreResources;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The hub's list does not say which backup a mount belongs to; join it with the restore feature's records.
 * {@code unreadableSince}: the hub has not answered since then, so these are the mounts as of {@code fetchedAt}.
 */
public record MountsSnapshot(List<Mount> mounts, @Nullable RestoreResources resources, Instant fetchedAt,
        @Nullable Instant unreadableSince) {

    public MountsSnapshot {
        mounts = List.copyOf(mounts);
    }

    public MountsSnapshot(List<Mount> mounts, @Nullable RestoreResources resources, Instant fetchedAt) {
        this(mounts, resources, fetchedAt, null);
    }

    /** Whether this is the hub's current answer. */
    public boolean known() {
        return unreadableSince == null;
    }

    MountsSnapshot unreadableSince(Instant since) {
        return new MountsSnapshot(mounts, resources, fetchedAt, since);
    }

    /** Ignores when each was fetched. */
    boolean differsFrom(@Nullable MountsSnapshot other) {
        return other == null || !mounts.equals(other.mounts) || !Objects.equals(resources, other.resources)
                || known() != other.known();
    }
}
