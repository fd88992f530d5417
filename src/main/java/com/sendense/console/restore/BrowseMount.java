package com.sendense.console.restore;

import com.sendense.console.hub.MountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** VM and recovery point come from the console's records: the hub's mount list forgets both (contract §5.2). */
public record BrowseMount(MountId mountId, String vmName, String backupId, int diskIndex,
        @Nullable Instant expiresAt) {}
