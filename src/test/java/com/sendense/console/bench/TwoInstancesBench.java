package com.sendense.console.bench;

import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.control.LoggedRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two console instances on one PostgreSQL behind HAProxy with sticky sessions (bench/two-instances.sh runs it,
 * results in docs/benchmarks.md): the production jar twice, the embedded PostgreSQL the tests use, the simulator
 * in this JVM as the one hub both poll (HUB_URL), and HAProxy from Debian with bench/haproxy.cfg, the sample
 * configuration of docs/deployment.md. Browserless {@link VaadinClient}s drive it through the load balancer;
 * each step is a check in the printed table, and the run fails if one fails. Both instances run every
 * cluster-wide job often (idle sweep every 5 s, storage samples every 10 s, the protection scheduler every 5 s
 * with a flow due every minute), so the checks can see that each due run happened once across the two. Not a
 * test: the class name keeps it out of the normal runs.
 */
class TwoInstancesBench {

    static final String PASSWORD = "admin-two-instances-password";
    static final String STICKY = "CONSOLE_NODE";
    static final Duration POLL_INTERVAL = Duration.ofSeconds(3);

    static final HubSimulator sim = HubSimulator
            .start(SimulatorConfig.defaults().withBackups(Duration.ofHours(1), 40_000_000L, 0.0, Duration.ofHours(2)));

    private final List<String[]> checks = new ArrayList<>();
    private final Path out = Path.of("target/bench/two-instances");

