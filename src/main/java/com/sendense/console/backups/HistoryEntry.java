package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of backup history: the hub's backup and the name of its repository (the hub lists
 * only ids, and a repository that was removed or disabled has none).
 *
 * @param backup the backup
 * @param repositoryName the repository's name, or its id when the hub no longer lists it
 */
public record HistoryEntry(Backup backup, String repositoryName) {

    /**
     * How long the backup ran, once it has finished. Both ends are the hub's local times with the
     * same correction, so the difference is exact.
     *
     * @return the run time, or empty while it runs
     */
    public Optional<Duration> duration() {
        Instant end = backup.completedAt();
        if (end == null) {
            return Optional.empty();
        }
        Instant start = backup.startedAt() != null ? backup.startedAt() : backup.createdAt();
        Duration d = Duration.between(start, end);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }
}
