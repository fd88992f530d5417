package com.sendense.console.hub;

import java.util.List;
import java.util.Optional;

/**
 * The Sendense hub, blocking and typed. Views, services and the poller use this; only its
 * implementation knows HTTP.
 *
 * <p>Every method blocks the calling thread for at most about the configured connect + read
 * timeout (reads: times the retries), and throws a {@link HubException} subtype on failure:
 * {@link HubUnavailableException} when the hub does not answer, the other subtypes when it
 * answers with an error. Across all methods:
 *
 * <ul>
 *   <li>If an appliance token is configured, the client logs in once and sends the session token
 *       on every call; when the hub has forgotten it (a hub restart) it logs in again once and
 *       repeats the call. Without a token, auth-protected calls fail with
 *       {@link HubErrorCode#TOKEN_MISSING}.
 *   <li>Reads are retried twice with backoff when the hub does not answer. Writes never are.
 *   <li>Timestamps are corrected for the hub's false-{@code Z} local times.
 * </ul>
 *
 * <p>Implementations are thread-safe.
 */
public interface HubClient {

    /**
     * Checks that the hub answers ({@code GET /health}, no auth). The hub always says healthy and
     * does not check its database.
     *
     * @return the hub's version and status
     */
    HubHealth health();

    /**
     * How the console authenticates to the hub, for the status indicator. Makes no call.
     *
     * @return auth on/off and the last login's outcome
     */
    HubAuthStatus authStatus();

    // --- inventory

    /**
     * All VMs the hub knows, sorted by name. No paging. Nothing about backups is included.
     *
     * @return the VMs, possibly empty
     */
    List<VmContext> vms();

    /**
     * One VM with its disks, by name.
     *
     * @param vmName the VM name
     * @return the VM, or empty if the hub does not know it
     */
    Optional<VmContextDetail> vm(String vmName);

    /**
     * A VM's current disks in {@code disk_index} order. The hub answers an unknown context id (or
     * a VM name passed by mistake) with an empty list, never 404, so an empty list may mean
     * "unknown VM". The disks may differ from those at backup time.
     *
     * @param contextId the VM's {@link VmContext#contextId()} (not its name)
     * @return the disks, possibly empty
     */
    List<VmDisk> disks(String contextId);

    /**
     * The enabled repositories, sorted by name (the hub's order is random). A repository whose
     * storage cannot be read has no {@link Repository#storageInfo()}. Slow if an NFS share hangs:
     * the hub measures storage live.
     *
     * @return the repositories
     */
    List<Repository> repositories();

    /**
     * Measures a repository's storage now.
     *
     * @param repositoryId the repository id
     * @return the storage info
     * @throws HubNotFoundException {@link HubErrorCode#REPOSITORY_NOT_FOUND}
     */
    StorageInfo repositoryStorage(String repositoryId);

    // --- backups

    /**
     * Starts a backup of every disk of a VM. Synchronous on the hub (qemu-img, qemu-nbd, a call to
     * the backup agent); poll {@link #backup(BackupId)} afterwards.
     *
     * <p>The VM name is first checked against a fresh inventory, because the hub crashes (drops the
     * connection) on unknown names. The request is <strong>never retried</strong>: the hub has no
     * duplicate guard, and a response lost to its 15 s write timeout can hide a backup that did
     * start. Such a failure is a {@link HubUnavailableException} with
     * {@link HubUnavailableException#outcomeUnknown()}; re-query with
     * {@code backups(BackupFilter.forVm(name))} before trying again.
     *
     * @param request what to back up
     * @return the started backup and its per-disk preparation
     * @throws HubNotFoundException {@link HubErrorCode#VM_NOT_FOUND} (no request sent),
     *     {@link HubErrorCode#REPOSITORY_NOT_FOUND}
     * @throws HubRejectedException {@link HubErrorCode#NO_PREVIOUS_BACKUP},
     *     {@link HubErrorCode#VM_MISSING_CREDENTIAL}, {@link HubErrorCode#VM_HAS_NO_DISKS},
     *     {@link HubErrorCode#INVALID_REQUEST}
     * @throws HubServerException {@link HubErrorCode#SNA_FAILURE},
     *     {@link HubErrorCode#VM_CREDENTIALS_UNAVAILABLE}, {@link HubErrorCode#SERVER_ERROR}
     */
    StartedBackup startBackup(BackupStartRequest request);

    /**
     * One backup with its progress. Telemetry arrives about every 5 s.
     *
     * @param id the backup id
     * @return the backup
     * @throws HubNotFoundException {@link HubErrorCode#BACKUP_NOT_FOUND}
     */
    Backup backup(BackupId id);

    /**
     * Backups matching the filter, newest first, unpaged. Internal per-disk rows are excluded by
     * the hub (which also hides every backup of a VM whose name contains {@code -disk}). A VM name
     * is checked against the inventory first (cached briefly), because the hub crashes on unknown
     * names.
     *
     * @param filter the hub's query
     * @return the backups, possibly empty
     * @throws HubNotFoundException {@link HubErrorCode#VM_NOT_FOUND} (no request sent)
     */
    List<Backup> backups(BackupFilter filter);

    /**
     * Completed backups of a VM in a repository. {@link BackupStats#incrementalPossible()} is the
     * hub's own rule for offering "incremental".
     *
     * @param vmName the VM name
     * @param repositoryId the repository
     * @return the stats, zero when there are none
     */
    BackupStats backupStats(String vmName, String repositoryId);

