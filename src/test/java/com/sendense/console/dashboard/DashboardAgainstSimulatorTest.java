package com.sendense.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.users.Roles;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.DemoWorld;
import com.sendense.hubsim.world.WorldGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard against the simulator's 30-day demo world, read over HTTP through the real hub
 * client, compared with figures computed here straight from the world the simulator generated
 * (same seed, same instant), without any console code.
 */
@SpringBootTest(properties = "console.dashboard.storage-sample-initial-delay=24h")
@ActiveProfiles("test")
@WithMockUser(username = "manager", roles = Roles.MANAGER)
class DashboardAgainstSimulatorTest {

    static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");
    static final SimulatorConfig CONFIG = SimulatorConfig.defaults()
            .withAuth(false)
            .withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    static final ZoneId ZONE = CONFIG.zone();
    static final HubSimulator SIMULATOR = HubSimulator.start(CONFIG);
    static final DemoWorld WORLD = WorldGenerator.demo(CONFIG.seed(), CONFIG.historyDays(), NOW, ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedTime {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> SIMULATOR.baseUrl().toString());
        registry.add("hub.time-zone", ZONE::getId);
    }

    @AfterAll
    static void stop() {
        SIMULATOR.close();
    }

    @Autowired
    DashboardService dashboards;
    @Autowired
    StorageSampler sampler;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void no_samples_yet() {
        jdbc.sql("DELETE FROM storage_samples").update();
    }

    @Test
    void within_rpo_count_matches_the_worlds_backups_against_the_default_day() {
        Dashboard d = dashboards.load(DashboardQuery.lastDays(TODAY));

        Map<String, Instant> lastGood = lastGoodByVm();
        List<String> expectedWithin = listableVms().stream()
                .filter(vm -> lastGood.containsKey(vm) && !lastGood.get(vm).isBefore(NOW.minus(Duration.ofHours(24))))
                .sorted()
                .toList();
        assertThat(expectedWithin).as("a believable world: most but not all VMs are fine").hasSizeBetween(8, 15);
        assertThat(d.vms().stream().filter(v -> v.state().meetsTarget()).map(VmPosture::vmName).sorted().toList())
                .isEqualTo(expectedWithin);
        assertThat(d.summary().meetingTarget()).isEqualTo(expectedWithin.size());
        assertThat(d.summary().vms()).isEqualTo(WORLD.vms().size());
        for (VmPosture vm : d.vms()) {
            assertThat(vm.lastGood()).as(vm.vmName()).isEqualTo(lastGood.get(vm.vmName()));
        }
    }

    @Test
    void unprotected_list_is_the_vms_without_a_completed_backup_in_seven_days() {
        Dashboard d = dashboards.load(DashboardQuery.lastDays(TODAY));

        Map<String, Instant> lastGood = lastGoodByVm();
        List<String> expected = listableVms().stream()
                .filter(vm -> !lastGood.containsKey(vm) || lastGood.get(vm).isBefore(NOW.minus(Duration.ofDays(7))))
                .sorted()
                .toList();
        assertThat(expected).containsAll(WORLD.facts().neverBackedUpVms());
        assertThat(d.unprotected().stream().map(VmPosture::vmName).sorted().toList()).isEqualTo(expected);
        // The hub hides backups of VMs named "*-disk*": shown as not visible, never as unprotected.
        assertThat(d.vms()).filteredOn(v -> v.vmName().equals(WORLD.facts().dashedVm()))
                .extracting(VmPosture::state)
                .containsExactly(PostureState.HIDDEN);
        assertThat(d.notes()).anyMatch(n -> n.args().contains(WORLD.facts().dashedVm()));
    }

    @Test
    void failures_and_completions_per_day_match_the_worlds_rows() {
        DashboardQuery range = DashboardQuery.lastDays(TODAY);
        Dashboard d = dashboards.load(range);

        Map<LocalDate, Long> failed = perDay(BackupRow.FAILED, range);
        Map<LocalDate, Long> completed = perDay(BackupRow.COMPLETED, range);
        assertThat(failed.values().stream().mapToLong(Long::longValue).sum()).as("the demo world has failures")
                .isGreaterThan(5);
        assertThat(d.days()).hasSize(30);
        for (DailyCount day : d.days()) {
            assertThat(day.failed()).as("failed on " + day.day())
                    .isEqualTo(failed.getOrDefault(day.day(), 0L).intValue());
            assertThat(day.completed()).as("completed on " + day.day())
                    .isEqualTo(completed.getOrDefault(day.day(), 0L).intValue());
        }
        assertThat(d.failures()).hasSize(d.failedInRange());
        assertThat(d.failures()).anyMatch(f -> f.vmName().equals(WORLD.facts().staleVm()) && f.day().equals(TODAY));
    }

    @Test
    void a_group_filter_counts_only_that_groups_vms() {
        Dashboard d = dashboards.load(DashboardQuery.lastDays(TODAY).withGroup("Web"));

        List<String> web = WORLD.vms()
                .stream()
                .filter(vm -> vm.groups().stream().anyMatch(g -> g.name().equals("Web")))
                .map(com.sendense.hubsim.world.VmContext::vmName)
                .sorted()
                .toList();
        assertThat(d.vms()).extracting(VmPosture::vmName).containsExactlyInAnyOrderElementsOf(web);
        long failedWeb = WORLD.backups()
                .stream()
                .filter(b -> b.status().equals(BackupRow.FAILED) && web.contains(b.vmName()))
                .count();
        assertThat(d.failedInRange()).isEqualTo((int) failedWeb);
        assertThat(d.groups()).contains("Web", "Databases", "Domain controllers");
    }