    static final BenchHub hub = new BenchHub(sim);

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @Test
    void two_instances_behind_haproxy_share_sessions_mounts_and_survive_one_dying() throws Exception {
        Files.createDirectories(out);
        Path jar = Path.of(System.getProperty("bench.jar", "target/bench/console.jar"));
        EmbeddedPostgres postgres = EmbeddedPostgresInitializer.postgres();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("DROP DATABASE IF EXISTS console");
            c.createStatement().execute("CREATE DATABASE console");
        }
        String jdbcUrl = postgres.getJdbcUrl("postgres", "console");
        Map<String, String> environment = Map.of("HUB_URL", sim.baseUrl().toString(), "HUB_TOKEN",
                SimulatorConfig.APPLIANCE_TOKEN, "SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME",
                "postgres", "SPRING_DATASOURCE_PASSWORD", "", "CONSOLE_ADMIN_PASSWORD", PASSWORD,
                "RESTORE_UNMOUNT_GRACE", "15s", "HUB_STALL_THRESHOLD", "1h");
        String backupId = hub.startBackup();
        sim.control().reportBackupTelemetry(backupId);
        String held = hub.mountLatestBackup("dc01");
        String left = hub.mountLatestBackup(hub.anotherVm("dc01"));
        String flowVm = "mail-relay";
        String flow = hub.everyMinuteFlow(flowVm);
        long seqAtFlow = hub.lastSeq();
        List<String> often = List.of("-Dconsole.restore.sweep-interval=5s",
                "-Dconsole.dashboard.storage-sample-interval=10s",
                "-Dconsole.dashboard.storage-sample-initial-delay=5s", "-Dconsole.protection.tick=5s");
        List<VaadinClient> clients = new ArrayList<>();
        ConsoleProcess a = ConsoleProcess.start(jar, often, environment, out.resolve("instance-a.log"));
        ConsoleProcess b = null;
        Process haproxy = null;
        try {
            b = ConsoleProcess.start(jar, often, environment, out.resolve("instance-b.log"));
            check("both instances ready on one database",
                    status(a.baseUrl(), "/actuator/health/readiness") == 200
                            && status(b.baseUrl(), "/actuator/health/readiness") == 200,
                    "a " + a.baseUrl() + ", b " + b.baseUrl());
            int lbPort = ConsoleProcess.freePort();
            haproxy = haproxy(lbPort, a, b);
            URI lb = URI.create("http://127.0.0.1:" + lbPort);

            // Sign in through the load balancer until one session sits on each instance.
            Map<String, VaadinClient> watchers = new HashMap<>();
            for (int i = 0; i < 6 && watchers.size() < 2; i++) {
                VaadinClient client = VaadinClient.open(lb, "admin", PASSWORD, "backups/running", "job=" + backupId);
                clients.add(client);
                watchers.putIfAbsent(client.cookie(STICKY), client);
            }
            check("sign in through the load balancer lands on both", watchers.keySet().containsAll(List.of("a", "b")),
                    "sticky cookie values: " + watchers.keySet());

            Map<String, String> before = new HashMap<>();
            watchers.forEach((node, client) -> before.put(node, client.textOf("job-transferred")));
            long mark = hub.lastSeq();
            long cueAt = System.currentTimeMillis();
            sim.control().reportBackupTelemetry(backupId);
            boolean bothSaw = await(Duration.ofSeconds(10),
                    () -> watchers.entrySet()
                            .stream()
                            .allMatch(e -> !e.getValue().textOf("job-transferred").equals(before.get(e.getKey()))));
            check("a backup watched from both: the hub's change reaches a and b", bothSaw,
                    "within " + (System.currentTimeMillis() - cueAt) + " ms; " + transferredTexts(watchers));
            TimeUnit.SECONDS.sleep(9);
            double polls = sim.control()
                    .requestsSince(mark)
                    .stream()
                    .filter(r -> r.method().equals("GET") && r.path().equals("/api/v1/backups")
                            && r.query().contains("status=running"))
                    .count() / ((System.currentTimeMillis() - cueAt) / 1000.0 / POLL_INTERVAL.toSeconds());
            check("hub load: one running-list poll per interval per instance", polls > 1.4 && polls < 2.6,
                    String.format(Locale.ROOT, "%.2f reads per 3 s with 2 instances", polls));

            // Browse on a: one mount stays open, another is opened and left, then b's sweep runs.
            VaadinClient browsing = VaadinClient.openPinned(lb, STICKY, "a", "admin", PASSWORD,
                    "restore/" + held + "/files/", "");
            clients.add(browsing);
            VaadinClient leaving = VaadinClient.openPinned(lb, STICKY, "a", "admin", PASSWORD,
                    "restore/" + left + "/files/", "");
            check("mount and browse on a", browsing.cookie(STICKY).equals("a") && leaving.cookie(STICKY).equals("a")
                    && browsing.nodeCount() > 20, "two file browsers on a, " + browsing.nodeCount() + " nodes");
            leaving.close();
            // The hub forgets the mount a moment before the instance logs that it unmounted it.
            ConsoleProcess instanceB = b;
            boolean leftUnmounted = await(Duration.ofSeconds(60), () -> {
                heartbeat(browsing);
                return sim.control().mountedImage(left).isEmpty() && !unmountedBy(left, a, instanceB).equals("nobody");
            });
            String whoUnmounted = unmountedBy(left, a, b);
            check("an idle sweep unmounts the mount left on a, once",
                    leftUnmounted && List.of("a", "b").contains(whoUnmounted), "unmounted by " + whoUnmounted);
            heartbeat(browsing);
            check("the sweeps keep the mount browsed on a", sim.control().mountedImage(held).isPresent(),
                    held + " still mounted on the hub");
            int auditRows = count(jdbcUrl, "SELECT count(*) FROM restore_downloads");
            int signIns = count(jdbcUrl, "SELECT count(*) FROM sign_in_audit");
            int usageRows = count(jdbcUrl, "SELECT count(*) FROM restore_mount_usage");

            // a dies (SIGKILL, no shutdown); its users land on b and sign in again.
            a.kill();
            long killedAt = System.currentTimeMillis();
            VaadinClient again = null;
            for (int i = 0; i < 40 && again == null; i++) {
                try {
                    again = VaadinClient.openPinned(lb, STICKY, "a", "admin", PASSWORD, "backups/running",
                            "job=" + backupId);
                } catch (IOException | IllegalStateException notYet) {
                    TimeUnit.MILLISECONDS.sleep(500);
                }
            }
            check("a killed: its user signs in again and lands on b", again != null && again.cookie(STICKY).equals("b"),
                    again == null
                            ? "no sign-in"
                            : "after " + (System.currentTimeMillis() - killedAt) + " ms, on " + again.cookie(STICKY));
            if (again != null) {
                clients.add(again);
                check("running backup intact on b", again.textOf("job-percent").contains("%"),
                        "job " + again.textOf("job-percent"));
            }
            VaadinClient remount = VaadinClient.openPinned(lb, STICKY, "a", "admin", PASSWORD,
                    "restore/" + held + "/files/", "");
            clients.add(remount);
            check("the mount browsed on a opens on b",
                    remount.cookie(STICKY).equals("b") && remount.nodeCount() > 20
                            && sim.control().mountedImage(held).isPresent(),
                    held + ", " + remount.nodeCount() + " nodes");
            VaadinClient audit = VaadinClient.openPinned(lb, STICKY, "a", "admin", PASSWORD, "restore/audit", "");
            clients.add(audit);
            int signInsAfter = count(jdbcUrl, "SELECT count(*) FROM sign_in_audit");
            check("audit rows and mount usage intact in the database",
                    count(jdbcUrl, "SELECT count(*) FROM restore_downloads") == auditRows && signInsAfter > signIns
                            && usageRows > 0 && audit.nodeCount() > 10 && audit.cookie(STICKY).equals("b"),
                    auditRows + " download audit rows before and after; sign-in audit " + signIns + " → " + signInsAfter
                            + "; " + usageRows + " mount usage rows before the kill; audit page on b");
            check("b's log has no errors", b.errorLines().isEmpty(), b.errorLines().size() + " error lines");
            checkJobsRanOnce(jdbcUrl, flow, seqAtFlow);
        } finally {
            clients.forEach(VaadinClient::close);
            if (haproxy != null) {
                haproxy.destroy();
            }
            if (b != null) {
                b.close();
            }
            a.close();
        }
        StringBuilder table = new StringBuilder("| check | result | detail |\n|---|---|---|\n");
        checks.forEach(c -> table.append("| ")
                .append(c[0])
                .append(" | ")
                .append(c[1])
                .append(" | ")
                .append(c[2])
                .append(" |\n"));
        table.append("\nload average at the end (2 cores, shared): ")
                .append(Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("\n" + table);
        Files.writeString(Path.of("target/bench/two-instances.md"), table + "\n");
        if (checks.stream().anyMatch(c -> !c[1].equals("pass"))) {
            throw new AssertionError("a check failed:\n" + table);
        }
    }

