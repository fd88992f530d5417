package com.sendense.hubsim.restore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The backup_disks table for tests: completed disks by backup id and index. */
final class TestCatalog implements BackupCatalog {

    private final Map<String, MountableDisk> disks = new ConcurrentHashMap<>();

    TestCatalog add(MountableDisk disk) {
        disks.put(disk.backupId() + "#" + disk.diskIndex(), disk);
        return this;
    }

    void removeBackup(String backupId) {
        disks.keySet().removeIf(k -> k.startsWith(backupId + "#"));
    }

    @Override
    public Optional<MountableDisk> completedDisk(String backupId, int diskIndex) {
        return Optional.ofNullable(disks.get(backupId + "#" + diskIndex));
    }
}
