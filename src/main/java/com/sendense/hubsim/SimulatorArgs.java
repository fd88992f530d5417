package com.sendense.hubsim;

import com.sendense.hubsim.json.GoDuration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command-line and environment options of the standalone simulator. Each option has an
 * environment variable; the command line wins.
 *
 * <pre>
 * --port=8082              SIM_PORT             listen port (0 = any free port)
 * --bind=127.0.0.1         SIM_BIND             listen address
 * --seed=20251009          SIM_SEED             seed of the demo world
 * --world=demo|empty       SIM_WORLD            the demo site, or a freshly installed hub
 * --history-days=30        SIM_HISTORY_DAYS     days of generated backup history
 * --auth=true|false        SIM_AUTH             the hub's -auth flag
 * --false-z=true|false     SIM_FALSE_Z          backup/repository times as local time with a literal Z (the hub bug)
 * --telemetry-interval=5s  SIM_TELEMETRY_INTERVAL
 * --failure-rate=0.1       SIM_FAILURE_RATE     share of started backups that fail
 * --write-timeout=15s      SIM_WRITE_TIMEOUT    Go's WriteTimeout: later responses are lost
 * --host-dir=VM/DISK=PATH  SIM_HOST_DIRS        show a real directory inside a backed-up disk; repeatable
 *                                               (the variable takes a ';'-separated list)
 * --time-scale=N           SIM_TIME_SCALE       run the hub's timers N times faster: divides the mount TTL, the
 *                                               cleanup interval, the telemetry interval and the stale-job timeout,
 *                                               and multiplies the backup transfer speed. The clock, timestamps
 *                                               and the write timeout stay real.
 * --control-port=0|N|off   SIM_CONTROL_PORT     loopback port of the /_sim/ control API (0 = a free port;
 *                                               off = no control API)
 * --control-token=T        SIM_CONTROL_TOKEN    its bearer token (default: random, printed at start)
 * </pre>
 * Durations use Go's syntax ({@code 500ms}, {@code 5m}, {@code 1h30m}).
 */
final class SimulatorArgs {

    static final int DEFAULT_PORT = 8082;

    private static final Map<String, String> ENV_NAMES = Map.ofEntries(
            Map.entry("port", "SIM_PORT"), Map.entry("bind", "SIM_BIND"), Map.entry("seed", "SIM_SEED"),
            Map.entry("world", "SIM_WORLD"), Map.entry("history-days", "SIM_HISTORY_DAYS"), Map.entry("auth", "SIM_AUTH"),
            Map.entry("false-z", "SIM_FALSE_Z"), Map.entry("telemetry-interval", "SIM_TELEMETRY_INTERVAL"),
            Map.entry("failure-rate", "SIM_FAILURE_RATE"), Map.entry("write-timeout", "SIM_WRITE_TIMEOUT"),
            Map.entry("host-dir", "SIM_HOST_DIRS"), Map.entry("time-scale", "SIM_TIME_SCALE"),
            Map.entry("control-port", "SIM_CONTROL_PORT"), Map.entry("control-token", "SIM_CONTROL_TOKEN"));

    private SimulatorArgs() {
    }

    static SimulatorConfig parse(String[] args, Map<String, String> env) {
        return apply(options(args, env));
    }

    /** Where the control API listens: loopback always, a free port and a random token unless the options say otherwise. */
    static ControlApi control(String[] args, Map<String, String> env) {
        Map<String, List<String>> o = options(args, env);
        String port = o.containsKey("control-port") ? last(o, "control-port") : "0";
        String token = o.containsKey("control-token") ? last(o, "control-token") : "";
        if (port.equalsIgnoreCase("off")) {
            return ControlApi.off();
        }
        return new ControlApi(true, Integer.parseInt(port), token);
    }

    private static Map<String, List<String>> options(String[] args, Map<String, String> env) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        ENV_NAMES.forEach((option, variable) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                options.put(option, option.equals("host-dir") ? List.of(value.split(";")) : List.of(value));
            }
        });
        Map<String, List<String>> fromArgs = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --option=value, got: " + arg);
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!ENV_NAMES.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: " + ENV_NAMES.keySet());
            }
            fromArgs.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(arg.substring(arg.indexOf('=') + 1));
        }
        options.putAll(fromArgs);
        return options;
    }

    private static SimulatorConfig apply(Map<String, List<String>> o) {
        SimulatorConfig c = SimulatorConfig.defaults().withPort(DEFAULT_PORT);
        if (o.containsKey("port")) {
            c = c.withPort(Integer.parseInt(last(o, "port")));
        }
        if (o.containsKey("bind")) {
            c = c.withBindAddress(last(o, "bind"));
        }
        if (o.containsKey("seed")) {
            c = c.withSeed(Long.parseLong(last(o, "seed")));
        }
        if (o.containsKey("world")) {
            c = c.withWorld(SimulatorConfig.World.valueOf(last(o, "world").toUpperCase(Locale.ROOT)));
        }
        if (o.containsKey("history-days")) {
            c = c.withHistoryDays(Integer.parseInt(last(o, "history-days")));
        }
        if (o.containsKey("auth")) {
            c = c.withAuth(bool(last(o, "auth")));
        }
        if (o.containsKey("false-z")) {
            c = c.withFalseZTimestamps(bool(last(o, "false-z")));
        }
        if (o.containsKey("telemetry-interval") || o.containsKey("failure-rate")) {
            Duration telemetry = o.containsKey("telemetry-interval") ? GoDuration.parse(last(o, "telemetry-interval")) : c.telemetryInterval();
            double rate = o.containsKey("failure-rate") ? Double.parseDouble(last(o, "failure-rate")) : c.backupFailureRate();
            c = c.withBackups(telemetry, c.backupBytesPerSecond(), rate, c.staleJobTimeout());
        }
        if (o.containsKey("write-timeout")) {
            c = c.withDownloads(GoDuration.parse(last(o, "write-timeout")), c.downloadBytesPerSecond());
        }
        if (o.containsKey("host-dir")) {
            Map<String, Path> dirs = new LinkedHashMap<>();
            for (String spec : o.get("host-dir")) {
                int eq = spec.indexOf('=');
                if (eq < 0 || !spec.substring(0, eq).matches("[^/]+/\\d+")) {
                    throw new IllegalArgumentException("--host-dir expects vmName/diskIndex=/path, got: " + spec);
                }
                dirs.put(spec.substring(0, eq), Path.of(spec.substring(eq + 1)));
            }
            c = c.withHostDirectories(dirs);
        }
        if (o.containsKey("time-scale")) {
            c = scaled(c, Double.parseDouble(last(o, "time-scale")));
        }
        return c;
    }

    /** Runs the hub's timers {@code factor} times faster. */
    static SimulatorConfig scaled(SimulatorConfig c, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("--time-scale must be positive");
        }
        return c.withMounts(divide(c.mountTtl(), factor), divide(c.cleanupInterval(), factor))
                .withBackups(divide(c.telemetryInterval(), factor), (long) (c.backupBytesPerSecond() * factor),
                        c.backupFailureRate(), divide(c.staleJobTimeout(), factor));
    }

    private static Duration divide(Duration d, double factor) {
        return Duration.ofNanos(Math.max(1_000_000L, (long) (d.toNanos() / factor)));
    }

    private static String last(Map<String, List<String>> o, String name) {
        return o.get(name).getLast();
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("Expected true or false, got: " + text);
        };
    }
}
