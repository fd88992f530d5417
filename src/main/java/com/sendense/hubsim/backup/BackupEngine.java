package com.sendense.hubsim.backup;

import com.sendense.hubsim.json.GoDuration;
import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.TelemetryErrors;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays the SBC and the hub's background workers: telemetry every {@code telemetryInterval}, then
 * {@code completed} or, at the configured rate, a failure (an error, or a crashed SBC gone silent); disks
 * become mountable one interval later, when {@code /complete} would arrive. The stale-job detector fails
 * jobs whose last telemetry is older than {@code staleJobTimeout}, checking every tenth of it (30 s for
 * the hub's 5 min), and never touches jobs without telemetry. Tests call {@link #tick()} themselves.
 */
public final class BackupEngine implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BackupEngine.class.getName());

    private final BackupStore store;
    private final NbdPorts ports;
    private final Clock clock;
    private final Duration telemetryInterval;
    private final Duration staleTimeout;
    private final long bytesPerSecond;
    private final double failureRate;
    private final Random random;
    private final Map<String, LivePlan> plans = new LinkedHashMap<>();
    private Instant lastStaleCheck;
    private ScheduledExecutorService scheduler;

    /** What the simulated SBC will do with one running backup. */
    private static final class LivePlan {

        final long total;
        final long failAtBytes;
        final boolean failureStalls;
        long bytes;
        Instant lastTelemetry;
        Instant nextTelemetry;
        boolean silent;

        LivePlan(long total, long bytes, long failAtBytes, boolean failureStalls, Instant lastTelemetry,
                Instant nextTelemetry) {
            this.total = total;
            this.bytes = bytes;
            this.failAtBytes = failAtBytes;
            this.failureStalls = failureStalls;
            this.lastTelemetry = lastTelemetry;
            this.nextTelemetry = nextTelemetry;
        }
    }

    public BackupEngine(BackupStore store, NbdPorts ports, Clock clock, Duration telemetryInterval,
            Duration staleTimeout, long bytesPerSecond, double failureRate, Random random) {
        this.store = store;
        this.ports = ports;
        this.clock = clock;
        this.telemetryInterval = telemetryInterval;
        this.staleTimeout = staleTimeout;
        this.bytesPerSecond = Math.max(1, bytesPerSecond);
        this.failureRate = failureRate;
        this.random = random;
        this.lastStaleCheck = clock.instant();
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("hubsim-backup-engine").unstarted(r));
        long periodMillis = Math.clamp(telemetryInterval.toMillis() / 5, 10, 1000);
        scheduler.scheduleAtFixedRate(this::safeTick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Keeps transferring backups that were already running when the hub came up (they have telemetry). */
    public synchronized void adoptRunning() {
        for (BackupRow row : store.newestFirst()) {
            if (row.running() && row.lastTelemetryAt() != null && row.totalBytes() > 0
                    && !plans.containsKey(row.id())) {
                plans.put(row.id(), new LivePlan(row.totalBytes(), row.bytesTransferred(), -1, false,
                        row.lastTelemetryAt(), row.lastTelemetryAt().plus(telemetryInterval)));
            }
        }
    }

    /** A backup the SNA accepted: it will transfer {@code totalBytes} and then finish. */
    public synchronized void launched(BackupRow row, long totalBytes) {
        long total = Math.max(1, totalBytes);
        boolean fails = random.nextDouble() < failureRate;
        long failAt = fails ? (long) (total * (0.05 + random.nextDouble() * 0.85)) : -1;
        plans.put(row.id(), new LivePlan(total, 0, failAt, fails && random.nextBoolean(), row.createdAt(),
                row.createdAt().plus(telemetryInterval)));
    }

    /** Control API; empty if the backup does not exist, {@link IllegalStateException} if it is not running. */
    public synchronized Optional<BackupRow> finish(String id, boolean success, String error) {
        Optional<BackupRow> row = store.find(id);
        if (row.isEmpty()) {
            return row;
        }
        if (!row.get().running()) {
            throw new IllegalStateException("backup " + id + " is not running (status " + row.get().status() + ")");
        }
        Instant now = clock.instant();
        LivePlan plan = plans.remove(id);
        ports.release(id);
        if (success) {
            long total = plan != null ? plan.total : Math.max(row.get().totalBytes(), 1);
            long speed = row.get().transferSpeedBps() > 0 ? row.get().transferSpeedBps() : bytesPerSecond;
            return store.update(id, r -> complete(r.withTelemetry(total, total, speed, now), now));
        }
        String message = error.isBlank()
                ? TelemetryErrors.MESSAGES.get(random.nextInt(TelemetryErrors.MESSAGES.size()))
                : error;
        return store.update(id, r -> r.failed(message, now));
    }

    /** Control API: report now, so the caller knows when the hub's state changed; false if not transferring. */
    public synchronized boolean reportNow(String id) {
        LivePlan plan = plans.get(id);
        if (plan == null || plan.silent) {
            return false;
        }
        Instant now = clock.instant();
        plan.nextTelemetry = now;
        if (!advance(id, plan, now)) {
            plans.remove(id);
        }
        return true;
    }

    /** Makes a running backup's SBC go silent, so that only the stale-job detector can end it. */
    public synchronized boolean silence(String id) {
        LivePlan plan = plans.get(id);
        if (plan == null) {
            return false;
        }
        plan.silent = true;
        return true;
    }

    public synchronized void tick() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<String, LivePlan>> it = plans.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, LivePlan> entry = it.next();
            if (!advance(entry.getKey(), entry.getValue(), now)) {
                it.remove();
            }
        }
        if (!now.isBefore(lastStaleCheck.plus(staleTimeout.dividedBy(10)))) {
            lastStaleCheck = now;
            detectStaleJobs(now);
        }
    }

    /** Returns false once the plan is finished. */
    private boolean advance(String id, LivePlan plan, Instant now) {
        Optional<BackupRow> current = store.find(id);
        if (current.isEmpty() || !current.get().running()) {
            ports.release(id);
            return false;
        }
        if (plan.silent || now.isBefore(plan.nextTelemetry)) {
            return true;
        }
        double seconds = Duration.between(plan.lastTelemetry, now).toNanos() / 1e9;
        long speed = (long) (bytesPerSecond * (0.85 + random.nextDouble() * 0.3));
        long bytes = Math.min(plan.total, plan.bytes + (long) (speed * seconds));
        plan.lastTelemetry = now;
        plan.nextTelemetry = now.plus(telemetryInterval);
        if (plan.failAtBytes >= 0 && bytes >= plan.failAtBytes) {
            long failedAt = plan.failAtBytes;
            if (plan.failureStalls) {
                store.update(id, r -> r.withTelemetry(failedAt, plan.total, speed, now));
                plan.silent = true; // the SBC crashed: the stale-job detector will fail the job
                return true;
            }
            String message = TelemetryErrors.MESSAGES.get(random.nextInt(TelemetryErrors.MESSAGES.size()));
            store.update(id, r -> r.withTelemetry(failedAt, plan.total, speed, now).failed(message, now));
            ports.release(id);
            return false;
        }
        if (bytes >= plan.total) {
            store.update(id, r -> complete(r.withTelemetry(plan.total, plan.total, speed, now), now));
            ports.release(id);
            return false;
        }
        plan.bytes = bytes;
        store.update(id, r -> r.withTelemetry(bytes, plan.total, speed, now));
        return true;
    }

    private BackupRow complete(BackupRow row, Instant now) {
        Instant disksComplete = now.plus(telemetryInterval);
        return row.completed(now, disksComplete, d -> d.completing(disksComplete, changeId()));
    }

    private void detectStaleJobs(Instant now) {
        for (BackupRow row : store.newestFirst()) {
            if (!row.running() || row.lastTelemetryAt() == null) {
                continue;
            }
            Duration silence = Duration.between(row.lastTelemetryAt(), now);
            if (silence.compareTo(staleTimeout) > 0) {
                String message = TelemetryErrors.stalled(GoDuration.format(roundToSecond(silence)));
                store.update(row.id(), r -> r.running() ? r.failed(message, now) : r);
                plans.remove(row.id());
                ports.release(row.id());
            }
        }
    }

    /** Go's {@code Duration.Round(time.Second)}: halves away from zero. */
    static Duration roundToSecond(Duration d) {
        long millis = d.toMillis();
        return Duration.ofSeconds((millis + 500) / 1000);
    }

    private String changeId() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        String hex = HexFormat.ofDelimiter(" ").formatHex(b);
        return hex.substring(0, 23) + "-" + hex.substring(24) + "/" + (1000 + random.nextInt(9000));
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Backup engine tick failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
