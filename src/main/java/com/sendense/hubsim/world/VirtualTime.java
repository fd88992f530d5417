package com.sendense.hubsim.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * History lies on a fixed virtual calendar ending on {@link #ANCHOR}, so ids that embed a time come out
 * the same for a seed whenever the simulator starts; shown times move forward by whole days to end
 * today, which keeps nightly runs at their local time of day.
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

    Instant real(LocalDateTime virtual) {
        return virtual.plusDays(dayShift).atZone(zone).toInstant();
    }

    long idSeconds(LocalDateTime virtual) {
        return virtual.atZone(zone).toEpochSecond();
    }

    String idStamp(LocalDateTime virtual) {
        return STAMP.format(virtual);
    }
}
