package com.sendense.console.dashboard;

import static com.sendense.console.dashboard.TestBackups.completed;
import static com.sendense.console.dashboard.TestBackups.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageBackfillTest {

    @Test
    void subtracts_what_later_backups_wrote_including_failed_ones_and_starts_when_the_repository_was_created() {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        Repository repo = new Repository("r", "R", RepositoryType.LOCAL, true, false, 0, null,
                now.minus(Duration.ofDays(3)).minusSeconds(60), now, Map.of());
        List<Backup> backups = List.of(completed("a", now.minus(Duration.ofDays(2)).minusSeconds(10), 100),
                completed("a", now.minus(Duration.ofHours(12)), 50), failed("b", now.minus(Duration.ofHours(6)), "x")); // its
                                                                                                                        // partial
                                                                                                                        // file
                                                                                                                        // (1
                                                                                                                        // GiB)
                                                                                                                        // stays
                                                                                                                        // on
                                                                                                                        // disk

        List<StorageSample> samples = StorageBackfill.reconstruct(repo,
                new StorageSample(now, 10_000, 5000L + (1L << 30), false), backups, Duration.ofDays(30));

        assertThat(samples).extracting(StorageSample::at)
                .containsExactly(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)),
                        now.minus(Duration.ofDays(1)));
        assertThat(samples).extracting(StorageSample::usedBytes).containsExactly(5000L - 150, 5000L - 50, 5000L - 50);
        assertThat(samples).allMatch(StorageSample::estimated);
    }
}
