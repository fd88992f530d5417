package com.sendense.console.hub;

/**
 * The hub has no error codes: these are derived from its status, message text and (for restore,
 * where nearly everything is a 500) message substrings.
 */
public enum HubErrorCode {
    // --- HubUnavailableException
    /** No URL, unknown host, connection refused, or a proxy's 503. */
    UNREACHABLE,
    /** For a write, the hub may still have acted. */
    TIMEOUT,
    /** The hub crashed on the request or dropped it. */
    NO_RESPONSE,

    // --- HubAuthException
    /** The hub requires a token and none is configured ({@code HUB_TOKEN}). */
    TOKEN_MISSING, TOKEN_INVALID_FORMAT,
    /** Still unknown to the hub after logging in again. */
    TOKEN_INVALID_OR_EXPIRED,
    /** The hub rejected the appliance token at login. */
    INVALID_CREDENTIALS,
    /** A 403, which the hub does not send today. */
    ACCESS_DENIED,

    // --- HubRejectedException
    INVALID_REQUEST,
    /** A different hub version? */
    ROUTE_NOT_FOUND, METHOD_NOT_ALLOWED,
    /** An incremental without a completed full backup. */
    NO_PREVIOUS_BACKUP, VM_MISSING_CREDENTIAL,
    /** Discovery has not completed. */
    VM_HAS_NO_DISKS,
    /** LVM only, whole-disk file system… */
    NO_MOUNTABLE_PARTITIONS,
    /** Refused by this client or by the hub. */
    PATH_TRAVERSAL, UNSUPPORTED_ARCHIVE_FORMAT,
    /** The hub's flow table refuses replication flows and it cannot run them. */
    REPLICATION_NOT_SUPPORTED,

    // --- HubNotFoundException
    /** A "not found" this client cannot name more precisely. */
    RESOURCE_NOT_FOUND, VM_NOT_FOUND, REPOSITORY_NOT_FOUND, BACKUP_NOT_FOUND, FLOW_NOT_FOUND,
    /** The hub says so with a 500 or a 404. */
    GROUP_NOT_FOUND, SCHEDULE_NOT_FOUND,
    /** A vCenter credential id the hub does not know (it says so with a 500). */
    CREDENTIAL_NOT_FOUND,
    /** Unknown, expired or cleaned up. */
    MOUNT_NOT_FOUND,
    /** Also when the disk's backup has not completed yet. */
    DISK_NOT_FOUND, QCOW2_MISSING, PATH_NOT_FOUND,

    // --- HubConflictException
    /** Still mounting (or failed); try again shortly. */
    MOUNT_NOT_READY,
    /** All 8 mounts are in use. */
    MOUNT_LIMIT_REACHED, NO_NBD_DEVICE,
    /** A failed mount's row ({@code Duplicate entry}) blocks this disk or NBD device; needs an administrator. */
    MOUNT_BLOCKED_BY_FAILED_MOUNT,
    /** A flow, schedule, group or repository of this name exists. */
    DUPLICATE_NAME, ALREADY_IN_GROUP,
    /** {@code max_concurrent_vms} also caps the group's size. */
    GROUP_FULL,
    /** A group with members cannot be deleted. */
    GROUP_HAS_VMS,
    /** Machine groups still use the schedule. */
    SCHEDULE_IN_USE,
    /** A repository that ever held a backup is never deleted by the hub. */
    REPOSITORY_HAS_BACKUPS,
    /** A policy, copy rule or VM backup context still refers to it. */
    REPOSITORY_IN_USE,

    // --- HubServerException
    /** The hub could not reach its backup agent (SNA). */
    SNA_FAILURE,
    /** The hub could not read the VM's vCenter credentials. */
    VM_CREDENTIALS_UNAVAILABLE, UNDECODABLE_RESPONSE,
    /** 3xx, 409, 429…: statuses the hub does not normally send. */
    UNEXPECTED_STATUS, SERVER_ERROR,

    // --- HubTruncatedException
    /** Cut off by the hub's 15 s write timeout. */
    TRUNCATED
}
