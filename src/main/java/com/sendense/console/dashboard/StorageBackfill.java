package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.Repository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reconstructs a repository's past usage from its backup history the first time the console sees
 * it, so the trend does not start empty: what is used now, minus what the backups started after
 * each moment wrote. It over-estimates past usage when backups were deleted (the hub keeps their
 * files but forgets their bytes), so it errs towards a later full date; samples are marked
 * {@link StorageSample#estimated()} and shown as such.
 */
final class StorageBackfill {

    private StorageBackfill() {
    }

    /** Daily estimates for the {@code window} before {@code now}, oldest first, not before the repository existed. */
    static List<StorageSample> reconstruct(Repository repository, StorageSample now, Collection<Backup> backups,
            Duration window) {
        List<StorageSample> samples = new ArrayList<>();
        for (long daysAgo = window.toDays(); daysAgo >= 1; daysAgo--) {
            Instant at = now.at().minus(Duration.ofDays(daysAgo));
            if (at.isBefore(repository.createdAt())) {
                continue;
            }
            long writtenSince = backups.stream().filter(b -> b.createdAt().isAfter(at))
                    .mapToLong(b -> Math.max(b.bytesTransferred(), 0)).sum();
            samples.add(new StorageSample(at, now.totalBytes(), Math.max(0, now.usedBytes() - writtenSince), true));
        }
        return samples;
    }
}
