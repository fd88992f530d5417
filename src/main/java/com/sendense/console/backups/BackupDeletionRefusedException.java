package com.sendense.console.backups;

import com.sendense.console.hub.BackupId;

/** The console refused to delete a backup (see {@link #reason()}); nothing was sent to the hub. */
public class BackupDeletionRefusedException extends RuntimeException {

    private final DeletionCheck.Refusal reason;

    BackupDeletionRefusedException(BackupId id, DeletionCheck.Refusal reason) {
        super("Backup " + id + " was not deleted: " + reason);
        this.reason = reason;
    }

    public DeletionCheck.Refusal reason() {
        return reason;
    }
}
