package com.sendense.console.hub;

/** {@code index} is the {@code disk_index} backups and mounts use; the hub reports sizes in whole GiB. */
public record VmDisk(int index, String diskId, long sizeBytes) {}
