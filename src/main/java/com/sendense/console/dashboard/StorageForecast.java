package com.sendense.console.dashboard;

import java.time.Instant;

/** When a repository will be full, from the trend of its samples (least squares, like Proxmox Backup Server). */
public sealed interface StorageForecast {

    /** Fewer than two samples, or too short a span to fit a trend. */
    record NotEnoughData() implements StorageForecast {
    }

    /**
     * Usage is flat or shrinking.
     *
     * @param bytesPerDay the fitted daily change (zero or negative)
     */
    record NotGrowing(double bytesPerDay) implements StorageForecast {
    }

    /**
     * Usage grows and reaches the capacity at {@code fullAt} if the trend holds.
     *
     * @param fullAt the estimated moment the repository is full; may be in the past when the trend
     *     says so but the last measurement was not full yet
     * @param bytesPerDay the fitted daily growth
     */
    record FullOn(Instant fullAt, double bytesPerDay) implements StorageForecast {
    }
}
