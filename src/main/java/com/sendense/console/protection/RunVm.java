package com.sendense.console.protection;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One VM of a run.
 *
 * @param backupId the backup the run started, if it started one
 * @param type full or incremental, as started (full when the repository holds no completed full of the VM)
 * @param message the hub's words for a failure or a refused start, or why the VM was skipped
 */
public record RunVm(String vmName, @Nullable String contextId, @Nullable BackupId backupId, @Nullable BackupType type,
        VmOutcome outcome, @Nullable String message) {

    /** The message in {@code locale} ({@link StoredText}); {@code ""} without one. */
    public String message(Locale locale) {
        return StoredText.show(message, locale);
    }

    RunVm failed(String why) {
        return new RunVm(vmName, contextId, null, null, VmOutcome.START_FAILED, why);
    }

    RunVm running(Backup backup, BackupType startedAs, @Nullable String note) {
        return new RunVm(vmName, contextId, backup.id(), startedAs, VmOutcome.RUNNING, note);
    }

    RunVm ended(VmOutcome outcome, @Nullable String note) {
        return new RunVm(vmName, contextId, backupId, type, outcome, note);
    }
}
