package com.sendense.hubsim.api;

import com.sendense.hubsim.json.GoTime;
import java.time.Instant;
import java.time.ZoneId;

/** The hub's timestamp formats per field family (contract §1.4). */
final class Timestamps {

    private final GoTime goTime;
    private final boolean falseZ;

    Timestamps(ZoneId zone, boolean falseZ) {
        this.goTime = new GoTime(zone);
        this.falseZ = falseZ;
    }

    /**
     * Backup and repository times: {@code t.Format("2006-01-02T15:04:05Z")} on local time, or true UTC when the bug is
     * switched off.
     */
    String dbZ(Instant t) {
        return falseZ ? goTime.falseZ(t) : GoTime.rfc3339Utc(t);
    }

    /** {@code time.Time} fields read from the DB: whole seconds, local offset. */
    String local(Instant t) {
        return goTime.rfc3339Nano(t);
    }

    /** {@code time.Now().Format(time.RFC3339)}. */
    String localSeconds(Instant t) {
        return goTime.rfc3339(t);
    }

    /** {@code time.Now().UTC()} encoded by {@code encoding/json}: RFC3339Nano with {@code Z}. */
    String utcNano(Instant t) {
        return UTC.rfc3339Nano(t);
    }

    private static final GoTime UTC = new GoTime(java.time.ZoneOffset.UTC);

    /** {@code time.Now().UTC().Format(time.RFC3339)}. */
    String utc(Instant t) {
        return GoTime.rfc3339Utc(t);
    }
}
