package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** What the hub prepared for one disk, only in the start response; {@code diskId} is the disk index. */
public record DiskBackupResult(int diskId, int nbdPort, String nbdExportName, String qcow2Path, long qemuNbdPid,
        String status, @Nullable String errorMessage) {}
