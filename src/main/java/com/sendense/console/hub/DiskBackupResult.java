package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * What the hub prepared for one disk when a backup started (only in the start response).
 *
 * @param diskId the disk index (0, 1, …), despite the hub's name
 * @param nbdPort the NBD port the backup agent writes to
 * @param nbdExportName the NBD export, e.g. {@code pgtest1-disk0}
 * @param qcow2Path the target file on the hub
 * @param qemuNbdPid the qemu-nbd process id
 * @param status {@code prepared} on success
 * @param errorMessage why the disk failed, if it did
 */
public record DiskBackupResult(
        int diskId,
        int nbdPort,
        String nbdExportName,
        String qcow2Path,
        long qemuNbdPid,
        String status,
        @Nullable String errorMessage) {}
