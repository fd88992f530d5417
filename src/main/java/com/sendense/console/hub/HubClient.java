package com.sendense.console.hub;

import java.util.List;
import java.util.Optional;

/**
 * The Sendense hub, blocking and typed; only the implementation knows HTTP. Thread-safe.
 *
 * <p>Every method throws a {@link HubException} subtype. With an appliance token the client logs in
 * once and again after a hub restart; reads are retried twice when the hub does not answer, writes
 * never; the hub's false-{@code Z} local timestamps arrive corrected.
 */
public interface HubClient extends ProtectionHub {

    /** {@code GET /health}: proves the hub answers, nothing more (it always says healthy). */
    HubHealth health();

    /** For the status indicator; makes no call. */
    HubAuthStatus authStatus();

    /** Sorted by name, unpaged. */
    List<VmContext> vms();

    Optional<VmContextDetail> vm(String vmName);

    /** By context id, not name; the hub answers an unknown id with an empty list, never 404. */
    List<VmDisk> disks(String contextId);

    /** Enabled ones, sorted by name; slow when an NFS share hangs (the hub measures storage live). */
    List<Repository> repositories();

    StorageInfo repositoryStorage(String repositoryId);

    /**
     * Synchronous on the hub; poll {@link #backup(BackupId)} afterwards. The VM name is checked against
     * a fresh inventory first (the hub crashes on unknown names).
     *
     * @throws HubUnavailableException with {@link HubUnavailableException#outcomeUnknown()} when the
     *     answer was lost (15 s write timeout, no duplicate guard): re-query before trying again
     */
    StartedBackup startBackup(BackupStartRequest request);

    /** Telemetry arrives about every 5 s. */
    Backup backup(BackupId id);

    /** Newest first, unpaged; the hub hides every backup of a VM whose name contains {@code -disk}. */
    List<Backup> backups(BackupFilter filter);

    BackupStats backupStats(String vmName, String repositoryId);

    /** Unreliable: usually only the oldest full backup (see {@link BackupChain}). */
    BackupChain backupChain(String vmName);

    /** Deletes the record only: no files, no unmount, no stop, no immutability or retention check. */
    void deleteBackup(BackupId id);

    /**
     * Idempotent on the hub: mounting a mounted disk returns the existing mount and expiry. Never
     * retried; after {@code outcomeUnknown} check {@link #mounts()}. All 8 in use: {@link HubConflictException}.
     */
    Mount mount(BackupId backupId, int diskIndex);

    /** Hub bug: each mount's {@link Mount#backupId()} is {@code ""} and its disk index 0. */
    List<Mount> mounts();

    /** The hub answers success even when its {@code umount} failed (e.g. a download still reading). */
    void unmount(MountId id);

    /** Unpaged, in byte-wise name order; the root lists virtual {@code /partition-<k>} folders. */
    FileListing files(MountId id, HubPath path);

    /** The only call that returns {@link FileEntry#symlinkTarget()}. */
    FileEntry fileInfo(MountId id, HubPath path);

    /**
     * Streams without buffering; a directory comes back as a ZIP without length. No ranges or resume.
     *
     * @throws HubTruncatedException when the hub's 15 s write timeout cuts the body; the sink holds a
     *     partial file
     */
    DownloadResult download(MountId id, HubPath path, DownloadSink sink);

    /** Built on the fly: no length, unreadable files silently skipped, the 15 s cut-off applies. */
    DownloadResult downloadDirectory(MountId id, HubPath path, ArchiveFormat format, DownloadSink sink);

    RestoreResources restoreResources();

    CleanupStatus cleanupStatus();
}
