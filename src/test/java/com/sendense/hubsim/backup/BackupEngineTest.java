package com.sendense.hubsim.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.MutableClock;
import com.sendense.hubsim.restore.MountableDisk.DiskLayout;
import com.sendense.hubsim.world.BackupDiskRow;
import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.VmContext;
import com.sendense.hubsim.world.VmDisk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackupEngineTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration STALE = Duration.ofMinutes(5);
    private static final long GIB = 1L << 30;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-10-09T08:05:12Z"));
    private final BackupStore store = new BackupStore(List.of(), 1, Map.of(), clock);
    private final NbdPorts ports = new NbdPorts();

    @Test
    void running_backup_sends_telemetry_each_interval_then_completes() {
        BackupEngine engine = engine(GIB, 0.0);
        BackupRow row = insert("backup-pg-1", null);
        engine.launched(row, 10 * GIB);

        engine.tick();
        assertThat(store.find(row.id()).orElseThrow())
                .as("nothing before the first interval: total_bytes stays 0, phase pending")
                .satisfies(r -> {
                    assertThat(r.totalBytes()).isZero();
                    assertThat(r.currentPhase()).isEqualTo("pending");
                    assertThat(r.lastTelemetryAt()).isNull();
                });

        clock.advance(INTERVAL);
        engine.tick();
        BackupRow first = store.find(row.id()).orElseThrow();
        assertThat(first.currentPhase()).isEqualTo("transferring");
        assertThat(first.totalBytes()).isEqualTo(10 * GIB);
        assertThat(first.bytesTransferred()).isBetween((long) (4.2 * GIB), (long) (5.8 * GIB));
        assertThat(first.progressPercent())
                .isEqualTo(Math.round(first.bytesTransferred() * 10000.0 / first.totalBytes()) / 100.0);
        assertThat(first.lastTelemetryAt()).isEqualTo(clock.instant());

        for (int i = 0; i < 4; i++) {
            clock.advance(INTERVAL);
            engine.tick();
        }
        BackupRow done = store.find(row.id()).orElseThrow();
        assertThat(done.status()).isEqualTo("completed");
        assertThat(done.currentPhase()).isEqualTo("completed");
        assertThat(done.progressPercent()).isEqualTo(100.0);
        assertThat(done.bytesTransferred()).isEqualTo(done.totalBytes());
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.transferSpeedBps()).as("the last speed is kept").isPositive();
    }

    @Test
    void disks_become_mountable_one_interval_after_completion() {
        BackupEngine engine = engine(100 * GIB, 0.0);
        BackupRow row = insert("backup-pg-2", null);
        engine.launched(row, GIB);
        clock.advance(INTERVAL);
        engine.tick();
        assertThat(store.find(row.id()).orElseThrow().status()).isEqualTo("completed");

        assertThat(store.completedDisk(row.id(), 0)).as("completed but not yet mountable").isEmpty();
        clock.advance(INTERVAL);
        assertThat(store.completedDisk(row.id(), 0)).hasValueSatisfying(d -> {
            assertThat(d.backupId()).isEqualTo(row.id());
            assertThat(d.layout()).isEqualTo(DiskLayout.LINUX_SYSTEM);
            assertThat(d.sizeBytes()).isEqualTo(40 * GIB);
        });
        assertThat(store.completedDisk(row.id(), 1)).as("no such disk").isEmpty();
    }

    @Test
    void a_backup_bound_to_fail_ends_failed_or_goes_silent_until_the_stale_detector_fails_it() {
        BackupEngine engine = engine(GIB, 1.0);
        BackupRow row = insert("backup-pg-3", null);
        engine.launched(row, 100 * GIB);

        for (int i = 0; i < 200 && store.find(row.id()).orElseThrow().running(); i++) {
            clock.advance(INTERVAL);
            engine.tick();
        }

        BackupRow failed = store.find(row.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.errorMessage()).isNotBlank();
        assertThat(failed.completedAt()).isNotNull();
        assertThat(failed.currentPhase()).isEqualTo("transferring");
        assertThat(failed.progressPercent()).isLessThan(100.0);
    }

    @Test
    void stale_detector_fails_running_jobs_silent_for_longer_than_the_timeout_with_gos_duration() {
        BackupEngine engine = engine(GIB, 0.0);
        Instant telemetry = clock.instant().minusSeconds(312);
        insert("backup-web-1", telemetry);

        engine.tick();
        clock.advance(Duration.ofSeconds(30));
        engine.tick();

        BackupRow row = store.find("backup-web-1").orElseThrow();
        assertThat(row.status()).isEqualTo("failed");
        assertThat(row.errorMessage()).isEqualTo("Job stalled - no telemetry for 5m42s (SBC may have crashed)");
        assertThat(row.completedAt()).isEqualTo(clock.instant());
    }

    @Test
    void stale_detector_leaves_jobs_that_never_sent_telemetry_running_forever() {
        BackupEngine engine = engine(GIB, 0.0);
        insert("backup-orphan-1", null);

        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(30));
            engine.tick();
        }

        assertThat(store.find("backup-orphan-1").orElseThrow().status()).isEqualTo("running");
    }

    @Test
    void durations_round_to_the_second_like_go() {
        assertThat(BackupEngine.roundToSecond(Duration.ofMillis(312_499))).isEqualTo(Duration.ofSeconds(312));
        assertThat(BackupEngine.roundToSecond(Duration.ofMillis(312_500))).isEqualTo(Duration.ofSeconds(313));
    }

    private BackupEngine engine(long bytesPerSecond, double failureRate) {
        return new BackupEngine(store, ports, clock, INTERVAL, STALE, bytesPerSecond, failureRate, new Random(7));
    }

    private BackupRow insert(String id, Instant lastTelemetry) {
        VmContext vm = new VmContext("ctx-pg-20251006-203401", "pg", "42", "/dc/vm/pg", "vc", "dc", 2, 4096, "linux",
                "poweredOn", "vmx-21", clock.instant(), clock.instant(), 35, List.of(),
                List.of(new VmDisk("disk-2000", 40, 20 * GIB, DiskLayout.LINUX_SYSTEM)));
        BackupRow row = BackupRow.started(id, vm, "repo-local-1", "full", "", Map.of(), clock.instant(),
                List.of(new BackupDiskRow(1, 0, id.replace("backup-", "backup-x-disk0-"), 40 * GIB,
                        DiskLayout.LINUX_SYSTEM, "/backup/repository/x.qcow2", null, null, false)));
        if (lastTelemetry != null) {
            row = row.withTelemetry(GIB, 10 * GIB, 100, lastTelemetry);
        }
        try {
            store.insert(row);
        } catch (BackupStore.DuplicateKeyException e) {
            throw new AssertionError(e);
        }
        return row;
    }
}
