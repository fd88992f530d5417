package com.sendense.console.hub;

/**
 * The id of a backup (the hub's parent job), {@code backup-<vm>-<unix seconds>}.
 *
 * @param value the id; not blank
 */
public record BackupId(String value) {

    public BackupId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A backup id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
