package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code repositoryName} is the id when the hub no longer lists the repository (removed or disabled). */
public record HistoryEntry(Backup backup, String repositoryName) {

    /** Exact: both ends are the hub's local times with the same correction. */
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
