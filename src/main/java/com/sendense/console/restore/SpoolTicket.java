package com.sendense.console.restore;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One file on its way through the spool, as the queue shows it: stage 1 (hub to spool) in {@link #progress()}, stage
 * 2 (spool to browser) as the furthest byte served. Written by the pulling thread and the download endpoint, read by
 * the UI's tick.
 */
public final class SpoolTicket {

    private final String id;
    private final String fileName;
    private final long size;
    private final DownloadProgress progress;
    private final DownloadSpool spool;
    private final Duration timeToLive;
    private final Duration hubWriteTimeout;
    private volatile long hubRate;
    private volatile @Nullable Long deliverable;
    private volatile boolean settled;

    SpoolTicket(String id, String fileName, long size, DownloadProgress progress, DownloadSpool spool,
            SpoolProperties properties) {
        this.id = id;
        this.fileName = fileName;
        this.size = size;
        this.progress = progress;
        this.spool = spool;
        this.timeToLive = properties.timeToLive();
        this.hubWriteTimeout = properties.hubWriteTimeout();
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /** The size the hub listed, reserved against the cap. */
    public long size() {
        return size;
    }

    public DownloadProgress progress() {
        return progress;
    }

    /** How long the spooled file is kept for the browser to fetch or resume. */
    public Duration timeToLive() {
        return timeToLive;
    }

    /** The hub's write timeout, after which it cuts every response. */
    public Duration hubWriteTimeout() {
        return hubWriteTimeout;
    }

    /** Bytes per second the hub delivered at before it cut the pull off, 0 otherwise. */
    public long hubRate() {
        return hubRate;
    }

    /**
     * When the hub cut the pull off at its write timeout: the largest file it can deliver at the measured rate
     * within that timeout; null while the pull runs or when it did not end that way.
     */
    public @Nullable Long deliverable() {
        return deliverable;
    }

    /** The furthest byte the browser has been sent so far, over every request for it. */
    public long served() {
        return spool.served(id);
    }

    /**
     * Stage 1 is over and its outcome recorded: a complete file can be fetched, anything else is gone. The
     * progress reports its end a moment earlier, before the file is marked ready.
     */
    public boolean settled() {
        return settled;
    }

    void settle() {
        settled = true;
    }

    void cutOff(long rate, long deliverableBytes) {
        hubRate = rate;
        deliverable = deliverableBytes;
    }
}
