package com.sendense.console.base.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import java.util.Locale;

/**
 * Turns a hub failure into words a user can act on: what happened and what to do next. The UI
 * decides the text; the raw hub message is shown only where it helps (rejected input).
 */
public final class HubErrorMessages {

    private static final int MAX_HUB_CHARS = 160;

    private HubErrorMessages() {}

    /** {@link #explain(HubException, Locale)} in the current UI's language, English without a UI (a scheduler). */
    public static String explain(HubException e) {
        return explain(e, UiLocale.current());
    }

    /** One or two sentences for a notification or an empty-state panel. */
    public static String explain(HubException e, Locale locale) {
        String hub = shortText(e.hubMessage().orElse(""));
        String key = switch (e.code()) {
            case UNREACHABLE -> "unreachable";
            case TIMEOUT, NO_RESPONSE ->
                e instanceof HubUnavailableException u && u.outcomeUnknown() ? "timeoutOutcomeUnknown" : "timeout";
            case TOKEN_MISSING -> "tokenMissing";
            case TOKEN_INVALID_FORMAT, TOKEN_INVALID_OR_EXPIRED, INVALID_CREDENTIALS -> "tokenRefused";
            case ACCESS_DENIED -> "accessDenied";
            case VM_NOT_FOUND -> "vmNotFound";
            case REPOSITORY_NOT_FOUND -> "repositoryNotFound";
            case BACKUP_NOT_FOUND -> "backupNotFound";
            case FLOW_NOT_FOUND -> "flowNotFound";
            case RESOURCE_NOT_FOUND -> "resourceNotFound";
            case GROUP_NOT_FOUND -> "groupNotFound";
            case SCHEDULE_NOT_FOUND -> "scheduleNotFound";
            case CREDENTIAL_NOT_FOUND -> "credentialNotFound";
            case DUPLICATE_NAME -> "duplicateName";
            case ALREADY_IN_GROUP -> "alreadyInGroup";
            case GROUP_FULL -> "groupFull";
            case GROUP_HAS_VMS -> "groupHasVms";
            case SCHEDULE_IN_USE -> "scheduleInUse";
            case REPOSITORY_HAS_BACKUPS -> "repositoryHasBackups";
            case REPOSITORY_IN_USE -> "repositoryInUse";
            case REPLICATION_NOT_SUPPORTED -> "replicationNotSupported";
            case MOUNT_NOT_FOUND -> "mountNotFound";
            case MOUNT_NOT_READY -> "mountNotReady";
            case DISK_NOT_FOUND -> "diskNotFound";
            case QCOW2_MISSING -> "imageMissing";
            case MOUNT_LIMIT_REACHED, NO_NBD_DEVICE -> "noRestoreSlot";
            case MOUNT_BLOCKED_BY_FAILED_MOUNT -> "mountBlocked";
            case NO_MOUNTABLE_PARTITIONS -> "noMountablePartitions";
            case PATH_NOT_FOUND -> "pathNotFound";
            case PATH_TRAVERSAL -> "pathTraversal";
            case NO_PREVIOUS_BACKUP -> "noPreviousBackup";
            case VM_MISSING_CREDENTIAL -> "vmMissingCredential";
            case VM_HAS_NO_DISKS -> "vmHasNoDisks";
            case INVALID_REQUEST, UNSUPPORTED_ARCHIVE_FORMAT -> hub.isEmpty() ? "rejected" : "rejectedSaying";
            case ROUTE_NOT_FOUND, METHOD_NOT_ALLOWED -> "unsupported";
            case SNA_FAILURE -> "agentUnreachable";
            case VM_CREDENTIALS_UNAVAILABLE -> "credentialsUnreadable";
            case TRUNCATED -> "truncated";
            case UNDECODABLE_RESPONSE, UNEXPECTED_STATUS, SERVER_ERROR -> hub.isEmpty() ? "internal" : "internalSaying";
        };
        return Messages.get(locale, "base.hubError." + key, hub.endsWith(".") ? hub : hub + ".");
    }

    // The hub's text may be a proxy's HTML page, a multi-line dump or 2,000 characters of detail:
    // a notification gets its first line, bounded, and never markup.
    static String shortText(String hub) {
        String line = hub.strip().lines().findFirst().orElse("").strip();
        if (line.startsWith("<") || line.contains("</") || line.contains("/>")) {
            return "";
        }
        return line.length() <= MAX_HUB_CHARS ? line : line.substring(0, MAX_HUB_CHARS) + "…";
    }
}
