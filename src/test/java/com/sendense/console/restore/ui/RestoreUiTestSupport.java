package com.sendense.console.restore.ui;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The fake hub's restore world for the restore UI tests, and helpers to finish background work. */
final class RestoreUiTestSupport {

    static final BackupId PG_FULL = new BackupId("backup-pgtest1-1759947871");
    static final BackupId PG_INCR = new BackupId("backup-pgtest1-1759990000");
    static final BackupId SQL_FULL = new BackupId("backup-sql-prod-01-1759947000");
    static final BackupId WEB_FULL = new BackupId("backup-web-01-1759947000");

    private RestoreUiTestSupport() {}

    /** Resets the shared fake hub: three VMs, completed backups, no mounts; hub time is {@code clock}. */
    static void world(FakeHubClient hub, MutableClock clock, JdbcClient jdbc) {
        hub.failWith(null);
        hub.vms.clear();
        hub.disks.clear();
        hub.backups.clear();
        hub.hubMounts.clear();
        hub.mountFailures.clear();
        hub.loseMountAnswers.set(0);
        hub.mountCalls.set(0);
        hub.unmountCalls.set(0);
        hub.maxMounts = 8;
        hub.mountClock = clock;
        hub.withVm(FakeHubClient.vm("pgtest1", "windows", PowerState.ON), FakeHubClient.disk(0, 102),
                FakeHubClient.disk(1, 5));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON), FakeHubClient.disk(0, 100));
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
        Instant now = clock.instant();
        hub.backups.addAll(List.of(backup(PG_INCR, "pgtest1", BackupType.INCREMENTAL, 2, now.minus(Duration.ofDays(1))),
                backup(PG_FULL, "pgtest1", BackupType.FULL, 2, now.minus(Duration.ofDays(2))),
                backup(SQL_FULL, "sql-prod-01", BackupType.FULL, 1, now.minus(Duration.ofDays(3))),
                backup(WEB_FULL, "web-01", BackupType.FULL, 1, now.minus(Duration.ofDays(3)))));
        jdbc.sql("DELETE FROM restore_mount").update();
    }

    static Backup backup(BackupId id, String vm, BackupType type, int disks, Instant createdAt) {
        return new Backup(id, "ctx-" + vm + "-20251006-203401", vm, type, "repo-local-1", null, BackupStatus.COMPLETED,
                50L << 30, 50L << 30, disks, null, "completed", 0, 100, null, createdAt, createdAt,
                createdAt.plusSeconds(900));
    }

    /** Waits for the background mount a component started, then runs the UI updates it queued. */
    static void finish(@Nullable CompletableFuture<?> pending) {
        if (pending != null) {
            pending.handle((r, e) -> null).join();
        }
        MockVaadin.clientRoundtrip();
    }

    static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
