package com.sendense.console.restore;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the restore audit log.
 *
 * @param id the row id, 0 before it is stored
 * @param username who downloaded
 * @param startedAt when the download started
 * @param finishedAt when it ended, null while it runs or if the console stopped during it
 * @param vmName the VM the file came from
 * @param backupId the recovery point
 * @param diskIndex the disk of the backup
 * @param mountId the hub mount it was read through
 * @param path the hub path of the file or folder
 * @param kind file, ZIP or tar.gz
 * @param expectedBytes the size the hub announced (files only)
 * @param bytesDelivered bytes sent to the browser
 * @param outcome started (no end recorded yet), complete, truncated, aborted, failed or refused
 * @param reason the reason or ticket number the user gave
 * @param detail what went wrong, for anything but complete; why it was refused
 */
public record DownloadRecord(long id, String username, Instant startedAt, @Nullable Instant finishedAt, String vmName,
        String backupId, int diskIndex, String mountId, String path, DownloadKind kind, @Nullable Long expectedBytes,
        long bytesDelivered, DownloadOutcome outcome, @Nullable String reason, @Nullable String detail) {}