    /**
     * Every cluster-wide job ran once per due time across both instances: the every-minute flow has one run
     * per due time and the hub saw no more backup starts than the runs recorded, storage samples are at
     * least the lock's 30 s apart although both instances sample every 10 s, and each job's ShedLock row
     * exists.
     */
    private void checkJobsRanOnce(String jdbcUrl, String flow, long seqAtFlow) throws Exception {
        String countRuns = "SELECT count(*) FROM protection_run WHERE flow_id = '" + flow + "'";
        await(Duration.ofMinutes(4), () -> Integer.parseInt(query(jdbcUrl, countRuns).getFirst()) >= 3);
        List<String> runs = query(jdbcUrl,
                "SELECT scheduled_for || ' ' || state || ' on ' || instance FROM protection_run" + " WHERE flow_id = '"
                        + flow + "' ORDER BY scheduled_for");
        int dueTimes = Integer.parseInt(query(jdbcUrl,
                "SELECT count(DISTINCT scheduled_for) FROM protection_run WHERE flow_id = '" + flow + "'").getFirst());
        int backupsRecorded = Integer.parseInt(query(jdbcUrl,
                "SELECT count(*) FROM protection_run_vm v JOIN protection_run r"
                        + " ON r.id = v.run_id WHERE r.flow_id = '" + flow + "' AND v.backup_id IS NOT NULL")
                .getFirst());
        long starts = hub.backupStarts(seqAtFlow);
        check("the every-minute flow ran once per due time across both instances",
                runs.size() >= 3 && dueTimes == runs.size() && starts == backupsRecorded,
                runs.size() + " runs for " + dueTimes + " due times; the hub saw " + starts
                        + " backup starts, the runs " + "recorded " + backupsRecorded + "; " + String.join("; ", runs));
        List<String> samples = query(jdbcUrl, "SELECT repository_id || ' ' || sampled_at FROM storage_samples"
                + " WHERE estimated = FALSE ORDER BY repository_id, sampled_at");
        int closest = Integer.parseInt(query(jdbcUrl, "SELECT COALESCE(MIN(gap), 999999) FROM (SELECT"
                + " EXTRACT(EPOCH FROM sampled_at - LAG(sampled_at) OVER (PARTITION BY repository_id ORDER BY sampled_at))::int"
                + " AS gap FROM storage_samples WHERE estimated = FALSE) g WHERE gap IS NOT NULL").getFirst());
        check("storage sampled once per slot across both instances", samples.size() >= 2 && closest >= 25,
                samples.size() + " samples; the closest two of one repository " + closest + " s apart");
        List<String> locks = query(jdbcUrl, "SELECT name FROM shedlock ORDER BY name");
        check("each cluster-wide job holds a ShedLock row", locks.containsAll(
                List.of("protection-run-tracker", "protection-scheduler", "storage-sampler", "unmount-on-close")),
                String.join(", ", locks));
    }

