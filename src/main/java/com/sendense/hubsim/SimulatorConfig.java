package com.sendense.hubsim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Durations are the real hub's by default and can be scaled down for demos and tests; the clock is always real,
 * so timestamps stay truthful. {@code zone} is the hub's local zone (Europe/London on the real hub);
 * {@code falseZTimestamps} is the hub bug that writes backup and repository times as local time with a literal Z;
 * {@code hostDirectories} are keyed {@code vmName/diskIndex}; a {@code downloadBytesPerSecond} of 0 is unlimited.
 */
public record SimulatorConfig(String bindAddress, int port, long seed, int historyDays, ZoneId zone,
        boolean authEnabled, boolean falseZTimestamps, Duration writeTimeout, long downloadBytesPerSecond,
        Duration mountTtl, Duration cleanupInterval, int maxMounts, Duration telemetryInterval,
        long backupBytesPerSecond, double backupFailureRate, Duration staleJobTimeout,
        Map<String, Path> hostDirectories, Clock clock, World world) {

    public enum World {
        /** The seeded demo site: VMs, groups, repositories, flows and a month of backups. */
        DEMO,
        /** A fresh install: repositories configured, no VMs, no backups, no flows. */
        EMPTY
    }

    /** The fixed appliance token the real hub accepts at login. */
    public static final String APPLIANCE_TOKEN = "vma_test_token_abc123def456789012345678";

    /** The fixed session token the real hub hands to every caller. */
    public static final String SESSION_TOKEN = "sess_longlived_dev_token_2025_2035_permanent";

    public SimulatorConfig {
        hostDirectories = Map.copyOf(hostDirectories);
    }

    public SimulatorConfig(String bindAddress, int port, long seed, int historyDays, ZoneId zone, boolean authEnabled,
            boolean falseZTimestamps, Duration writeTimeout, long downloadBytesPerSecond, Duration mountTtl,
            Duration cleanupInterval, int maxMounts, Duration telemetryInterval, long backupBytesPerSecond,
            double backupFailureRate, Duration staleJobTimeout, Map<String, Path> hostDirectories, Clock clock) {
        this(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps, writeTimeout,
                downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval, backupBytesPerSecond,
                backupFailureRate, staleJobTimeout, hostDirectories, clock, World.DEMO);
    }

    /** {@link SimulatorMain}'s options, port 8082 by default ({@link SimulatorArgs}). */
    public static SimulatorConfig fromArgs(String[] args, Map<String, String> env) {
        return SimulatorArgs.parse(args, env);
    }

    /** The real hub's behaviour, on a free loopback port, with backups fast enough to watch. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig("127.0.0.1", 0, 20251009L, 30, ZoneId.of("Europe/London"), true, true,
                Duration.ofSeconds(15), 0, Duration.ofHours(1), Duration.ofMinutes(15), 8, Duration.ofSeconds(5),
                1L << 30, 0.1, Duration.ofMinutes(5), Map.of(), Clock.systemUTC());
    }

    public SimulatorConfig withPort(int port) {
        return with(b -> b.port = port);
    }

    public SimulatorConfig withAuth(boolean enabled) {
        return with(b -> b.authEnabled = enabled);
    }

    public SimulatorConfig withDownloads(Duration writeTimeout, long downloadBytesPerSecond) {
        return with(b -> {
            b.writeTimeout = writeTimeout;
            b.downloadBytesPerSecond = downloadBytesPerSecond;
        });
    }

    public SimulatorConfig withMounts(Duration mountTtl, Duration cleanupInterval) {
        return with(b -> {
            b.mountTtl = mountTtl;
            b.cleanupInterval = cleanupInterval;
        });
    }

    public SimulatorConfig withBackups(Duration telemetryInterval, long backupBytesPerSecond, double backupFailureRate,
            Duration staleJobTimeout) {
        return with(b -> {
            b.telemetryInterval = telemetryInterval;
            b.backupBytesPerSecond = backupBytesPerSecond;
            b.backupFailureRate = backupFailureRate;
            b.staleJobTimeout = staleJobTimeout;
        });
    }

    public SimulatorConfig withHostDirectories(Map<String, Path> hostDirectories) {
        return with(b -> b.hostDirectories = hostDirectories);
    }

    public SimulatorConfig withWorld(World world) {
        return with(b -> b.world = world);
    }

    public SimulatorConfig withSeed(long seed) {
        return with(b -> b.seed = seed);
    }

    public SimulatorConfig withFalseZTimestamps(boolean falseZ) {
        return with(b -> b.falseZTimestamps = falseZ);
    }

    public SimulatorConfig withBindAddress(String bindAddress) {
        return with(b -> b.bindAddress = bindAddress);
    }

    public SimulatorConfig withHistoryDays(int historyDays) {
        return with(b -> b.historyDays = historyDays);
    }

    public SimulatorConfig withClock(Clock clock) {
        return with(b -> b.clock = clock);
    }

    /** The one place that lists every component for the {@code with…} methods. */
    private SimulatorConfig with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    private static final class Copy {

        String bindAddress;
        int port;
        long seed;
        int historyDays;
        ZoneId zone;
        boolean authEnabled;
        boolean falseZTimestamps;
        Duration writeTimeout;
        long downloadBytesPerSecond;
        Duration mountTtl;
        Duration cleanupInterval;
        int maxMounts;
        Duration telemetryInterval;
        long backupBytesPerSecond;
        double backupFailureRate;
        Duration staleJobTimeout;
        Map<String, Path> hostDirectories;
        Clock clock;
        World world;

        Copy(SimulatorConfig c) {
            bindAddress = c.bindAddress;
            port = c.port;
            seed = c.seed;
            historyDays = c.historyDays;
            zone = c.zone;
            authEnabled = c.authEnabled;
            falseZTimestamps = c.falseZTimestamps;
            writeTimeout = c.writeTimeout;
            downloadBytesPerSecond = c.downloadBytesPerSecond;
            mountTtl = c.mountTtl;
            cleanupInterval = c.cleanupInterval;
            maxMounts = c.maxMounts;
            telemetryInterval = c.telemetryInterval;
            backupBytesPerSecond = c.backupBytesPerSecond;
            backupFailureRate = c.backupFailureRate;
            staleJobTimeout = c.staleJobTimeout;
            hostDirectories = c.hostDirectories;
            clock = c.clock;
            world = c.world;
        }

        SimulatorConfig build() {
            return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                    writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                    backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
        }
    }
}