    @Test
    void estimated_full_date_is_the_least_squares_fit_of_seeded_samples() {
        String repo = WORLD.facts().localRepositoryId();
        long total = 20L << 40;
        List<long[]> seeded = new ArrayList<>();
        long[] wobble = {0, 40, -25, 10, 60, -30, 5, 20, -10, 35};
        for (int i = 0; i < wobble.length; i++) {
            long used = (6L << 40) + i * (180L << 30) + (wobble[i] << 30);
            Instant at = NOW.minus(Duration.ofDays(wobble.length - i));
            seeded.add(new long[]{at.getEpochSecond(), used});
            insertSample(repo, at, total, used);
        }

        Dashboard d = dashboards.load(DashboardQuery.lastDays(TODAY));

        var forecast = (StorageForecast.FullOn) d.repositories()
                .stream()
                .filter(r -> r.id().equals(repo))
                .findFirst()
                .orElseThrow()
                .forecast();
        Instant expected = leastSquaresFull(seeded, total);
        assertThat(Duration.between(expected, forecast.fullAt()).abs()).isLessThan(Duration.ofSeconds(2));
        assertThat(forecast.fullAt().atZone(ZONE).toLocalDate()).isEqualTo(expected.atZone(ZONE).toLocalDate());
        assertThat(d.repositories()
                .stream()
                .filter(r -> r.id().equals(WORLD.facts().nfsRepositoryId()))
                .findFirst()
                .orElseThrow()
                .forecast()).isInstanceOf(StorageForecast.NotEnoughData.class);
    }

    @Test
    void the_first_sample_backfills_each_repositorys_usage_from_the_worlds_backups() {
        assertThat(sampler.sampleOnce()).isEqualTo(2);

        Dashboard d = dashboards.load(DashboardQuery.lastDays(TODAY));

        for (var repo : WORLD.repositories().stream().filter(com.sendense.hubsim.world.Repository::enabled).toList()) {
            List<BackupRow> rows = WORLD.backups().stream().filter(b -> b.repositoryId().equals(repo.id())).toList();
            long usedNow = repo.baselineUsedBytes() + rows.stream().mapToLong(BackupRow::bytesTransferred).sum();
            // Used now minus what the backups the hub lists wrote after each moment (it hides "-disk" VMs' rows).
            List<long[]> expected = new ArrayList<>();
            for (int daysAgo = 30; daysAgo >= 0; daysAgo--) {
                Instant at = NOW.minus(Duration.ofDays(daysAgo));
                long later = rows.stream()
                        .filter(b -> !b.id().contains("-disk") && b.createdAt().isAfter(at))
                        .mapToLong(BackupRow::bytesTransferred)
                        .sum();
                expected.add(new long[]{at.getEpochSecond(), usedNow - later});
                if (repo.id().equals(WORLD.facts().localRepositoryId())) {
                    // No hidden VM backs up here, so the estimate is the file system's true history.
                    long writtenByThen = rows.stream()
                            .filter(b -> !b.createdAt().isAfter(at))
                            .mapToLong(BackupRow::bytesTransferred)
                            .sum();
                    assertThat(usedNow - later).isEqualTo(repo.baselineUsedBytes() + writtenByThen);
                }
            }
            RepositoryStorage shown = d.repositories()
                    .stream()
                    .filter(r -> r.id().equals(repo.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(shown.current().orElseThrow().usedBytes()).isEqualTo(usedNow);
            assertThat(shown.samples()).as("the range starts after the oldest estimate").hasSize(30);
            assertThat(shown.samples()).extracting(StorageSample::usedBytes)
                    .containsExactlyElementsOf(expected.subList(1, 31).stream().map(p -> p[1]).toList());
            var forecast = (StorageForecast.FullOn) shown.forecast();
            assertThat(Duration.between(leastSquaresFull(expected, repo.capacityBytes()), forecast.fullAt()).abs())
                    .isLessThan(Duration.ofSeconds(2));
        }
    }

    private static List<String> listableVms() {
        return WORLD.vms()
                .stream()
                .map(com.sendense.hubsim.world.VmContext::vmName)
                .filter(n -> !n.contains("-disk"))
                .toList();
    }

    private static Map<String, Instant> lastGoodByVm() {
        return WORLD.backups()
                .stream()
                .filter(b -> b.status().equals(BackupRow.COMPLETED) && !b.id().contains("-disk"))
                .collect(Collectors.toMap(BackupRow::vmName, BackupRow::createdAt, (a, b) -> a.isAfter(b) ? a : b));
    }

    private static Map<LocalDate, Long> perDay(String status, DashboardQuery range) {
        return WORLD.backups()
                .stream()
                .filter(b -> b.status().equals(status) && !b.id().contains("-disk"))
                .map(b -> b.createdAt().atZone(ZONE).toLocalDate())
                .filter(range::contains)
                .collect(Collectors.groupingBy(day -> day, TreeMap::new, Collectors.counting()));
    }

    /** Ordinary least squares of used bytes over epoch seconds, solved for the capacity. */
    private static Instant leastSquaresFull(List<long[]> points, long capacity) {
        double n = points.size();
        double mx = points.stream().mapToDouble(p -> p[0]).sum() / n;
        double my = points.stream().mapToDouble(p -> p[1]).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (long[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        double slope = sxy / sxx;
        double x = mx + (capacity - my) / slope;
        assertThat(slope).isGreaterThan(0);
        return Instant.ofEpochSecond(Math.round(x));
    }

    private void insertSample(String repositoryId, Instant at, long total, long used) {
        jdbc.sql("INSERT INTO storage_samples (repository_id, sampled_at, total_bytes, used_bytes, estimated) "
                + "VALUES (:id, :at, :total, :used, FALSE)")
                .param("id", repositoryId)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("total", total)
                .param("used", used)
                .update();
    }
}
