package com.sendense.console.restore;

import com.sendense.console.hub.MountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the browser needs to know about a mount: which VM and recovery point it shows (the hub's
 * mount list forgets both, contract §5.2) and when it expires.
 *
 * @param mountId the mount
 * @param vmName the VM whose disk is mounted; scope checks use it
 * @param backupId the recovery point
 * @param diskIndex the disk of the backup
 * @param expiresAt when the hub removes the mount, if known
 */
public record BrowseMount(MountId mountId, String vmName, String backupId, int diskIndex, @Nullable Instant expiresAt) {}
