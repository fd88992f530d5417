package com.sendense.console.protection;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One run of a protection flow as the console started and recorded it (the console's database, so it
 * survives restarts).
 *
 * @param scheduledFor the due time it ran for (schedule and catch-up runs), or empty for "Run now"
 * @param startedBy the user who pressed "Run now", or {@code "scheduler"}
 * @param message what the run as a whole needs to say (why it was skipped, how many due times a catch-up covers)
 */
public record ProtectionRun(long id, String flowId, String flowName, RunTrigger trigger, @Nullable Instant scheduledFor,
        Instant startedAt, @Nullable Instant endedAt, RunState state, String startedBy, @Nullable String message,
        List<RunVm> vms) {

    public ProtectionRun {
        vms = List.copyOf(vms);
    }

    /** The message in {@code locale} ({@link StoredText}); {@code ""} without one. */
    public String message(Locale locale) {
        return StoredText.show(message, locale);
    }

    public long count(VmOutcome outcome) {
        return vms.stream().filter(vm -> vm.outcome() == outcome).count();
    }

    /** Backups this run started (running, completed or failed). */
    public long backupsStarted() {
        return vms.stream().filter(vm -> vm.backupId() != null).count();
    }
}
