package com.sendense.console.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MountId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code restore_mount} table through Flyway and {@link MountBookkeeping}, once per database
 * ({@link MountBookkeepingOnH2Test}, {@link MountBookkeepingOnPostgresTest}).
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class MountBookkeepingContractTest {

    static final Instant T = Instant.parse("2026-11-24T10:15:30.123456Z");

    @Autowired
    MountBookkeeping bookkeeping;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    abstract String expectedDatabase();

    @BeforeEach
    void empty_table() {
        jdbc.sql("DELETE FROM restore_mount").update();
    }

    @Test
    void runs_on_the_expected_database_with_the_restore_migration_applied() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
        assertThat(jdbc.sql(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")
                .query(String.class)
                .list()).contains("20");
    }

    @Test
    void stores_and_reads_back_every_field_with_instants_intact() {
        MountEntry e = entry("m-1", T, "operator", BackupType.INCREMENTAL, 5L << 30);

        assertThat(bookkeeping.insertIfAbsent(e)).isEqualTo(e);

        assertThat(bookkeeping.find(new MountId("m-1"))).contains(e);
        assertThat(bookkeeping.findAll()).containsExactly(e);
    }

    @Test
    void optional_fields_may_be_empty() {
        MountEntry e = new MountEntry(new MountId("m-2"), "web-01", new BackupId("backup-web-01-1"), 0, null, null,
                null, null, null, T, T.plus(Duration.ofHours(1)), T);

        bookkeeping.insertIfAbsent(e);

        assertThat(bookkeeping.find(new MountId("m-2"))).contains(e);
    }

    @Test
    void the_first_record_of_a_mount_wins() {
        MountEntry first = entry("m-1", T, "alice", BackupType.FULL, null);
        bookkeeping.insertIfAbsent(first);

        MountEntry second = bookkeeping.insertIfAbsent(entry("m-1", T.plusSeconds(60), "bob", BackupType.FULL, null));

        assertThat(second).isEqualTo(first);
        assertThat(bookkeeping.findAll()).hasSize(1);
    }

    @Test
    void pruning_drops_mounts_the_hub_no_longer_lists_but_keeps_those_recorded_after_the_listing() {
        bookkeeping.insertIfAbsent(entry("listed", T, "a", BackupType.FULL, null));
        bookkeeping.insertIfAbsent(entry("gone", T, "a", BackupType.FULL, null));
        bookkeeping.insertIfAbsent(entry("newer", T.plusSeconds(10), "a", BackupType.FULL, null));

        int removed = bookkeeping.pruneAbsent(List.of(new MountId("listed")), T.plusSeconds(5));

        assertThat(removed).isOne();
        assertThat(bookkeeping.findAll()).extracting(MountEntry::mountId)
                .containsExactlyInAnyOrder(new MountId("listed"), new MountId("newer"));
    }

    @Test
    void delete_removes_one_record() {
        bookkeeping.insertIfAbsent(entry("m-1", T, "a", BackupType.FULL, null));

        assertThat(bookkeeping.delete(new MountId("m-1"))).isTrue();
        assertThat(bookkeeping.delete(new MountId("m-1"))).isFalse();
        assertThat(bookkeeping.findAll()).isEmpty();
    }

    private static MountEntry entry(String id, Instant recordedAt, String by, BackupType type, Long size) {
        return new MountEntry(new MountId(id), "pgtest1", new BackupId("backup-pgtest1-1759947871"), 1, size, type,
                T.minus(Duration.ofDays(1)), 42L, by, T, T.plus(Duration.ofHours(1)), recordedAt);
    }
}
