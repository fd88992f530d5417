package com.sendense.console.restore;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row younger than a hub listing ({@code recordedAt}) is never pruned by it. */
record MountEntry(MountId mountId, String vmName, BackupId backupId, int diskIndex, @Nullable Long diskSizeBytes,
        @Nullable BackupType backupType, @Nullable Instant backupCreatedAt, @Nullable Long backupDiskId,
        @Nullable String createdBy, Instant createdAt, Instant expiresAt, Instant recordedAt) {}
