package com.sendense.console.dashboard;

/**
 * What one VM's backups occupy.
 *
 * @param vmName the VM
 * @param chainBytes the bytes of all its completed backups
 * @param growthBytes the bytes of its completed backups that started within the range
 * @param backups how many completed backups it has
 */
public record VmStorage(String vmName, long chainBytes, long growthBytes, int backups) {
}
