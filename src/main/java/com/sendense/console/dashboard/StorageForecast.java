package com.sendense.console.dashboard;

import java.time.Instant;

/** From the trend of the samples (least squares, like Proxmox Backup Server). */
public sealed interface StorageForecast {

    /** Fewer than two samples, or too short a span. */
    record NotEnoughData() implements StorageForecast {}

    /** {@code bytesPerDay} is zero or negative. */
    record NotGrowing(double bytesPerDay) implements StorageForecast {}

    /** {@code fullAt} may be past when the trend says so but the last measurement was not full yet. */
    record FullOn(Instant fullAt, double bytesPerDay) implements StorageForecast {}
}
