package com.sendense.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.reliability.BadInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DashboardCsvTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void vms_have_one_row_each_with_posture_error_and_storage() {
        String csv = DashboardCsv.vms(dashboard(), Locale.ENGLISH);

        assertThat(csv.split("\r\n")).containsExactly(
                "vm,groups,rpo_hours,last_good_backup,age_hours,status,good_days_30,failed_days_30,last_error_at,last_error,"
                        + "growth_bytes_in_range,range_chain_bytes",
                "web-01,Web; Tier 1,24,2026-11-20T10:00:00Z,2.0,Within RPO,1,0,2026-11-19T01:00:00Z,"
                        + "\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\"\",536870912,1073741824");
    }

    @Test
    void a_german_reader_gets_german_column_names_and_words() {
        assertThat(DashboardCsv.vms(dashboard(), Locale.GERMAN).split("\r\n")[0])
                .startsWith("vm,gruppen,rpo_stunden,letzte_gute_sicherung,");
        assertThat(DashboardCsv.vms(dashboard(), Locale.GERMAN).split("\r\n")[1]).contains(",Im RPO,");
        assertThat(DashboardCsv.repositories(dashboard(), Locale.GERMAN)).startsWith("repository,typ,gesamt_bytes,")
                .contains(",zu wenige Daten,");
    }

    @Test
    void days_and_repositories_are_plain_columns() {
        assertThat(DashboardCsv.days(dashboard(), Locale.ENGLISH))
                .isEqualTo("day,completed,failed\r\n2026-11-20,3,1\r\n");
        assertThat(DashboardCsv.repositories(dashboard(), Locale.ENGLISH))
                .isEqualTo("repository,type,total_bytes,used_bytes,used_percent,estimated_full,growth_bytes_per_day\r\n"
                        + "Primary,local,1000,400,40.0,2027-01-01T00:00:00Z,5\r\n"
                        + "\"Offsite, NFS\",nfs,,,,not enough data,\r\n");
    }

    @Test
    void failures_have_one_row_each_newest_first_with_type_repository_and_the_defused_error() {
        assertThat(DashboardCsv.failures(dashboard(), Locale.ENGLISH))
                .isEqualTo("started_at,vm,type,repository_id,repository,error\r\n"
                        + "2026-11-19T01:00:00Z,web-01,incremental,r1,Primary,\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\"\"\r\n"
                        // A repository the hub no longer lists is named by its id.
                        + "2026-11-18T23:30:00Z,sql-01,full,repo-gone,repo-gone,\r\n");
    }

    @Test
    void storage_history_has_every_sample_of_the_range_per_repository_and_marks_estimates() {
        assertThat(DashboardCsv.storageSamples(dashboard(), Locale.ENGLISH))
                .isEqualTo("time,repository,used_bytes,capacity_bytes,estimated\r\n"
                        + "2026-11-19T00:00:00Z,Primary,380,1000,true\r\n"
                        + "2026-11-20T11:00:00Z,Primary,400,1000,false\r\n"
                        + "2026-11-20T11:00:00Z,\"Offsite, NFS\",100,2000,false\r\n");
    }

    @Test
    @BadInput("csv formula")
    void hostile_vm_names_and_error_messages_are_neutralised_in_every_export_but_computed_numbers_stay_numbers() {
        var failure = new FailureEntry(new BackupId("b1"), "+web-01", Instant.parse("2026-11-19T01:00:00Z"),
                DAY.minusDays(1), BackupType.INCREMENTAL, "r1", "-1+cmd|' /C calc'!A0");
        var vm = new VmPosture("=evil()", List.of("@group"), Duration.ofHours(24), null, null, PostureState.WITHIN,
                List.of(), failure);
        var repo = new RepositoryStorage("r1", "\tPrimary", RepositoryType.LOCAL, null,
                List.of(new StorageSample(NOW, 1000, 380, false)), new StorageForecast.NotGrowing(-12.4));
        var d = new Dashboard(new DashboardQuery(DAY, DAY, null), NOW, ZoneId.of("UTC"), PostureSummary.of(List.of(vm)),
                List.of(vm), List.of(), List.of(failure), List.of(repo), List.of(), List.of(), List.of(),
                Duration.ofDays(7));

        assertThat(DashboardCsv.vms(d, Locale.ENGLISH).split("\r\n")[1]).startsWith("'=evil(),'@group,24,")
                .contains(",'-1+cmd|' /C calc'!A0,");
        assertThat(DashboardCsv.failures(d, Locale.ENGLISH).split("\r\n")[1]).contains(",'+web-01,")
                .endsWith(",'-1+cmd|' /C calc'!A0");
        assertThat(DashboardCsv.repositories(d, Locale.ENGLISH).split("\r\n")[1]).startsWith("'\tPrimary,local,")
                .endsWith(",not growing,-12");
        assertThat(DashboardCsv.storageSamples(d, Locale.ENGLISH).split("\r\n")[1]).contains(",'\tPrimary,380,");
    }

    static Dashboard dashboard() {
        var failure = new FailureEntry(new BackupId("b1"), "web-01", Instant.parse("2026-11-19T01:00:00Z"),
                DAY.minusDays(1), BackupType.INCREMENTAL, "r1", "=HYPERLINK(\"http://x\"), \"quoted\"");
        var olderFailure = new FailureEntry(new BackupId("b0"), "sql-01", Instant.parse("2026-11-18T23:30:00Z"),
                DAY.minusDays(2), BackupType.FULL, "repo-gone", "");
        var vm = new VmPosture("web-01", List.of("Web", "Tier 1"), Duration.ofHours(24), NOW.minus(Duration.ofHours(2)),
                Duration.ofHours(2), PostureState.WITHIN, List.of(new DayMark(DAY, DayResult.GOOD)), failure);
        var repo = new RepositoryStorage("r1", "Primary", RepositoryType.LOCAL,
                new StorageInfo(1000, 400, 600, 40, 1, NOW),
                List.of(new StorageSample(Instant.parse("2026-11-19T00:00:00Z"), 1000, 380, true),
                        new StorageSample(Instant.parse("2026-11-20T11:00:00Z"), 1000, 400, false)),
                new StorageForecast.FullOn(Instant.parse("2027-01-01T00:00:00Z"), 5.2));
        var other = new RepositoryStorage("r2", "Offsite, NFS", RepositoryType.NFS, null,
                List.of(new StorageSample(Instant.parse("2026-11-20T11:00:00Z"), 2000, 100, false)),
                new StorageForecast.NotEnoughData());
        var query = new DashboardQuery(DAY, DAY, null);
        return new Dashboard(query, NOW, ZoneId.of("Europe/London"), PostureSummary.of(List.of(vm)), List.of(vm),
                List.of(new DailyCount(DAY, 3, 1)), List.of(failure, olderFailure), List.of(repo, other),
                List.of(new VmStorage("web-01", 1L << 29, 1L << 30, 4)), List.of("Web"), List.of(), Duration.ofDays(7));
    }
}
