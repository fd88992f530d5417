package com.sendense.console.hub;

/**
 * One disk of a VM.
 *
 * @param index the position in the hub's disk list, which is the {@code disk_index} that backups
 *     and mounts use (the hub numbers disks 0, 1, 2… in {@code disk_id} order)
 * @param diskId the hub's disk id, e.g. {@code disk-2000}
 * @param sizeBytes the size; the hub reports whole GiB, so this is {@code size_gb × 2^30}
 */
public record VmDisk(int index, String diskId, long sizeBytes) {}
