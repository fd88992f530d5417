package com.sendense.console.bench;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.FileSearch;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.SearchEnd;
import com.sendense.console.restore.SearchListener;
import com.sendense.console.restore.SearchProgress;
import com.sendense.console.restore.SearchQuery;
import com.sendense.console.restore.SkippedFolder;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The file search against the raw rate of the same listings (bench/search.sh; results in docs/benchmarks.md). The
 * simulator serves disk 1 of fs01 from a generated host directory: 100 department folders of 199 project folders
 * (20,000 folders), 10 files in each (200,000 files, 220,000 entries), one {@code Q3-Forecast.xlsx} half-way.
 * Not a test: the class name keeps it out of the normal test runs.
 */
@SpringBootTest(properties = {"console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-bench-password"})
class SearchBench {

    static final Path DISK = Path.of("target/bench/search-disk");
    static final int DEPARTMENTS = 100;
    static final int PROJECTS = 199;
    static final int FILES = 10;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 2);

    static final HubSimulator sim = HubSimulator
            .start(SimulatorConfig.defaults().withAuth(false).withHostDirectories(Map.of("fs01/1", disk())));

    @Autowired
    HubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    FileSearch search;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> sim.baseUrl().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:search-bench;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @Test
    void search_listing_rate_against_raw_listings_one_after_another() throws Exception {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("admin", "",
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
        Backup backup = hub.backups(BackupFilter.forVm("fs01"))
                .stream()
                .filter(b -> b.status() == BackupStatus.COMPLETED && b.disksCount() >= 2)
                .findFirst()
                .orElseThrow();
        MountId mount = mounts.mount("fs01", backup.id(), 1).mountId();
        HubPath root = HubPath.of("/partition-1");
        String loadBefore = load();
        Walk raw = null;
        Run best = null;
        StringBuilder rows = new StringBuilder();
        for (int round = 1; round <= ROUNDS; round++) {
            Walk r = raw(mount, root);
            Run s = search(mount, root);
            rows.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.1f | %,.0f | %.1f | %,.0f | %.2f | %.2f |%n",
                    round, r.folders, r.entries, r.seconds, r.folders / r.seconds, s.seconds, s.folders / s.seconds,
                    (s.folders / s.seconds) / (r.folders / r.seconds), s.firstMatch));
            raw = raw == null || r.seconds < raw.seconds ? r : raw;
            best = best == null || s.seconds < best.seconds ? s : best;
        }
        double ratio = (best.folders / best.seconds) / (raw.folders / raw.seconds);
        String table = String.join("\n",
                "| round | folders | entries | raw: one after another (s) | raw folders/s | search, "
                        + search.limits().parallel() + " in flight (s) | search folders/s | ratio | "
                        + "first match streamed (s) |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|", rows.toString().strip(), "", "| result | value |",
                "|---|---:|",
                String.format(Locale.ROOT, "| **search / raw listing rate (best of each)** | **%.2f** |", ratio),
                String.format(Locale.ROOT, "| time to the first match streamed to the UI (best run) | %.2f s |",
                        best.firstMatch),
                "| matches | " + best.matches + " |", "| stopped by | " + best.stop + " |",
                "| load average before / after (2 cores, shared) | " + loadBefore + " / " + load() + " |");
        System.out.println("\n" + table + "\n");
        Files.writeString(Path.of("target/bench/search.md"), table + "\n");
        mounts.unmount(mount);
    }

    private record Walk(long folders, long entries, double seconds) {}

    private record Run(long folders, double seconds, double firstMatch, long matches, SearchEnd.Stop stop) {}

    /** The same listings, breadth first, one after another through the same client. */
    private Walk raw(MountId mount, HubPath root) {
        long start = System.nanoTime();
        Deque<HubPath> todo = new ArrayDeque<>(List.of(root));
        long folders = 0;
        long entries = 0;
        while (!todo.isEmpty()) {
            for (FileEntry e : hub.files(mount, todo.poll()).entries()) {
                entries++;
                if (e.isDirectory() && !e.symlink()) {
                    todo.add(e.path());
                }
            }
            folders++;
        }
        return new Walk(folders, entries, (System.nanoTime() - start) / 1e9);
    }

    private Run search(MountId mount, HubPath root) throws Exception {
        AtomicLong firstMatch = new AtomicLong();
        long start = System.nanoTime();
        var running = search.start(mount, SearchQuery.byName("forecast", root), "bench/search", new SearchListener() {

            @Override
            public void batch(List<FileEntry> matches, List<SkippedFolder> skipped, SearchProgress p) {
                if (!matches.isEmpty()) {
                    firstMatch.compareAndSet(0, System.nanoTime());
                }
            }

            @Override
            public void ended(SearchEnd end) {}
        });
        SearchEnd end = running.end().get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(end.progress().folders(), seconds, (firstMatch.get() - start) / 1e9, end.progress().matches(),
                end.stop());
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().substring(0, 14);
        } catch (IOException e) {
            return "?";
        }
    }

    /** Built once and kept in target/: 220,000 empty files take a while to create. */
    static Path disk() {
        Path done = DISK.resolve(".complete");
        try {
            if (!Files.exists(done)) {
                for (int d = 0; d < DEPARTMENTS; d++) {
                    Path dept = Files.createDirectories(DISK.resolve(String.format(Locale.ROOT, "dept-%02d", d)));
                    files(dept, "memo");
                    for (int p = 0; p < PROJECTS; p++) {
                        Path project = Files
                                .createDirectories(dept.resolve(String.format(Locale.ROOT, "project-%03d", p)));
                        files(project, "report");
                    }
                }
                Files.createFile(DISK.resolve("dept-50/project-100/Q3-Forecast.xlsx"));
                Files.delete(DISK.resolve("dept-50/project-100/report-9.docx"));
                Files.createFile(done);
            }
            return DISK.toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void files(Path dir, String stem) throws IOException {
        for (int i = 0; i < FILES; i++) {
            Path f = dir.resolve(stem + "-" + i + ".docx");
            if (!Files.exists(f)) {
                Files.createFile(f);
            }
        }
    }
}
