package com.sendense.console.restore;

import com.sendense.console.live.OneRunAtATime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once across instances: the first run shortly after start-up clears what a stopped console left. */
@Component
class SpoolCleanup {

    private static final Logger log = LoggerFactory.getLogger(SpoolCleanup.class);

    private final DownloadSpool spool;
    private final OneRunAtATime runs = new OneRunAtATime(log, "Download spool cleanup failed unexpectedly");

    SpoolCleanup(DownloadSpool spool) {
        this.spool = spool;
    }

    @Async
    @Scheduled(initialDelayString = "${console.restore.spool.first-cleanup:10s}", fixedDelayString = "${console.restore.spool.cleanup-interval:10m}")
    @SchedulerLock(name = "download-spool-cleanup", lockAtMostFor = "10m", lockAtLeastFor = "30s")
    void trigger() {
        runs.run(() -> {
            int removed = spool.cleanOnce();
            if (removed > 0) {
                log.info("Download spool cleanup removed {} expired or orphaned files and rows", removed);
            }
        });
    }
}
