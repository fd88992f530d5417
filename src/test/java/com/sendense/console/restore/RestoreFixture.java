package com.sendense.console.restore;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.VmScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The restore feature without Spring: the fake hub, a migrated in-memory H2 database, a clock the
 * test moves, and a signed-in user the test switches. {@link #restart()} builds new services over
 * the same database, like a console restart.
 */
final class RestoreFixture {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final BackupId PG_FULL = new BackupId("backup-pgtest1-1759947871");
    static final BackupId PG_INCR = new BackupId("backup-pgtest1-1759990000");
    static final BackupId SQL_FULL = new BackupId("backup-sql-prod-01-1759947000");
    static final BackupId PG_RUNNING = new BackupId("backup-pgtest1-1760000000");

    final MutableClock clock = new MutableClock(T0);
    final FakeHubClient hub = new FakeHubClient();
    final CurrentUser currentUser = mock(CurrentUser.class);
    final LiveUpdates live = mock(LiveUpdates.class);
    final JdbcClient jdbc;
    final RestoreProperties properties = new RestoreProperties(Duration.ofMinutes(2), Duration.ofSeconds(30), false,
            org.springframework.util.unit.DataSize.ofGigabytes(1), 200);
    MountBookkeeping bookkeeping;
    MountUsage usage;
    MountService service;
    UnmountOnClose sweeper;
    private int starts;

    RestoreFixture() {
        // A new connection per statement, so Flyway's own connection is long closed when the tests write.
        var ds = new DriverManagerDataSource("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(ds);
        hub.mountClock = clock;
        hub.withVm(FakeHubClient.vm("pgtest1", "windows", PowerState.ON), FakeHubClient.disk(0, 102),
                FakeHubClient.disk(1, 5));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON), FakeHubClient.disk(0, 100));
        hub.backups.addAll(List.of(
                backup(PG_FULL, "pgtest1", BackupType.FULL, BackupStatus.COMPLETED, 2, T0.minus(Duration.ofDays(2))),
                backup(PG_INCR, "pgtest1", BackupType.INCREMENTAL, BackupStatus.COMPLETED, 2,
                        T0.minus(Duration.ofDays(1))),
                backup(PG_RUNNING, "pgtest1", BackupType.INCREMENTAL, BackupStatus.RUNNING, 2,
                        T0.minus(Duration.ofMinutes(5))),
                backup(SQL_FULL, "sql-prod-01", BackupType.FULL, BackupStatus.COMPLETED, 1,
                        T0.minus(Duration.ofDays(3)))));
        signIn("operator", VmScope.ALL);
        restart();
    }

    /** New services over the same database and hub, as after a console restart. */
    void restart() {
        bookkeeping = new MountBookkeeping(jdbc);
        usage = new MountUsage(currentUser, clock, new MountUsageRows(jdbc), MountUsage.DEFAULT_TIMEOUT,
                "instance-" + ++starts);
        service = new MountService(hub, bookkeeping, usage, currentUser, live, clock, Runnable::run);
        sweeper = new UnmountOnClose(usage, service, properties, clock);
    }

    void signIn(String username, VmScope scope) {
        when(currentUser.username()).thenReturn(Optional.of(username));
        when(currentUser.vmScope()).thenReturn(scope);
    }

    void signInHelpdesk() {
        signIn("helpdesk", VmScope.of(List.of("web-*", "pgtest*")));
    }

    static Backup backup(BackupId id, String vm, BackupType type, BackupStatus status, int disks, Instant createdAt) {
        return new Backup(id, "ctx-" + vm + "-20251006-203401", vm, type, "repo-local-1", null, status, 1L << 30,
                1L << 30, disks, null, "completed", 0, 100, null, createdAt, createdAt,
                status == BackupStatus.COMPLETED ? createdAt.plusSeconds(600) : null);
    }
}
