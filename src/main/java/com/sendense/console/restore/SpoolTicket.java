package com.sendense.console.restore;

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
    private volatile long hubRate;
    private volatile @Nullable Long deliverable;

    SpoolTicket(String id, String fileName, long size, DownloadProgress progress, DownloadSpool spool) {
        this.id = id;
        this.fileName = fileName;
        this.size = size;
        this.progress = progress;
        this.spool = spool;
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

    void cutOff(long rate, long deliverableBytes) {
        hubRate = rate;
        deliverable = deliverableBytes;
    }
}
