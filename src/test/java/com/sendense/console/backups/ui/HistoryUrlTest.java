package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.HistoryColumn;
import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.backups.HistoryOrder;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryUrlTest {

    @Test
    void every_filter_and_the_sort_survive_a_round_trip() {
        var filter = new HistoryFilter("web, \"01\"", BackupStatus.FAILED, BackupType.INCREMENTAL,
                LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-31"), "repo-nfs-1759780099",
                "Tier 1 & \"Prod\"");
        var sort = List.of(new HistoryOrder(HistoryColumn.VM, false), new HistoryOrder(HistoryColumn.SIZE, true));

        QueryParameters q = QueryParameters.fromString(HistoryUrl.toQuery(filter, sort).getQueryString());

        assertThat(HistoryUrl.filter(q)).isEqualTo(filter);
        assertThat(HistoryUrl.sort(q)).isEqualTo(sort);
    }

    @Test
    void a_group_alone_is_one_parameter_and_comes_back_as_the_same_filter() {
        QueryParameters q = HistoryUrl.toQuery(HistoryFilter.ALL.withGroup("Databases").withStatus(BackupStatus.FAILED),
                HistoryOrder.NEWEST_FIRST);

        assertThat(q.getQueryString()).isEqualTo("status=failed&group=Databases");
        assertThat(HistoryUrl.filter(QueryParameters.fromString(q.getQueryString())))
                .isEqualTo(HistoryFilter.ALL.withStatus(BackupStatus.FAILED).withGroup("Databases"));
        assertThat(HistoryUrl.filter(QueryParameters.fromString("group="))).isEqualTo(HistoryFilter.ALL);
    }

    @Test
    void the_default_view_has_a_bare_address() {
        assertThat(HistoryUrl.toQuery(HistoryFilter.ALL, HistoryOrder.NEWEST_FIRST).getQueryString()).isEmpty();
        assertThat(HistoryUrl.sort(QueryParameters.empty())).isEqualTo(HistoryOrder.NEWEST_FIRST);
    }

    @Test
    void hand_edited_nonsense_is_ignored_rather_than_failing_the_view() {
        QueryParameters q = QueryParameters
                .fromString("status=exploded&type=differential&from=yesterday&sort=colour.up&vm=");

        assertThat(HistoryUrl.filter(q)).isEqualTo(HistoryFilter.ALL);
        assertThat(HistoryUrl.sort(q)).isEqualTo(HistoryOrder.NEWEST_FIRST);
    }

    @Test
    void a_comma_separated_sort_is_understood_too() {
        assertThat(HistoryUrl.sort(QueryParameters.fromString("sort=status.asc,date.desc"))).containsExactly(
                new HistoryOrder(HistoryColumn.STATUS, false), new HistoryOrder(HistoryColumn.DATE, true));
    }
}
