package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.Repository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Fills a new repository's past from its backups so the trend does not start empty: used now minus
 * what later backups wrote. Deleted backups (files kept, bytes forgotten by the hub) make it
 * over-estimate, erring towards a later full date; samples are marked {@link StorageSample#estimated()}.
 */
final class StorageBackfill {

    private StorageBackfill() {}

    /** Daily, oldest first, not before the repository existed. */
    static List<StorageSample> reconstruct(Repository repository, StorageSample now, Collection<Backup> backups,
            Duration window) {
        List<StorageSample> samples = new ArrayList<>();
        for (long daysAgo = window.toDays(); daysAgo >= 1; daysAgo--) {
            Instant at = now.at().minus(Duration.ofDays(daysAgo));
            if (at.isBefore(repository.createdAt())) {
                continue;
            }
            long writtenSince = backups.stream()
                    .filter(b -> b.createdAt().isAfter(at))
                    .mapToLong(b -> Math.max(b.bytesTransferred(), 0))
                    .sum();
            samples.add(new StorageSample(at, now.totalBytes(), Math.max(0, now.usedBytes() - writtenSince), true));
        }
        return samples;
    }
}
