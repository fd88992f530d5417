package com.sendense.console.hub;

/** The hub's parent job id, {@code backup-<vm>-<unix seconds>}. */
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
