package com.sendense.console.bench;

import static com.sendense.console.bench.ClusterProbe.await;
import static com.sendense.console.bench.ClusterProbe.count;
import static com.sendense.console.bench.ClusterProbe.query;
import static com.sendense.console.bench.ClusterProbe.status;

import com.microsoft.playwright.PlaywrightException;
import com.sendense.console.e2e.Chromium;
import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two console instances on one PostgreSQL behind HAProxy with sticky sessions (bench/two-instances.sh runs it,
 * results in docs/benchmarks.md): the production jar twice, the embedded PostgreSQL the tests use, the simulator
 * in this JVM as the one hub both poll (HUB_URL), and HAProxy from Debian with bench/haproxy.cfg, the sample
 * configuration of docs/deployment.md. Two users in Chromium ({@link ClusterBrowser}, Playwright as in the browser
 * tests), each tab pinned to one instance by HAProxy's cookie, drive it through the load balancer: the backup
 * wizard on a, its live progress on a and b, the restore wizard and a download on a, a killed, the user on b.
 * Each step is a check in the printed table, and the run fails if one fails; screenshots of both browsers go
 * to target/bench/two-instances. Both instances run every
 * cluster-wide job often (idle sweep every 5 s, storage samples every 10 s, the protection scheduler every 5 s
 * with a flow due every minute), so the checks can see that each due run happened once across the two. Not a
 * test: the class name keeps it out of the normal runs.
 */
class TwoInstancesBench {

    static final String PASSWORD = "admin-two-instances-password";
    static final String STICKY = "CONSOLE_NODE";
    static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
    /** Backed up through the wizard (not the flow's VM, whose every-minute runs must stay the flow's own). */
    static final String BACKUP_VM = "web-01";
    /** Mounted through the restore wizard: a Windows system disk, so the folder and file below exist. */
    static final String MOUNT_VM = "sql-prod-01";
    static final String FOLDER = "partition-1/Boot/Fonts";
    static final String FILE = "chs_boot.ttf";

