package com.sendense.hubsim.files;

import com.sendense.hubsim.restore.MountableDisk;
import com.sendense.hubsim.restore.MountableDisk.DiskLayout;
import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Disks for tests, one per layout, captured on 9 October 2025 (BST) like the fixtures. */
public final class TestDisks {

    /** When the test backups were taken. */
    public static final Instant CAPTURED = Instant.parse("2025-10-09T07:30:00Z");

    private TestDisks() {}

    public static MountableDisk windowsSystem() {
        // 102.4 GiB: the C: partition then shows as "101.4 GB", as in the fixtures
        return disk(44, "backup-pgtest1-1759947871", "pgtest1", 0, 109_951_162_778L, DiskLayout.WINDOWS_SYSTEM, null);
    }

    public static MountableDisk windowsData() {
        return disk(45, "backup-pgtest1-1759947871", "pgtest1", 1, 500L << 30, DiskLayout.WINDOWS_DATA, null);
    }

    public static MountableDisk linuxSystem() {
        return disk(46, "backup-web01-1759947900", "web01", 0, 40L << 30, DiskLayout.LINUX_SYSTEM, null);
    }

    public static MountableDisk linuxData() {
        return disk(47, "backup-web01-1759947900", "web01", 1, 200L << 30, DiskLayout.LINUX_DATA, null);
    }

    public static MountableDisk lvmOnly() {
        return disk(48, "backup-db02-1759948000", "db02", 0, 60L << 30, DiskLayout.LINUX_LVM_ONLY, null);
    }

    public static MountableDisk host(Path dir) {
        return disk(49, "backup-files01-1759948100", "files01", 0, 10L << 30, DiskLayout.LINUX_DATA, dir);
    }

    public static MountableDisk disk(long id, String backupId, String vm, int index, long size, DiskLayout layout,
            @Nullable Path host) {
        return new MountableDisk(id, backupId, vm, index, size, layout,
                "/var/lib/sendense/repositories/local/" + vm + "/disk-" + index + "/" + backupId + ".qcow2", CAPTURED,
                host);
    }
}
