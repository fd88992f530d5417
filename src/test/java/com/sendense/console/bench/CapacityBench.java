package com.sendense.console.bench;

import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.control.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * How many signed-in sessions one console holds, and what each costs (capacity issue; bench/capacity.sh runs it,
 * results in docs/benchmarks.md). The production jar runs in a process of its own against the simulator in this
 * JVM (as a real hub, by HUB_URL), whose SBC reports only on the benchmark's cue. Sessions ({@link VaadinClient}s,
 * each signed in on its own) are spread over the dashboard, the running-backups view following a backup and a
 * file browser on a mounted recovery point; at 50, 100 and 200 sessions they idle with heartbeats, then the
 * backup reports so that pushes flow. Not a test: the class name keeps it out of the normal runs.
 */
class CapacityBench {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
    static final List<String> FIGURES = List.of("job-percent", "job-transferred", "job-speed");
    static final String PASSWORD = "admin-bench-password";

    /** Telemetry only on cue; no stale-job failure while the sessions idle. */
    static final HubSimulator sim = HubSimulator
            .start(SimulatorConfig.defaults().withBackups(Duration.ofHours(1), 40_000_000L, 0.0, Duration.ofHours(2)));

    static final BenchHub hub = new BenchHub(sim);

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @Test
    void sessions_cost_and_push_latency_at_50_100_and_200_sessions() throws Exception {
        Path out = Files.createDirectories(Path.of("target/bench"));
        int[] steps = Arrays.stream(System.getProperty("bench.sessions", "50,100,200").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        Duration idle = Duration.ofSeconds(Long.getLong("bench.idle-seconds", 60));
        List<String> jvmOptions = Arrays.stream(System.getProperty("bench.jvm-options", "").split(" "))
                .filter(o -> !o.isBlank())
                .toList();
        String backupId = hub.startBackup();
        sim.control().reportBackupTelemetry(backupId);
        String mountId = hub.mountLatestBackup("dc01");
        Path jar = Path.of(System.getProperty("bench.jar", "target/bench/console.jar"));
        Map<String, String> environment = Map.of("HUB_URL", sim.baseUrl().toString(), "HUB_TOKEN",
                SimulatorConfig.APPLIANCE_TOKEN, "HUB_POLL_INTERVAL", POLL_INTERVAL.toSeconds() + "s",
                "HUB_STALL_THRESHOLD", "1h", "CONSOLE_ADMIN_PASSWORD", PASSWORD, "SPRING_DATASOURCE_URL",
                "jdbc:h2:mem:capacity;DB_CLOSE_DELAY=-1");
        List<Session> sessions = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        StringBuilder requestLog = new StringBuilder();
        try (ConsoleProcess console = ConsoleProcess.start(jar, jvmOptions, environment,
                out.resolve("capacity-console.log"))) {
            Opener opener = new Opener(console.baseUrl(), backupId, mountId);
            // Warm-up: one session per page loads their classes, so the baseline holds what any session needs.
            for (int i = 0; i < 3; i++) {
                opener.open(i).close();
            }
            long baseline = console.usedHeapAfterGc();
            long started = System.nanoTime();
            int openErrors = 0;
            for (int target : steps) {
                long openStart = System.nanoTime();
                while (sessions.size() + openErrors < target) {
                    try {
                        sessions.add(opener.open(sessions.size() + openErrors));
                    } catch (Exception e) {
                        openErrors++;
                        System.err.println("session " + (sessions.size() + openErrors) + " did not open: " + e);
                    }
                    if (sessions.size() % 50 == 0) {
                        // Keeps the job fresh for the console's stall check while sessions open.
                        sim.control().reportBackupTelemetry(backupId);
                    }
                }
                double openSeconds = (System.nanoTime() - openStart) / 1e9;
                Phase idlePhase = measure(console, () -> idleWithHeartbeats(sessions, idle));
                long heap = console.usedHeapAfterGc();
                Phase pushPhase = measure(console, () -> pushWindow(sessions, backupId));
                if (target == steps[steps.length - 1]) {
                    console.classHistogram(out.resolve("capacity-histogram-" + target + ".txt"));
                }
                long pushErrors = sessions.stream().filter(s -> !s.client.pushProblem().isEmpty()).count();
                rows.add(row(target, sessions.size(), openSeconds, baseline, heap, idlePhase, pushPhase,
                        openErrors + pushErrors + idlePhase.errors + pushPhase.errors, console.errorLines().size()));
                requestLog.append(target)
                        .append(" sessions, idle ")
                        .append(idle.toSeconds())
                        .append(" s: ")
                        .append(idlePhase.hubRequests)
                        .append("\n")
                        .append(target)
                        .append(" sessions, push window: ")
                        .append(pushPhase.hubRequests)
                        .append("\n");
                System.out.println(rows.getLast());
            }
            System.out.println("total " + (System.nanoTime() - started) / 1_000_000_000 + " s");
        } finally {
            sessions.forEach(s -> s.client.close());
        }
        String table = String.join("\n",
                "| sessions | open (s) | heap after GC (MB) | per session (KiB) | idle: CPU (cores) | idle: hub req. per 3 s "
                        + "| push: CPU (cores) | push: hub req. per 3 s | hub change → page p50 / p95 / max (ms) "
                        + "| updates seen / missed | errors | console log errors |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|") + "\n" + String.join("\n", rows);
        String report = table + "\n\nHub requests by path:\n\n```\n" + requestLog + "```\n\nload average at the end "
                + "(2 cores, shared): " + Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.println("\n" + report + "\n");
        Files.writeString(out.resolve("capacity.md"), report + "\n");
    }

    /** What one phase cost: the console's CPU and the hub requests it made, per poll interval. */
    private record Phase(double cores, double hubRequestsPerInterval, PushResult push, int errors,
            Map<String, Integer> hubRequests) {}

    private record PushResult(List<Long> latencies, int missed) {

        static final PushResult NONE = new PushResult(List.of(), 0);
    }

    @FunctionalInterface
    private interface Work {

        PushResult run() throws Exception;
    }

    private Phase measure(ConsoleProcess console, Work work) throws Exception {
        long firstSeq = hub.lastSeq();
        long cpu = console.cpuNanos();
        long start = System.nanoTime();
        PushResult push;
        int errors = 0;
        try {
            push = work.run();
        } catch (HeartbeatRefused e) {
            push = PushResult.NONE;
            errors = e.count;
        }
        long wall = System.nanoTime() - start;
        double intervals = wall / 1e9 / POLL_INTERVAL.toSeconds();
        List<LoggedRequest> requests = sim.control().requestsSince(firstSeq);
        Map<String, Integer> byPath = new TreeMap<>();
        requests.forEach(
                r -> byPath.merge(r.method() + " " + r.path().replaceAll("/[0-9a-f-]{8,}", "/{id}"), 1, Integer::sum));
        return new Phase((console.cpuNanos() - cpu) / (double) wall, requests.size() / intervals, push,
                errors + push.missed, byPath);
    }

    /** Every session sends a heartbeat every 30 s, spread over the interval, as open tabs do. */
    private static PushResult idleWithHeartbeats(List<Session> sessions, Duration idle) throws Exception {
        int refused = 0;
        long end = System.nanoTime() + idle.toNanos();
        long slice = Duration.ofSeconds(30).toNanos() / Math.max(1, sessions.size());
        int next = 0;
        while (System.nanoTime() < end) {
            if (sessions.get(next).client.heartbeat() != 200) {
                refused++;
            }
            next = (next + 1) % sessions.size();
            TimeUnit.NANOSECONDS.sleep(Math.min(slice, Math.max(0, end - System.nanoTime())));
        }
        if (refused > 0) {
            throw new HeartbeatRefused(refused);
        }
        return PushResult.NONE;
    }

    private static final class HeartbeatRefused extends Exception {

        private final int count;

        HeartbeatRefused(int count) {
            super(count + " heartbeats refused");
            this.count = count;
        }
    }

    /**
     * The SBC reports eight times, 3.3 to 5.3 s apart (never in step with the poll); each session following the
     * job must show each report before the next.
     */
    private static PushResult pushWindow(List<Session> sessions, String backupId) throws Exception {
        List<Session> watching = sessions.stream().filter(s -> s.kind == Kind.RUNNING).toList();
        watching.forEach(Session::reset);
        List<Long> changedAt = Collections.synchronizedList(new ArrayList<>());
        Random random = new Random(42);
        try (var timer = Executors.newSingleThreadScheduledExecutor()) {
            long offset = 0;
            for (int i = 0; i < 8; i++) {
                offset += 3300 + random.nextInt(2000);
                timer.schedule(() -> {
                    long at = System.currentTimeMillis();
                    if (sim.control().reportBackupTelemetry(backupId)) {
                        changedAt.add(at);
                    }
                }, offset, TimeUnit.MILLISECONDS);
            }
            timer.schedule(() -> null, offset + POLL_INTERVAL.toMillis() + 1500, TimeUnit.MILLISECONDS).get();
        }
        long windowEnd = System.currentTimeMillis();
        List<Long> latencies = new ArrayList<>();
        int missed = 0;
        for (Session session : watching) {
            List<Long> seen = session.changes();
            for (int i = 0; i < changedAt.size(); i++) {
                long from = changedAt.get(i);
                long until = i + 1 < changedAt.size() ? changedAt.get(i + 1) : windowEnd;
                Long shown = seen.stream().filter(t -> t >= from && t < until).findFirst().orElse(null);
                if (shown == null) {
                    missed++;
                } else {
                    latencies.add(shown - from);
                }
            }
        }
        latencies.sort(Comparator.naturalOrder());
        return new PushResult(latencies, missed);
    }

    private static String row(int target, int open, double openSeconds, long baseline, long heap, Phase idle,
            Phase push, long errors, int logErrors) {
        List<Long> l = push.push.latencies;
        return String.format(Locale.ROOT,
                "| %d (%d open) | %.0f | %.1f (baseline %.1f) | %.0f | %.2f | %.2f | %.2f | %.2f | %d / %d / %d | %d / %d "
                        + "| %d | %d |",
                target, open, openSeconds, heap / 1e6, baseline / 1e6, (heap - baseline) / 1024.0 / open, idle.cores,
                idle.hubRequestsPerInterval, push.cores, push.hubRequestsPerInterval, percentile(l, 50),
                percentile(l, 95), percentile(l, 100), l.size(), push.push.missed, errors, logErrors);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }

    private enum Kind {
        DASHBOARD, RUNNING, FILES
    }

    /** Opens session number {@code n} on one of the three pages in turn, and checks the page is there. */
    private record Opener(URI base, String backupId, String mountId) {

        Session open(int n) throws Exception {
            Kind kind = Kind.values()[n % 3];
            VaadinClient client = switch (kind) {
                case DASHBOARD -> VaadinClient.open(base, "admin", PASSWORD, "", "");
                case RUNNING -> VaadinClient.open(base, "admin", PASSWORD, "backups/running", "job=" + backupId);
                case FILES -> VaadinClient.open(base, "admin", PASSWORD, "restore/" + mountId + "/files/", "");
            };
            String text = client.allText();
            boolean shown = switch (kind) {
                case DASHBOARD -> text.contains("RPO");
                case RUNNING -> client.textOf("job-percent").contains("%");
                case FILES -> text.contains("Windows") || text.contains("partition") || text.contains("Users");
            };
            if (!shown) {
                client.close();
                throw new IllegalStateException(
                        kind + " page not shown: " + text.substring(0, Math.min(300, text.length())));
            }
            return new Session(kind, client);
        }
    }

    /** One open tab; on the running page it notes when the job's figures change. */
    private static final class Session {

        final Kind kind;
        final VaadinClient client;
        private final List<Long> changes = Collections.synchronizedList(new ArrayList<>());
        private String last;

        Session(Kind kind, VaadinClient client) {
            this.kind = kind;
            this.client = client;
            this.last = figures();
            client.onUpdate(this::updated);
        }

        private String figures() {
            return String.join("|", FIGURES.stream().map(client::textOf).toList());
        }

        private void updated(long at) {
            if (kind != Kind.RUNNING) {
                return;
            }
            String now = figures();
            if (!now.equals(last)) {
                last = now;
                changes.add(at);
            }
        }

        void reset() {
            changes.clear();
        }

        List<Long> changes() {
            synchronized (changes) {
                return List.copyOf(changes);
            }
        }

        void close() {
            client.close();
        }
    }
}
