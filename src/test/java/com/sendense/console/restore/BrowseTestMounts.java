package com.sendense.console.restore;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MountId;
import com.sendense.console.testsupport.AsAdmin;
import com.sendense.console.testsupport.FakeHubClient;
import java.time.Instant;

/** Mounts for browse tests, made through the real {@link MountService} by an administrator. */
public final class BrowseTestMounts {

    private BrowseTestMounts() {}

    /** Mounts disk 0 of a new completed backup of {@code vm} and returns the mount. */
    public static MountId mount(FakeHubClient hub, MountService service, String vm) {
        hub.maxMounts = Math.max(hub.maxMounts, 10_000);
        BackupId id = new BackupId("backup-" + vm + "-" + System.nanoTime());
        Instant t = Instant.now().minusSeconds(3600);
        hub.backups.add(new Backup(id, "ctx-" + vm + "-20251006-203401", vm, BackupType.FULL, "repo-local-1", null,
                BackupStatus.COMPLETED, 1L << 30, 1L << 30, 1, null, "completed", 0, 100, null, t, t,
                t.plusSeconds(600)));
        return AsAdmin.get(() -> service.mount(vm, id, 0).mountId());
    }
}
