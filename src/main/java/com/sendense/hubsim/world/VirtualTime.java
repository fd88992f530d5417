package com.sendense.hubsim.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The demo world's two clocks. History is laid out on a fixed virtual calendar ending on
 * {@link #ANCHOR}, so ids that embed a time ({@code backup-<vm>-<unix>}, {@code ctx-<vm>-<stamp>})
 * come out the same for a given seed whenever the simulator starts. Shown timestamps are the
 * virtual ones moved forward by whole days to end today, which keeps nightly runs at their local
 * time of day.
 */
final class VirtualTime {

    /** The last day of the virtual calendar (the day the contract's fixtures were captured). */
    static final LocalDate ANCHOR = LocalDate.of(2025, 10, 9);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ZoneId zone;
    private final long dayShift;
    private final LocalDateTime virtualNow;

    VirtualTime(Instant now, ZoneId zone) {
        this.zone = zone;
        LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
        this.dayShift = ChronoUnit.DAYS.between(ANCHOR, localNow.toLocalDate());
        this.virtualNow = localNow.minusDays(dayShift);
    }

    LocalDateTime now() {
        return virtualNow;
    }

    /** The real instant shown for a virtual local time. */
    Instant real(LocalDateTime virtual) {
        return virtual.plusDays(dayShift).atZone(zone).toInstant();
    }

    /** Unix seconds of a virtual local time, for ids. */
    long idSeconds(LocalDateTime virtual) {
        return virtual.atZone(zone).toEpochSecond();
    }

    /** {@code yyyymmdd-hhmmss} of a virtual local time, for ids. */
    String idStamp(LocalDateTime virtual) {
        return STAMP.format(virtual);
    }
}
