package com.sendense.console.hub;

/**
 * What went wrong, precisely enough for the UI to explain it. The hub itself has no error codes:
 * they are derived from its status, message text and (for restore, where nearly everything is a
 * 500) message substrings.
 */
public enum HubErrorCode {
    // --- transport: HubUnavailableException
    /** No hub URL is configured, the host is unknown, or the connection was refused. */
    UNREACHABLE,
    /** The connect or response timeout elapsed. For a write, the hub may still have acted. */
    TIMEOUT,
    /** The connection closed with no response; the hub crashed on the request or dropped it. */
    NO_RESPONSE,

    // --- auth: HubAuthException
    /** The hub requires a token and none is configured (set {@code HUB_TOKEN}). */
    TOKEN_MISSING,
    /** The hub did not accept the {@code Authorization} header's format. */
    TOKEN_INVALID_FORMAT,
    /** The session token is unknown to the hub, even after logging in again. */
    TOKEN_INVALID_OR_EXPIRED,
    /** The hub rejected the configured appliance token at login. */
    INVALID_CREDENTIALS,
    /** A 403 (the hub does not send one today). */
    ACCESS_DENIED,

    // --- request problems: HubRejectedException
    /** A missing or malformed parameter or body. */
    INVALID_REQUEST,
    /** The hub has no such route (a different hub version?). */
    ROUTE_NOT_FOUND,
    /** The route exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED,
    /** An incremental backup was asked for but no completed full backup exists. */
    NO_PREVIOUS_BACKUP,
    /** The VM has no vCenter credential on the hub. */
    VM_MISSING_CREDENTIAL,
    /** The hub knows no disks for the VM; discovery has not completed. */
    VM_HAS_NO_DISKS,
    /** The disk has no partition the hub can mount (LVM only, whole-disk file system…). */
    NO_MOUNTABLE_PARTITIONS,
    /** A path with {@code ..} was refused, by this client or by the hub. */
    PATH_TRAVERSAL,
    /** The hub does not support the archive format. */
    UNSUPPORTED_ARCHIVE_FORMAT,
    /** Replication flows: the hub's table refuses them and it cannot run them. */
    REPLICATION_NOT_SUPPORTED,

    // --- not found: HubNotFoundException
    /** The hub said "not found" about something this client cannot name more precisely. */
    RESOURCE_NOT_FOUND,
    VM_NOT_FOUND,
    REPOSITORY_NOT_FOUND,
    BACKUP_NOT_FOUND,
    FLOW_NOT_FOUND,
    /** The machine group does not exist (the hub says so with a 500 or a 404). */
    GROUP_NOT_FOUND,
    /** The schedule does not exist. */
    SCHEDULE_NOT_FOUND,
    /** The mount id is unknown, expired or cleaned up. */
    MOUNT_NOT_FOUND,
    /** The backup or disk index does not exist, or the disk's backup has not completed yet. */
    DISK_NOT_FOUND,
    /** The backup's QCOW2 file is missing on the hub. */
    QCOW2_MISSING,
    /** The path does not exist in the mounted backup. */
    PATH_NOT_FOUND,

    // --- busy or blocked: HubConflictException
    /** The mount is still mounting (or failed); try again shortly. */
    MOUNT_NOT_READY,
    /** All 8 mounts are in use. */
    MOUNT_LIMIT_REACHED,
    /** No free NBD device on the hub. */
    NO_NBD_DEVICE,
    /**
     * An earlier failed mount left a database row that blocks this disk or NBD device
     * ({@code Duplicate entry}); restore needs an administrator.
     */
    MOUNT_BLOCKED_BY_FAILED_MOUNT,
    /** A flow, schedule, group or repository with this name exists already. */
    DUPLICATE_NAME,
    /** The VM is a member of the group already. */
    ALREADY_IN_GROUP,
    /** The group holds {@code max_concurrent_vms} members, which also caps its size. */
    GROUP_FULL,
    /** A group cannot be deleted while it has members. */
    GROUP_HAS_VMS,
    /** The repository has held a backup, so the hub will never delete it. */
    REPOSITORY_HAS_BACKUPS,
    /** A policy, copy rule or VM backup context still refers to the repository. */
    REPOSITORY_IN_USE,

    // --- hub failures: HubServerException
    /** The hub could not reach its backup agent (SNA). */
    SNA_FAILURE,
    /** The hub could not read the VM's vCenter credentials. */
    VM_CREDENTIALS_UNAVAILABLE,
    /** The hub answered with something this client cannot read. */
    UNDECODABLE_RESPONSE,
    /** A status the hub does not normally send (3xx, 409, 429…). */
    UNEXPECTED_STATUS,
    /** Any other hub failure. */
    SERVER_ERROR,

    // --- downloads: HubTruncatedException
    /** The download ended before the hub finished sending (its 15 s write timeout). */
    TRUNCATED
}
