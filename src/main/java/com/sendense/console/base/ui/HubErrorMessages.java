package com.sendense.console.base.ui;

import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;

/**
 * Turns a hub failure into words a user can act on: what happened and what to do next. The UI
 * decides the text; the raw hub message is shown only where it helps (rejected input).
 */
public final class HubErrorMessages {

    private HubErrorMessages() {
    }

    /** One or two sentences for a notification or an empty-state panel. */
    public static String explain(HubException e) {
        String hub = e.hubMessage().orElse("");
        return switch (e.code()) {
            case UNREACHABLE -> "The hub cannot be reached. Check that it is running and that HUB_URL is right; "
                    + "the console keeps retrying.";
            case TIMEOUT, NO_RESPONSE -> e instanceof HubUnavailableException u && u.outcomeUnknown()
                    ? "The hub did not answer in time. It may still have done what was asked: check before trying again."
                    : "The hub did not answer in time. Try again in a moment.";
            case TOKEN_MISSING -> "The hub requires an appliance token. Set HUB_TOKEN for the console and restart it.";
            case TOKEN_INVALID_FORMAT, TOKEN_INVALID_OR_EXPIRED, INVALID_CREDENTIALS ->
                    "The hub refused the console's appliance token. Check HUB_TOKEN.";
            case ACCESS_DENIED -> "The hub refused access to this function.";
            case VM_NOT_FOUND -> "This VM is not in the hub's inventory (any more).";
            case REPOSITORY_NOT_FOUND -> "The repository no longer exists on the hub.";
            case BACKUP_NOT_FOUND -> "This backup no longer exists on the hub.";
            case FLOW_NOT_FOUND -> "This protection flow no longer exists on the hub.";
            case RESOURCE_NOT_FOUND -> "The hub no longer has what was asked for.";
            case GROUP_NOT_FOUND -> "This machine group no longer exists on the hub. Reload the list.";
            case SCHEDULE_NOT_FOUND -> "The schedule no longer exists on the hub. Choose another one.";
            case CREDENTIAL_NOT_FOUND -> "The hub does not know this vCenter credential. Choose another one or add it again.";
            case DUPLICATE_NAME -> "That name is taken on the hub. Choose another name.";
            case ALREADY_IN_GROUP -> "This VM is in the group already.";
            case GROUP_FULL -> "The group is full: the hub caps a group at its maximum of concurrent VMs. "
                    + "Raise that maximum first, then add the VM.";
            case GROUP_HAS_VMS -> "The hub deletes only empty groups. Remove its VMs first.";
            case SCHEDULE_IN_USE -> "Machine groups still use this schedule, and the hub cannot take a schedule off a group. "
                    + "Keep the schedule, or delete those groups first.";
            case REPOSITORY_HAS_BACKUPS -> "The hub never deletes a repository that has held a backup.";
            case REPOSITORY_IN_USE -> "A policy or backup record still uses this repository; the hub refused to delete it.";
            case REPLICATION_NOT_SUPPORTED -> "The hub cannot create or run replication flows. Create a backup flow instead.";
            case MOUNT_NOT_FOUND -> "The mount has expired or was removed. Mount the disk again to continue.";
            case MOUNT_NOT_READY -> "The disk is still being mounted. Try again in a few seconds.";
            case DISK_NOT_FOUND -> "This disk of the backup cannot be mounted (yet). A just-finished backup can "
                    + "take a moment before it is mountable.";
            case QCOW2_MISSING -> "The backup's disk image is missing from the repository. Choose another recovery point.";
            case MOUNT_LIMIT_REACHED, NO_NBD_DEVICE -> "All restore slots on the hub are in use. Unmount a disk "
                    + "that is no longer needed and try again.";
            case MOUNT_BLOCKED_BY_FAILED_MOUNT -> "An earlier failed mount is blocking the hub's restore device. "
                    + "An administrator must clear the failed mount on the hub.";
            case NO_MOUNTABLE_PARTITIONS -> "The hub found no partition it can mount on this disk (for example an "
                    + "LVM-only or whole-disk file system).";
            case PATH_NOT_FOUND -> "This folder or file does not exist on the mounted disk.";
            case PATH_TRAVERSAL -> "That path is not allowed.";
            case NO_PREVIOUS_BACKUP -> "An incremental backup needs a completed full backup in this repository first.";
            case VM_MISSING_CREDENTIAL -> "The hub has no VMware credentials for this VM. Assign credentials on the hub.";
            case VM_HAS_NO_DISKS -> "The hub knows no disks for this VM. Run VM discovery on the hub.";
            case INVALID_REQUEST, UNSUPPORTED_ARCHIVE_FORMAT -> hub.isEmpty() ? "The hub rejected the request." : "The hub rejected the request: " + hub;
            case ROUTE_NOT_FOUND, METHOD_NOT_ALLOWED -> "The hub does not support this operation (version mismatch?).";
            case SNA_FAILURE -> "The hub could not reach its backup agent (SNA). " + hub;
            case VM_CREDENTIALS_UNAVAILABLE -> "The hub could not read the VMware credentials for this VM.";
            case TRUNCATED -> "The download was cut short by the hub; the file is incomplete.";
            case UNDECODABLE_RESPONSE, UNEXPECTED_STATUS, SERVER_ERROR ->
                    "The hub reported an internal error" + (hub.isEmpty() ? "." : ": " + hub);
        };
    }
}
