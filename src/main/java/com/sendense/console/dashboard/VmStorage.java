package com.sendense.console.dashboard;

/**
 * What one VM's completed backups wrote, as the hub lists them: bytes transferred, not space on
 * disk (the hub keeps the files of deleted backups and says nothing about compression).
 *
 * @param vmName the VM
 * @param growthBytes written by its completed backups that started within the range
 * @param rangeChainBytes written by the completed backups that restoring any moment of the range
 *     needs: per repository, from the last full backup that started before the range (or the oldest
 *     listed backup when none did) up to the range's end; never less than the growth
 * @param rangeChainBackups how many completed backups that chain holds
 * @see "Decision 011"
 */
public record VmStorage(String vmName, long growthBytes, long rangeChainBytes, int rangeChainBackups) {
}