    /** Launched only while this run holds the machine's browser lock (see {@link #browserLock()}). */
    static final Chromium chromium = new Chromium();

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
        String flowVm = "mail-relay";
        String flow = hub.everyMinuteFlow(flowVm);
        long flowSince = java.time.Instant.now().getEpochSecond();
        String left = hub.mountLatestBackup(hub.anotherVm(MOUNT_VM));
        // Both instances run every cluster-wide job often. The sweeps differ (a every 5 s, b every 3 s): with equal
        // intervals a's cadence lined up with the lock's 30 s and a won every sweep, which is correct (one sweep at
        // a time) but never showed b's sweep running while a's tab browses.
        List<String> often = List.of("-Dconsole.dashboard.storage-sample-interval=10s",
                "-Dconsole.dashboard.storage-sample-initial-delay=5s", "-Dconsole.protection.tick=5s",
                "-Dlogging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=DEBUG");
        List<String> oftenA = new ArrayList<>(often);
        oftenA.add("-Dconsole.restore.sweep-interval=5s");
        List<String> oftenB = new ArrayList<>(often);
        oftenB.add("-Dconsole.restore.sweep-interval=3s");
        ConsoleProcess a = ConsoleProcess.start(jar, oftenA, environment, out.resolve("instance-a.log"));
        ConsoleProcess b = null;
        Process haproxy = null;
        ClusterBrowser onA = null;
        ClusterBrowser onB = null;
        Throwable failure = null;
        Process browserLock = null;
        try {
            b = ConsoleProcess.start(jar, oftenB, environment, out.resolve("instance-b.log"));
            check("both instances ready on one database",
                    status(a.baseUrl(), "/actuator/health/readiness") == 200
                            && status(b.baseUrl(), "/actuator/health/readiness") == 200,
                    "a " + a.baseUrl() + ", b " + b.baseUrl());
            int lbPort = ConsoleProcess.freePort();
            haproxy = haproxy(lbPort, a, b);
            URI lb = URI.create("http://127.0.0.1:" + lbPort);

            // Two users in Chromium, each tab pinned to one instance by HAProxy's cookie. Only one browser may run
            // on this machine at a time: the instances start without it, the browsers wait for the lock.
            browserLock = browserLock();
            chromium.beforeAll(null);
            onA = ClusterBrowser.pinned(chromium.browser(), lb, STICKY, "a", "browser-a", out);
            onB = ClusterBrowser.pinned(chromium.browser(), lb, STICKY, "b", "browser-b", out);
            onA.signIn("admin", PASSWORD);
            onB.signIn("admin", PASSWORD);
            check("two browsers sign in through the load balancer, one on each instance",
                    onA.servers().stream().allMatch("a"::equals) && onB.servers().stream().allMatch("b"::equals)
                            && onA.cookie(STICKY).equals("a") && onB.cookie(STICKY).equals("b"),
                    "browser A: pages served by " + onA.servers() + ", cookie " + onA.cookie(STICKY)
                            + "; browser B: pages served by " + onB.servers() + ", cookie " + onB.cookie(STICKY));

            // A backup started in the wizard on a, watched live in both browsers.
            String backupId = onA.startBackupThroughWizard(BACKUP_VM);
            onB.watch(backupId);
            String beforeA = onA.transferred();
            String beforeB = onB.transferred();
            long mark = hub.lastSeq();
            long cueAt = System.currentTimeMillis();
            sim.control().reportBackupTelemetry(backupId);
            ClusterBrowser browserA = onA;
            ClusterBrowser browserB = onB;
            boolean bothSaw = await(Duration.ofSeconds(30),
                    () -> !browserA.transferred().equals(beforeA) && !browserB.transferred().equals(beforeB));
            long seenAfter = System.currentTimeMillis() - cueAt;
            onA.screenshot("backup-progress");
            onB.screenshot("backup-watched");
            check("a backup started in the wizard on a, its progress live on a and b",
                    bothSaw && onA.lastServer().equals("a") && onB.lastServer().equals("b"),
                    backupId + "; the hub's report reached both within " + seenAfter + " ms; a: " + onA.transferred()
                            + ", b: " + onB.transferred());
            TimeUnit.SECONDS.sleep(9);
            double polls = sim.control()
                    .requestsSince(mark)
                    .stream()
                    .filter(r -> r.method().equals("GET") && r.path().equals("/api/v1/backups")
                            && r.query().contains("status=running"))
                    .count() / ((System.currentTimeMillis() - cueAt) / 1000.0 / POLL_INTERVAL.toSeconds());
            check("hub load: one running-list poll per interval per instance", polls > 1.4 && polls < 2.6,
                    String.format(Locale.ROOT, "%.2f reads per 3 s with 2 instances", polls));

            // Mount through the restore wizard on a, browse and download; the tab stays open (heartbeats).
            String held = onA.mountThroughWizard(MOUNT_VM);
            int sweepsOfBBefore = sweeps(b);
            onA.browse(held, FOLDER, FILE);
            long downloaded = onA.download(FILE);
            onA.screenshot("file-browser");
            check("mount through the restore wizard on a, browse and download",
                    onA.lastServer().equals("a") && downloaded > 0
                            && count(jdbcUrl, "SELECT count(*) FROM restore_downloads") > 0,
                    held + "; " + FOLDER + "/" + FILE + ", " + downloaded + " bytes; served by a");

            // Another mount is opened on a and left; the sweeps (a's and b's compete) unmount it once.
            VaadinClient leaving = VaadinClient.openPinned(lb, STICKY, "a", "admin", PASSWORD,
                    "restore/" + left + "/files/", "");
            leaving.close();
            // The hub forgets the mount a moment before the instance logs that it unmounted it.
            ConsoleProcess instanceB = b;
            boolean leftUnmounted = await(Duration.ofSeconds(60), () -> sim.control().mountedImage(left).isEmpty()
                    && !unmountedBy(left, a, instanceB).equals("nobody"));
            String whoUnmounted = unmountedBy(left, a, b);
            check("an idle sweep unmounts the mount left on a, once",
                    leftUnmounted && List.of("a", "b").contains(whoUnmounted), "unmounted by " + whoUnmounted);
            await(Duration.ofMinutes(2), () -> sweeps(instanceB) > sweepsOfBBefore);
            int sweepsOfB = sweeps(b) - sweepsOfBBefore;
            check("b's idle sweep runs while the tab on a browses its mount; the mount survives",
                    sweepsOfB > 0 && sim.control().mountedImage(held).isPresent(),
                    sweepsOfB + " sweeps by b since the mount (ShedLock's \"Locked 'unmount-on-close'\" in b's log); "
                            + held + " still mounted on the hub");
            int auditRows = count(jdbcUrl, "SELECT count(*) FROM restore_downloads");
            int signIns = count(jdbcUrl, "SELECT count(*) FROM sign_in_audit");
            int usageRows = count(jdbcUrl, "SELECT count(*) FROM restore_mount_usage");

            // a dies (SIGKILL, no shutdown); the user on a reloads, lands on b's sign-in page and signs in again.
            a.kill();
            long killedAt = System.currentTimeMillis();
            boolean onSignIn = false;
            for (int i = 0; i < 40 && !onSignIn; i++) {
                try {
                    onSignIn = onA.reloadLandsOnSignIn();
                } catch (PlaywrightException notYet) {
                    TimeUnit.MILLISECONDS.sleep(500);
                }
            }
            onA.screenshot("after-kill");
            onA.signIn("admin", PASSWORD);
            check("a killed: its user signs in again and lands on b",
                    onSignIn && onA.lastServer().equals("b") && onA.cookie(STICKY).equals("b"),
                    "signed in again " + (System.currentTimeMillis() - killedAt) + " ms after the kill; served by "
                            + onA.lastServer() + ", cookie " + onA.cookie(STICKY));
            onA.open("/restore/mounts", MOUNT_VM);
            onA.screenshot("mounts-on-b");
            onA.browse(held, FOLDER, FILE);
            onA.screenshot("file-browser-on-b");
            check("the mount made on a is listed and opens on b",
                    onA.lastServer().equals("b") && sim.control().mountedImage(held).isPresent(),
                    held + " in Active mounts and the file browser, served by " + onA.lastServer());
            onA.open("/restore/audit", FILE);
            onA.screenshot("audit-on-b");
            int signInsAfter = count(jdbcUrl, "SELECT count(*) FROM sign_in_audit");
            check("the download's audit rows and the mount usage are intact on b",
                    count(jdbcUrl, "SELECT count(*) FROM restore_downloads") == auditRows && auditRows > 0
                            && signInsAfter > signIns && usageRows > 0 && onA.lastServer().equals("b"),
                    auditRows + " download audit rows before and after, " + FILE + " on b's audit page; sign-in audit "
                            + signIns + " → " + signInsAfter + "; " + usageRows + " mount usage rows before the kill");
            onA.watch(backupId);
            onA.screenshot("backup-on-b");
            String beforeB2 = onB.transferred();
            sim.control().reportBackupTelemetry(backupId);
            boolean stillLive = await(Duration.ofSeconds(30), () -> !browserB.transferred().equals(beforeB2));
            check("the running backup started on a shows on b, live", onA.percent().contains("%") && stillLive,
                    "user A on b: " + onA.percent() + ", " + onA.transferred() + "; user B, on b throughout, saw "
                            + beforeB2 + " → " + onB.transferred());
            check("b's log has no errors", b.errorLines().isEmpty(), b.errorLines().size() + " error lines");
            checkJobsRanOnce(jdbcUrl, flow, flowVm, flowSince);
        } catch (Exception | AssertionError e) {
            failure = e;
            check("the run went through", false, e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            for (ClusterBrowser browser : java.util.Arrays.asList(onA, onB)) {
                if (browser != null) {
                    browser.screenshot("failure");
                }
            }
        } finally {
            for (ClusterBrowser browser : java.util.Arrays.asList(onA, onB)) {
                if (browser != null) {
                    browser.close();
                }
            }
            chromium.afterAll(null);
            if (browserLock != null) {
                browserLock.getOutputStream().close();
                browserLock.waitFor();
            }
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
        if (failure != null) {
            throw new AssertionError("the run stopped:\n" + table, failure);
        }
        if (checks.stream().anyMatch(c -> !c[1].equals("pass"))) {
            throw new AssertionError("a check failed:\n" + table);
        }
    }

    /**
     * Every cluster-wide job ran once per due time across both instances: the every-minute flow has one run
     * per due time and the hub has no more backups of the flow's VM than the runs recorded, storage samples are at
     * least the lock's 30 s apart although both instances sample every 10 s, and each job's ShedLock row
     * exists.
     */
    private void checkJobsRanOnce(String jdbcUrl, String flow, String flowVm, long flowSince) throws Exception {
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
        long starts = hub.backupsStartedSince(flowVm, flowSince);
        check("the every-minute flow ran once per due time across both instances",
                runs.size() >= 3 && dueTimes == runs.size() && starts == backupsRecorded,
                runs.size() + " runs for " + dueTimes + " due times; the hub has " + starts + " backups of " + flowVm
                        + " started since the flow was made, the runs recorded " + backupsRecorded + "; "
                        + String.join("; ", runs));
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

    /**
     * Takes /tmp/browser.lock as {@code flock(1)} does for the browser tests ({@code flock} holds it while its
     * {@code cat} reads stdin; closing stdin, or this JVM dying, releases it) and returns once it is held.
     */
    private static Process browserLock() throws IOException {
        Process lock = new ProcessBuilder("flock", "/tmp/browser.lock", "sh", "-c", "echo locked; exec cat >/dev/null")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(lock.getInputStream())).readLine();
        if (!"locked".equals(first)) {
            throw new IllegalStateException("flock /tmp/browser.lock failed");
        }
        System.out.println("holding /tmp/browser.lock");
        return lock;
    }

    /** How often ShedLock let this instance's idle sweep run (its DEBUG line per acquired lock). */
    private static int sweeps(ConsoleProcess instance) {
        try {
            return (int) instance.logLines().stream().filter(l -> l.contains("Locked 'unmount-on-close'")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
