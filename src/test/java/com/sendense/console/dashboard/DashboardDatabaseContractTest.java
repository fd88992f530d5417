package com.sendense.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard's tables (RPO targets, storage samples), run once per database by the subclasses
 * so the Flyway scripts and SQL are proven on H2 and PostgreSQL alike.
 */
@SpringBootTest(properties = "console.dashboard.storage-sample-initial-delay=24h")
@ActiveProfiles("test")
@WithMockUser(username = "root", roles = Roles.ADMIN)
abstract class DashboardDatabaseContractTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Autowired
    RpoTargetService targets;
    @Autowired
    StorageSampleRepository samples;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void only_the_default_target_and_no_samples() {
        jdbc.sql("DELETE FROM rpo_targets WHERE scope_type <> 'DEFAULT'").update();
        jdbc.sql("UPDATE rpo_targets SET target_hours = 24").update();
        jdbc.sql("DELETE FROM storage_samples").update();
    }

    @Test
    void the_migration_sets_a_default_of_a_day() {
        assertThat(targets.targets()).singleElement().satisfies(t -> {
            assertThat(t.scope()).isEqualTo(RpoScope.DEFAULT);
            assertThat(t.hours()).isEqualTo(24);
        });
    }

    @Test
    void admins_set_the_default_and_overrides_which_replace_earlier_ones() {
        targets.setDefault(12);
        targets.setOverride(RpoScope.GROUP, " Databases ", 4);
        targets.setOverride(RpoScope.VM, "sql-prod-01", 48);
        targets.setOverride(RpoScope.GROUP, "Databases", 6);

        assertThat(targets.targets()).extracting(RpoTarget::scope, RpoTarget::name, RpoTarget::hours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RpoScope.DEFAULT, "", 12),
                        org.assertj.core.groups.Tuple.tuple(RpoScope.GROUP, "Databases", 6),
                        org.assertj.core.groups.Tuple.tuple(RpoScope.VM, "sql-prod-01", 48));
        assertThat(targets.targets().get(1).updatedBy()).isEqualTo("root");
        assertThat(targets.removeOverride(RpoScope.GROUP, "Databases")).isTrue();
        assertThat(targets.removeOverride(RpoScope.GROUP, "Databases")).isFalse();
        assertThat(targets.targets()).hasSize(2);
    }

    @Test
    void invalid_targets_are_refused_with_a_readable_message() {
        assertThatThrownBy(() -> targets.setDefault(0)).hasMessage("An RPO target is between 1 and 8784 hours");
        assertThatThrownBy(() -> targets.setOverride(RpoScope.VM, "  ", 5)).hasMessage("Choose a VM for the override");
        assertThatThrownBy(() -> targets.setOverride(RpoScope.DEFAULT, "x", 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> targets.removeOverride(RpoScope.DEFAULT, ""))
                .hasMessageContaining("cannot be removed");
        assertThatThrownBy(() -> targets.setOverride(RpoScope.VM, "x".repeat(129), 5))
                .hasMessageContaining("at most 128");
    }

    @Test
    void the_database_itself_rejects_invalid_rows() {
        assertThatThrownBy(
                () -> jdbc.sql("INSERT INTO rpo_targets VALUES ('VM', 'x', 0, CURRENT_TIMESTAMP, 'a')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                () -> jdbc.sql("INSERT INTO rpo_targets VALUES ('DEFAULT', 'x', 5, CURRENT_TIMESTAMP, 'a')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                () -> jdbc.sql("INSERT INTO rpo_targets VALUES ('TEAM', 'x', 5, CURRENT_TIMESTAMP, 'a')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void only_admins_may_read_or_change_targets() {
        assertThatThrownBy(() -> targets.setDefault(8)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.setOverride(RpoScope.VM, "x", 8)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.targets()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void samples_are_stored_once_per_moment_read_back_by_range_and_pruned() {
        StorageSample a = new StorageSample(NOW.minus(Duration.ofDays(2)), 1000, 100, true);
        StorageSample b = new StorageSample(NOW.minus(Duration.ofDays(1)), 1000, 200, false);
        assertThat(samples.insert("r1", List.of(b, a))).isEqualTo(2);
        assertThat(samples.insert("r1", List.of(b))).isZero();
        samples.insert("r2", List.of(new StorageSample(NOW, 5000, 1, false)));

        assertThat(samples.between(NOW.minus(Duration.ofDays(3)), NOW)).containsOnlyKeys("r1");
        assertThat(samples.between(NOW.minus(Duration.ofDays(3)), NOW).get("r1")).containsExactly(a, b);
        assertThat(samples.hasSamples("r2")).isTrue();
        assertThat(samples.deleteOlderThan(NOW.minus(Duration.ofHours(36)))).isEqualTo(1);
        assertThat(samples.hasSamples("r1")).isTrue();
    }

    @Test
    void the_sampler_records_readable_repositories_and_backfills_the_first_time() {
        var hub = new FakeHubClient();
        var clock = new MutableClock(NOW);
        hub.repositories.add(repository("r1", new StorageInfo(1000, 400, 600, 40, 3, NOW)));
        hub.repositories.add(repository("r2", null));
        hub.backups.add(TestBackups.backup("vm", com.sendense.console.hub.BackupStatus.COMPLETED,
                NOW.minus(Duration.ofHours(36)), 100, "r1", null));
        var sampler = new StorageSampler(hub, samples, DashboardProperties.defaults(), clock);

        assertThat(sampler.sampleOnce()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(sampler.sampleOnce()).isEqualTo(1);

        List<StorageSample> r1 = samples.between(NOW.minus(Duration.ofDays(40)), NOW.plus(Duration.ofDays(1)))
                .get("r1");
        assertThat(r1).hasSize(7 + 2);
        assertThat(r1.getFirst()).isEqualTo(new StorageSample(NOW.minus(Duration.ofDays(7)), 1000, 300, true));
        assertThat(r1.get(6)).isEqualTo(new StorageSample(NOW.minus(Duration.ofDays(1)), 1000, 400, true));
        assertThat(r1.subList(7, 9)).extracting(StorageSample::estimated).containsOnly(false);
        assertThat(samples.hasSamples("r2")).isFalse();
    }

    private static Repository repository(String id, @Nullable StorageInfo info) {
        // Created a week ago: the backfill starts there rather than 30 days back.
        return new Repository(id, id.toUpperCase(), RepositoryType.LOCAL, true, false, 0, info,
                NOW.minus(Duration.ofDays(7)).minusSeconds(1), NOW, Map.of());
    }
}
