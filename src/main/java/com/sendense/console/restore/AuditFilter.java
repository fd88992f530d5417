package com.sendense.console.restore;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** {@code null} or blank means "any"; {@code user} and {@code vm} match parts of names; {@code to} is exclusive. */
public record AuditFilter(@Nullable String user, @Nullable String vm, @Nullable DownloadOutcome outcome,
        @Nullable Instant from, @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
