package com.sendense.console.restore.ui;

import com.sendense.console.restore.DownloadProgress;
import com.sendense.console.restore.DownloadRequest;
import com.sendense.console.restore.SpoolRefusedException;
import com.sendense.console.restore.SpoolTicket;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

final class QueueItem {

    final DownloadRequest request;
    final String name;
    final @Nullable Long knownSize;
    /** Large files go hub → console's spool → browser, so a broken browser download can resume. */
    final boolean viaSpool;
    final DownloadProgress progress = new DownloadProgress();
    boolean requested;
    /** Set when the queue starts the browser's request; a request that finds it unset is refused. */
    final java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
    @Nullable
    SpoolTicket ticket;
    @Nullable
    SpoolRefusedException refused;
    /** Stage 1 ended and the queue has acted on it (handed the file to the browser, or reported why not). */
    boolean handedOver;
    /** Retry pressed: the item waits its turn again although its last attempt has finished. */
    boolean retrying;
    long speed;
    private long lastBytes;
    private @Nullable Instant lastTick;

    QueueItem(DownloadRequest request, String name, @Nullable Long knownSize, boolean viaSpool) {
        this.request = request;
        this.name = name;
        this.knownSize = knownSize;
        this.viaSpool = viaSpool;
    }

    /** Bytes of the stage that runs: the hub's pull, then what the browser has been sent. */
    long bytes() {
        SpoolTicket t = ticket;
        return t != null && handedOver && progress.state() == DownloadProgress.State.COMPLETE
                ? t.served()
                : progress.bytes();
    }

    boolean serving() {
        SpoolTicket t = ticket;
        return t != null && handedOver && progress.state() == DownloadProgress.State.COMPLETE
                && t.served() < progress.bytes();
    }

    void tick(Instant now) {
        long bytes = bytes();
        if (lastTick != null && now.isAfter(lastTick)
                && (progress.state() == DownloadProgress.State.RUNNING || serving())) {
            long millis = java.time.Duration.between(lastTick, now).toMillis();
            speed = millis == 0 ? speed : Math.max(0, bytes - lastBytes) * 1000 / millis;
        }
        lastBytes = bytes;
        lastTick = now;
    }

    void restart() {
        requested = false;
        retrying = true;
        speed = 0;
        lastBytes = 0;
        lastTick = null;
    }

    boolean finished() {
        return !retrying && (refused != null || progress.isFinished());
    }

    boolean waiting() {
        return !requested && (retrying || !finished());
    }
}
