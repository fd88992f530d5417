package com.sendense.console.restore;

import java.time.Duration;

/** Counts so far; {@code skipped} counts every folder that failed, also those beyond the kept list. */
public record SearchProgress(long folders, long entries, long matches, long skipped, Duration elapsed) {

    /** Folders listed per second. */
    public double rate() {
        long ms = elapsed.toMillis();
        return ms <= 0 ? 0 : folders * 1000.0 / ms;
    }
}
