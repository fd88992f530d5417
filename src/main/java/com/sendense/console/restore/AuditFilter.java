package com.sendense.console.restore;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What to show of the audit log; {@code null} or blank means "any".
 *
 * @param user part of a username
 * @param vm part of a VM name
 * @param outcome one outcome
 * @param from started at or after
 * @param to started before
 */
public record AuditFilter(@Nullable String user, @Nullable String vm, @Nullable DownloadOutcome outcome,
        @Nullable Instant from, @Nullable Instant to) {

    /** Everything. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
