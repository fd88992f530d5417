package com.sendense.console.base.ui;

import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;

/**
 * Turns a hub failure into words a user can act on: what happened and what to do next. The UI
 * decides the text; the raw hub message is shown only where it helps (rejected input).
 */
public final class HubErrorMessages {

    private static final int MAX_HUB_CHARS = 160;

    private HubErrorMessages() {}

    /** One or two sentences for a notification or an empty-state panel. */
    public static String explain(HubException e) {
        String hub = shortText(e.hubMessage().orElse(""));
        return switch (e.code()) {
            case UNREACHABLE -> "The hub cannot be reached. Check that it is running and that HUB_URL is right; "
                    + "the console keeps retrying.";
            case TIMEOUT, NO_RESPONSE -> e instanceof HubUnavailableException u && u.outcomeUnknown()
                    ? "The hub did not answer in time. It may still have done what was asked: check before trying again."
                    : "The hub did not answer in time. Try again in a moment.";
            case TOKEN_MISSING -> "The hub requires an appliance token. Set HUB_TOKEN for the console and restart it.";
            case TOKEN_INVALID_FORMAT, TOKEN_INVALID_OR_EXPIRED, INVALID_CREDENTIALS ->
                "The hub refused the console's appliance token. Check HUB_TOKEN.";
            case ACCESS_DENIED -> "The hub refused access to this function. Check that the console's appliance "
                    + "token (HUB_TOKEN) has the rights it needs.";
            case VM_NOT_FOUND -> "This VM is not in the hub's inventory (any more). Reload the VM list; run VM "
                    + "discovery on the hub if it should be there.";
            case REPOSITORY_NOT_FOUND -> "The repository no longer exists on the hub. Choose another repository.";
            case BACKUP_NOT_FOUND ->
                "This backup no longer exists on the hub. Reload the list to see the backups " + "it still has.";
            case FLOW_NOT_FOUND -> "This protection flow no longer exists on the hub. Reload the page.";
            case RESOURCE_NOT_FOUND -> "The hub no longer has what was asked for. Reload the page.";
            case GROUP_NOT_FOUND -> "This machine group no longer exists on the hub. Reload the list.";
            case SCHEDULE_NOT_FOUND -> "The schedule no longer exists on the hub. Choose another one.";
            case CREDENTIAL_NOT_FOUND ->
                "The hub does not know this vCenter credential. Choose another one or add it again.";
            case DUPLICATE_NAME -> "That name is taken on the hub. Choose another name.";
            case ALREADY_IN_GROUP -> "This VM is in the group already. Reload the group to see its members.";
            case GROUP_FULL -> "The group is full: the hub caps a group at its maximum of concurrent VMs. "
                    + "Raise that maximum first, then assign the VM again.";
            case GROUP_HAS_VMS -> "The hub deletes only empty groups. Unassign its VMs first, then try again.";
            case SCHEDULE_IN_USE ->
                "Machine groups still use this schedule, and the hub cannot take a schedule off a group. "
                        + "Keep the schedule, or delete those groups first and try again.";
            case REPOSITORY_HAS_BACKUPS ->
                "The hub never deletes a repository that has held a backup. Choose another repository for new backups instead.";
            case REPOSITORY_IN_USE ->
                "A policy or backup record still uses this repository, so the hub refused to delete it. Check which policies use it.";
            case REPLICATION_NOT_SUPPORTED ->
                "The hub cannot create or run replication flows. Choose the backup flow type instead.";
            case MOUNT_NOT_FOUND -> "The mount has expired or was removed. Mount the disk again to continue.";
            case MOUNT_NOT_READY -> "The disk is still being mounted. Try again in a few seconds.";
            case DISK_NOT_FOUND -> "This disk of the backup cannot be mounted (yet). A just-finished backup can "
                    + "take a moment before it is mountable: try again in a minute, or choose another recovery point.";
            case QCOW2_MISSING ->
                "The backup's disk image is missing from the repository. Choose another recovery point.";
            case MOUNT_LIMIT_REACHED, NO_NBD_DEVICE ->
                "All restore slots on the hub are in use. Unmount a disk " + "that is no longer needed and try again.";
            case MOUNT_BLOCKED_BY_FAILED_MOUNT -> "An earlier failed mount is blocking the hub's restore device. "
                    + "An administrator must clear the failed mount on the hub.";
            case NO_MOUNTABLE_PARTITIONS -> "The hub found no partition it can mount on this disk (for example an "
                    + "LVM-only or whole-disk file system). Choose another disk of the backup.";
            case PATH_NOT_FOUND ->
                "This folder or file does not exist on the mounted disk. Go back to its folder " + "and reload it.";
            case PATH_TRAVERSAL ->
                "That path is not allowed. Choose a folder from the list or type a path inside " + "the mounted disk.";
            case NO_PREVIOUS_BACKUP -> "An incremental backup needs a completed full backup in this repository. "
                    + "Start a full backup first.";
            case VM_MISSING_CREDENTIAL ->
                "The hub has no VMware credentials for this VM. Assign credentials on the hub.";
            case VM_HAS_NO_DISKS -> "The hub knows no disks for this VM. Run VM discovery on the hub.";
            case INVALID_REQUEST, UNSUPPORTED_ARCHIVE_FORMAT ->
                "The hub rejected the request" + quoted(hub) + " Check the values and try again.";
            case ROUTE_NOT_FOUND, METHOD_NOT_ALLOWED -> "The hub does not support this operation. Check that the hub "
                    + "runs a version this console supports.";
            case SNA_FAILURE ->
                "The hub could not reach its backup agent (SNA). Check that the agent runs, then " + "try again.";
            case VM_CREDENTIALS_UNAVAILABLE -> "The hub could not read the VMware credentials for this VM. Check them "
                    + "on the hub, then try again.";
            case TRUNCATED -> "The download was cut short by the hub; the file is incomplete. Download it again.";
            case UNDECODABLE_RESPONSE, UNEXPECTED_STATUS, SERVER_ERROR -> "The hub reported an internal error"
                    + quoted(hub) + " Try again; if it keeps failing, check " + "the hub's log.";
        };
    }

    /** The hub's own words after a colon, or just the end of the sentence when it gave none. */
    private static String quoted(String hub) {
        return hub.isEmpty() ? "." : ": " + hub + (hub.endsWith(".") ? "" : ".");
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
