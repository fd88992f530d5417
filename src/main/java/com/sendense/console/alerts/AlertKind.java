package com.sendense.console.alerts;

/** What an alert is about; the bundle key of its texts is {@code alerts.kind.<lower-case name>}. */
public enum AlertKind {

    BACKUP_FAILED(true), BACKUP_STALLED(true), RUN_FAILED(false), RUN_MISSED(false), RPO_EXCEEDED(
            true), REPOSITORY_FULL(false), REPOSITORY_FORECAST(false),
    /** Only ever sent to the user who made the mount. */
    MOUNT_EXPIRING(true);

    private final boolean aboutAVm;

    AlertKind(boolean aboutAVm) {
        this.aboutAVm = aboutAVm;
    }

    /** Help desk receives only events of a VM in their scope, so none of the others. */
    public boolean aboutAVm() {
        return aboutAVm;
    }

    public String key() {
        return "alerts.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