    /**
     * The hub's backup chain of a VM, disk 0. <strong>Unreliable</strong> (usually only the oldest
     * full backup); see {@link BackupChain}. The VM name is checked against the inventory first.
     *
     * @param vmName the VM name
     * @return the chain; {@link BackupChain#isEmpty()} when there is no full backup
     * @throws HubNotFoundException {@link HubErrorCode#VM_NOT_FOUND} (no request sent)
     */
    BackupChain backupChain(String vmName);

    /**
     * Deletes a backup's record. The hub does <strong>not</strong> delete its files (no space is
     * reclaimed), does not unmount a live mount of it, does not stop a running backup, and does
     * not check immutability or retention.
     *
     * @param id the backup id
     * @throws HubNotFoundException {@link HubErrorCode#BACKUP_NOT_FOUND}
     */
    void deleteBackup(BackupId id);

    // --- file-level restore

    /**
     * Mounts one disk of a completed backup read-only on the hub. Idempotent on the hub: mounting
     * a disk that is already mounted returns the existing mount with its original expiry. Expires
     * one hour after creation, never extended.
     *
     * <p>Never retried; a lost response is a {@link HubUnavailableException} with
     * {@link HubUnavailableException#outcomeUnknown()}: check {@link #mounts()} (or call again,
     * which returns the existing mount).
     *
     * @param backupId the backup (the parent id, not a per-disk id)
     * @param diskIndex the disk index, 0-based
     * @return the mount
     * @throws HubNotFoundException {@link HubErrorCode#DISK_NOT_FOUND} (also when the backup is not
     *     complete yet), {@link HubErrorCode#QCOW2_MISSING}
     * @throws HubConflictException {@link HubErrorCode#MOUNT_LIMIT_REACHED},
     *     {@link HubErrorCode#NO_NBD_DEVICE}, {@link HubErrorCode#MOUNT_BLOCKED_BY_FAILED_MOUNT}
     * @throws HubRejectedException {@link HubErrorCode#NO_MOUNTABLE_PARTITIONS} (which also blocks
     *     later mounts of the disk), {@link HubErrorCode#INVALID_REQUEST}
     */
    Mount mount(BackupId backupId, int diskIndex);

    /**
     * Mounts in state mounting or mounted, newest first. <strong>Each mount's
     * {@link Mount#backupId()} is {@code ""} and {@link Mount#diskIndex()} is 0</strong> (a hub
     * bug): remember what you mounted.
     *
     * @return the mounts
     */
    List<Mount> mounts();

    /**
     * Unmounts. The hub answers success even when its {@code umount} failed (e.g. a download was
     * still reading).
     *
     * @param id the mount
     * @throws HubNotFoundException {@link HubErrorCode#MOUNT_NOT_FOUND}
     */
    void unmount(MountId id);

    /**
     * Lists one directory, unpaged (a huge directory comes back in one response). The root lists
     * virtual partition folders ({@code /partition-<k>}); navigate with the paths returned.
     *
     * @param id the mount
     * @param path the directory
     * @return the listing in the hub's byte-wise name order
     * @throws HubNotFoundException {@link HubErrorCode#MOUNT_NOT_FOUND},
     *     {@link HubErrorCode#PATH_NOT_FOUND}
     * @throws HubConflictException {@link HubErrorCode#MOUNT_NOT_READY}
     */
    FileListing files(MountId id, HubPath path);

    /**
     * One entry, with {@link FileEntry#symlinkTarget()} for symlinks.
     *
     * @param id the mount
     * @param path the entry
     * @return the entry
     * @throws HubNotFoundException {@link HubErrorCode#MOUNT_NOT_FOUND},
     *     {@link HubErrorCode#PATH_NOT_FOUND}
     */
    FileEntry fileInfo(MountId id, HubPath path);

    /**
     * Streams one file into {@code sink}, never holding it in memory. If {@code path} is a
     * directory the hub sends a ZIP instead (no length). No ranges, no resume. The hub cuts off
     * any download still running after 15 s.
     *
     * @param id the mount
     * @param path the file
     * @param sink opened only once the hub has answered 200
     * @return the bytes written and the announced length
     * @throws HubTruncatedException when the body ends early; the sink holds a partial file
     * @throws HubNotFoundException {@link HubErrorCode#MOUNT_NOT_FOUND},
     *     {@link HubErrorCode#PATH_NOT_FOUND} (the sink is not opened)
     */
    DownloadResult download(MountId id, HubPath path, DownloadSink sink);

    /**
     * Streams a directory as an archive built on the fly by the hub (no length; unreadable files
     * are silently skipped; the 15 s cut-off applies).
     *
     * @param id the mount
     * @param path the directory
     * @param format ZIP or TAR.GZ
     * @param sink opened only once the hub has answered 200
     * @return the bytes written
     * @throws HubTruncatedException when the connection drops mid-body
     */
    DownloadResult downloadDirectory(MountId id, HubPath path, ArchiveFormat format, DownloadSink sink);

    /**
     * The hub's mount capacity.
     *
     * @return used and free mounts and NBD devices
     */
    RestoreResources restoreResources();

    /**
     * The hub's mount cleanup worker.
     *
     * @return its settings and counts
     */
    CleanupStatus cleanupStatus();

    // --- protection flows (read only)

    /**
     * All protection flows.
     *
     * @return the flows
     */
    List<ProtectionFlow> protectionFlows();

    /**
     * The latest runs of a flow, newest first.
     *
     * @param flowId the flow id
     * @param limit how many, 1–100
     * @return the runs
     * @throws HubNotFoundException {@link HubErrorCode#FLOW_NOT_FOUND}
     * @throws IllegalArgumentException if {@code limit} is out of range
     */
    List<FlowExecution> flowExecutions(String flowId, int limit);
}