    private static List<String> query(String jdbcUrl, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void check(String name, boolean passed, String detail) {
        checks.add(new String[]{name, passed ? "pass" : "**FAIL**", detail.replace("|", "/")});
        System.out.println((passed ? "pass " : "FAIL ") + name + ": " + detail);
    }

    /** HAProxy with bench/haproxy.cfg; the ports come from the environment, as the sample's comments say. */
    private Process haproxy(int lbPort, ConsoleProcess a, ConsoleProcess b) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", "bench/haproxy.cfg")
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("haproxy.log").toFile());
        builder.environment().put("CONSOLE_LB_BIND", "127.0.0.1:" + lbPort);
        builder.environment().put("CONSOLE_A", "127.0.0.1:" + a.baseUrl().getPort());
        builder.environment().put("CONSOLE_B", "127.0.0.1:" + b.baseUrl().getPort());
        Process process = builder.start();
        URI lb = URI.create("http://127.0.0.1:" + lbPort);
        if (!await(Duration.ofSeconds(20), () -> status(lb, "/login") == 200)) {
            throw new IllegalStateException("HAProxy did not answer; see " + out.resolve("haproxy.log"));
        }
        return process;
    }

    /** Which instance's log says it unmounted the mount ("a", "b", "a and b" or "nobody"). */
    private static String unmountedBy(String mountId, ConsoleProcess a, ConsoleProcess b) {
        boolean byA = logged(a, "Unmounted " + mountId);
        boolean byB = logged(b, "Unmounted " + mountId);
        return byA && byB ? "a and b" : byA ? "a" : byB ? "b" : "nobody";
    }

    private static boolean logged(ConsoleProcess instance, String text) {
        try {
            return instance.logLines().stream().anyMatch(l -> l.contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heartbeat(VaadinClient client) {
        try {
            client.heartbeat();
        } catch (IOException e) {
            throw new IllegalStateException("heartbeat failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String transferredTexts(Map<String, VaadinClient> watchers) {
        StringBuilder s = new StringBuilder();
        watchers.forEach((node, c) -> s.append(node).append(": ").append(c.textOf("job-transferred")).append("; "));
        return s.toString();
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return condition.getAsBoolean();
    }

    private static int status(URI base, String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http
                    .send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int count(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
