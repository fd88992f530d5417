package com.sendense.hubsim;

import com.sendense.hubsim.json.GoDuration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standalone simulator's options, described in {@code docs/hub-simulator.md}. The command line wins over the
 * {@code SIM_*} variables; durations use Go's syntax ({@code 500ms}, {@code 1h30m}).
 */
final class SimulatorArgs {

    static final int DEFAULT_PORT = 8082;

    private static final Map<String, String> ENV_NAMES = Map.ofEntries(Map.entry("port", "SIM_PORT"),
            Map.entry("bind", "SIM_BIND"), Map.entry("seed", "SIM_SEED"), Map.entry("world", "SIM_WORLD"),
            Map.entry("history-days", "SIM_HISTORY_DAYS"), Map.entry("auth", "SIM_AUTH"),
            Map.entry("false-z", "SIM_FALSE_Z"), Map.entry("telemetry-interval", "SIM_TELEMETRY_INTERVAL"),
            Map.entry("failure-rate", "SIM_FAILURE_RATE"), Map.entry("write-timeout", "SIM_WRITE_TIMEOUT"),
            Map.entry("host-dir", "SIM_HOST_DIRS"), Map.entry("time-scale", "SIM_TIME_SCALE"),
            Map.entry("control-port", "SIM_CONTROL_PORT"), Map.entry("control-token", "SIM_CONTROL_TOKEN"));

    private SimulatorArgs() {}

    static SimulatorConfig parse(String[] args, Map<String, String> env) {
        return apply(options(args, env));
    }

    /** Loopback always; a free port and a random token unless the options say otherwise. */
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
            Duration telemetry = o.containsKey("telemetry-interval")
                    ? GoDuration.parse(last(o, "telemetry-interval"))
                    : c.telemetryInterval();
            double rate = o.containsKey("failure-rate")
                    ? Double.parseDouble(last(o, "failure-rate"))
                    : c.backupFailureRate();
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

    /** The hub's timers and backup speed only: the clock, the timestamps and the write timeout stay real. */
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
