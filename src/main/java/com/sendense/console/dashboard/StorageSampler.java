package com.sendense.console.dashboard;

import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.live.OneRunAtATime;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records every repository's capacity on a schedule ({@code console.dashboard.storage-sample-interval},
 * hourly by default), because the hub only knows "now". Runs on the task executor so a hung NFS
 * share on the hub never blocks the scheduler, skips a run while the previous one is still going,
 * and catches and logs everything.
 */
@Component
class StorageSampler {

    private static final Logger log = LoggerFactory.getLogger(StorageSampler.class);

    private final HubClient hub;
    private final StorageSampleRepository samples;
    private final DashboardProperties properties;
    private final Clock clock;
    private final OneRunAtATime runs = new OneRunAtATime(log, "Sampling repository storage failed unexpectedly");

    StorageSampler(HubClient hub, StorageSampleRepository samples, DashboardProperties properties, Clock clock) {
        this.hub = hub;
        this.samples = samples;
        this.properties = properties;
        this.clock = clock;
    }

    @Async
    @Scheduled(fixedDelayString = "${console.dashboard.storage-sample-interval:1h}", initialDelayString = "${console.dashboard.storage-sample-initial-delay:10s}")
    @SchedulerLock(name = "storage-sampler", lockAtMostFor = "30m", lockAtLeastFor = "30s")
    void trigger() {
        runs.run(() -> {
            try {
                sampleOnce();
            } catch (HubException e) {
                log.warn("Could not sample repository storage: {}", e.getMessage());
            }
        });
    }

    /**
     * Records one sample per repository whose storage the hub can read, and drops samples past the
     * retention. Tests call this directly.
     *
     * @return how many samples were recorded
     */
    int sampleOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int recorded = 0;
        for (Repository repository : hub.repositories()) {
            if (repository.storageInfo().isEmpty()) {
                log.info("Repository {} has no storage figures now (file system not readable on the hub)",
                        repository.name());
                continue;
            }
            StorageInfo info = repository.storageInfo().get();
            StorageSample sample = new StorageSample(now, info.totalBytes(), info.usedBytes(), false);
            if (!samples.hasSamples(repository.id())) {
                backfill(repository, sample);
            }
            recorded += samples.insert(repository.id(), List.of(sample));
        }
        samples.deleteOlderThan(now.minus(properties.storageRetention()));
        return recorded;
    }

    private void backfill(Repository repository, StorageSample now) {
        try {
            var history = hub.backups(BackupFilter.forRepository(repository.id()));
            int added = samples.insert(repository.id(),
                    StorageBackfill.reconstruct(repository, now, history, properties.forecastWindow()));
            log.info("Estimated {} past storage samples of repository {} from its backup history", added,
                    repository.name());
        } catch (HubException e) {
            log.warn("Could not read the backups of repository {} to estimate its past usage: {}", repository.name(),
                    e.getMessage());
        }
    }
}
