package com.sendense.console.dashboard;

/**
 * Bytes transferred, not space on disk (the hub keeps deleted backups' files). {@code rangeChainBytes}
 * is what restoring any moment of the range needs, never less than {@code growthBytes}.
 *
 * @see "Decision 011"
 */
public record VmStorage(String vmName, long growthBytes, long rangeChainBytes, int rangeChainBackups) {}
