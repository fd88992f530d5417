package com.sendense.console.restore;

/**
 * The spool has no room for a file: it is larger than one file may be ({@link Limit#FILE}), or the files already
 * spooled leave too little of the total ({@link Limit#TOTAL}). Nothing was read from the hub or audited. The view
 * words it, with the sizes formatted for its reader.
 */
public final class SpoolRefusedException extends RuntimeException {

    public enum Limit {
        FILE, TOTAL
    }

    private final Limit limit;
    private final long size;
    private final long cap;
    private final long free;

    SpoolRefusedException(Limit limit, long size, long cap, long free) {
        super("%s of %d bytes refused: cap %d, free %d".formatted(limit, size, cap, free));
        this.limit = limit;
        this.size = size;
        this.cap = cap;
        this.free = free;
    }

    public Limit limit() {
        return limit;
    }

    public long size() {
        return size;
    }

    public long cap() {
        return cap;
    }

    public long free() {
        return free;
    }
}
