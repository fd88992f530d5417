package com.sendense.console.restore.ui;

import com.sendense.console.restore.DownloadProgress;
import com.sendense.console.restore.DownloadRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

final class QueueItem {

    final DownloadRequest request;
    final String name;
    final @Nullable Long knownSize;
    final DownloadProgress progress = new DownloadProgress();
    boolean requested;
    /** Set when the queue starts the browser's request; a request that finds it unset is refused. */
    final java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
    long speed;
    private long lastBytes;
    private @Nullable Instant lastTick;

    QueueItem(DownloadRequest request, String name, @Nullable Long knownSize) {
        this.request = request;
        this.name = name;
        this.knownSize = knownSize;
    }

    void tick(Instant now) {
        long bytes = progress.bytes();
        if (lastTick != null && now.isAfter(lastTick) && progress.state() == DownloadProgress.State.RUNNING) {
            long millis = java.time.Duration.between(lastTick, now).toMillis();
            speed = millis == 0 ? speed : (bytes - lastBytes) * 1000 / millis;
        }
        lastBytes = bytes;
        lastTick = now;
    }

    void restart() {
        requested = false;
        speed = 0;
        lastBytes = 0;
        lastTick = null;
    }

    boolean waiting() {
        return !requested && !progress.isFinished();
    }
}
