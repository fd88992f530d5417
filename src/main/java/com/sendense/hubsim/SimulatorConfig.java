package com.sendense.hubsim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * Everything that shapes a simulated hub. Durations are the real hub's by default and can be
 * scaled down for demos and tests; the clock is always real time, so timestamps stay truthful.
 *
 * @param bindAddress       address to listen on (loopback by default)
 * @param port              0 picks a free port
 * @param seed              seed of the deterministic demo world
 * @param historyDays       days of generated backup history
 * @param zone              the hub's local time zone (Europe/London, like the real hub)
 * @param authEnabled       the hub's {@code -auth} flag
 * @param falseZTimestamps  write backup/repository times as local wall-clock time with a literal Z (the hub bug)
 * @param writeTimeout      Go's server WriteTimeout: responses still writing after this are cut off
 * @param downloadBytesPerSecond serving speed of downloads, 0 = unlimited
 * @param mountTtl          hard mount lifetime from creation
 * @param cleanupInterval   how often expired mounts are cleaned up
 * @param maxMounts         NBD devices in the restore pool
 * @param telemetryInterval how often a running backup reports telemetry
 * @param backupBytesPerSecond simulated transfer speed of a running backup
 * @param backupFailureRate share of started backups that fail (0..1)
 * @param staleJobTimeout   the hub's stale-job detector threshold (5 min)
 * @param hostDirectories   simulated disks mapped to real host directories, keyed {@code vmName/diskIndex}
 * @param clock             wall clock
 * @param world             what the hub holds at start-up: the demo site, or nothing (a fresh install)
 */
public record SimulatorConfig(
        String bindAddress,
        int port,
        long seed,
        int historyDays,
        ZoneId zone,
        boolean authEnabled,
        boolean falseZTimestamps,
        Duration writeTimeout,
        long downloadBytesPerSecond,
        Duration mountTtl,
        Duration cleanupInterval,
        int maxMounts,
        Duration telemetryInterval,
        long backupBytesPerSecond,
        double backupFailureRate,
        Duration staleJobTimeout,
        Map<String, Path> hostDirectories,
        Clock clock,
        World world) {

    /** The hub's contents at start-up. */
    public enum World {
        /** The seeded demo site: VMs, groups, repositories, flows and a month of backups. */
        DEMO,
        /** A freshly installed hub: repositories configured, no VMs, no backups, no flows. */
        EMPTY
    }

    /** The fixed appliance token the real hub accepts at login. */
    public static final String APPLIANCE_TOKEN = "vma_test_token_abc123def456789012345678";

    /** The fixed session token the real hub hands to every caller. */
    public static final String SESSION_TOKEN = "sess_longlived_dev_token_2025_2035_permanent";

    public SimulatorConfig {
        hostDirectories = Map.copyOf(hostDirectories);
    }

    /** The original set of knobs, with the demo world. */
    public SimulatorConfig(String bindAddress, int port, long seed, int historyDays, ZoneId zone, boolean authEnabled,
            boolean falseZTimestamps, Duration writeTimeout, long downloadBytesPerSecond, Duration mountTtl,
            Duration cleanupInterval, int maxMounts, Duration telemetryInterval, long backupBytesPerSecond,
            double backupFailureRate, Duration staleJobTimeout, Map<String, Path> hostDirectories, Clock clock) {
        this(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps, writeTimeout, downloadBytesPerSecond,
                mountTtl, cleanupInterval, maxMounts, telemetryInterval, backupBytesPerSecond, backupFailureRate,
                staleJobTimeout, hostDirectories, clock, World.DEMO);
    }

    /**
     * The configuration {@link SimulatorMain} runs with: {@code --port=8082} and the other options
     * described in {@link SimulatorArgs}, each with an environment variable ({@code SIM_PORT}, …)
     * that the command line overrides.
     */
    public static SimulatorConfig fromArgs(String[] args, Map<String, String> env) {
        return SimulatorArgs.parse(args, env);
    }

    /** The real hub's behaviour, on a free loopback port, with backups fast enough to watch. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig("127.0.0.1", 0, 20251009L, 30, ZoneId.of("Europe/London"),
                true, true, Duration.ofSeconds(15), 0, Duration.ofHours(1), Duration.ofMinutes(15), 8,
                Duration.ofSeconds(5), 1L << 30, 0.1, Duration.ofMinutes(5), Map.of(), Clock.systemUTC());
    }

    public SimulatorConfig withPort(int port) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withAuth(boolean enabled) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, enabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withDownloads(Duration writeTimeout, long downloadBytesPerSecond) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withMounts(Duration mountTtl, Duration cleanupInterval) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withBackups(Duration telemetryInterval, long backupBytesPerSecond, double backupFailureRate,
            Duration staleJobTimeout) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withHostDirectories(Map<String, Path> hostDirectories) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withWorld(World world) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withSeed(long seed) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withFalseZTimestamps(boolean falseZ) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZ,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withBindAddress(String bindAddress) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withHistoryDays(int historyDays) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }

    public SimulatorConfig withClock(Clock clock) {
        return new SimulatorConfig(bindAddress, port, seed, historyDays, zone, authEnabled, falseZTimestamps,
                writeTimeout, downloadBytesPerSecond, mountTtl, cleanupInterval, maxMounts, telemetryInterval,
                backupBytesPerSecond, backupFailureRate, staleJobTimeout, hostDirectories, clock, world);
    }
}
