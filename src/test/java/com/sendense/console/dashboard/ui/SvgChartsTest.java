package com.sendense.console.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.component.Svg;
import com.sendense.console.dashboard.DailyCount;
import com.sendense.console.dashboard.DayMark;
import com.sendense.console.dashboard.DayResult;
import com.sendense.console.hub.StorageInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void text_and_data_attributes_are_escaped() {
        String svg = new Svg(10, 10, "a \"label\" <b>")
                .rect(0, 0, 1.254, 2, "fill: red", "<script>x</script>", Map.of("vm", "x\"><script>", "bad name!", "v"))
                .render();

        assertThat(svg).doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;x&lt;/script&gt;")
                .contains("data-vm=\"x&quot;&gt;&lt;script&gt;\"")
                .contains("data-badname=\"v\"")
                .contains("aria-label=\"a &quot;label&quot; &lt;b&gt;\"")
                .contains("width=\"1.25\"")
                .contains("role=\"img\"");
    }

    @Test
    void a_chart_is_an_image_until_it_holds_links_then_a_named_group() {
        assertThat(new Svg(10, 10, "plain").rect(0, 0, 1, 1, "fill: red", "", Map.of()).render())
                .contains("role=\"img\"");
        String linked = new Svg(10, 10, "linked").link("Open day", Map.of(), () -> {}).render();
        assertThat(linked).contains("role=\"group\"").contains("aria-label=\"linked\"").doesNotContain("role=\"img\"");
    }

    @Test
    void daily_bars_link_to_their_day_and_status_and_small_failures_stay_visible() {
        String svg = DailyChart.render(List.of(new DailyCount(DAY.minusDays(1), 0, 0), new DailyCount(DAY, 98, 1)),
                null, Locale.UK);

        assertThat(svg).contains("data-from=\"2026-11-20\" data-status=\"completed\" data-to=\"2026-11-20\"")
                .contains("data-from=\"2026-11-20\" data-status=\"failed\" data-to=\"2026-11-20\"")
                .doesNotContain("data-from=\"2026-11-19\"")
                .contains("<title>20 Nov 2026: 1 failed</title>")
                .contains("aria-label=\"Backups per day from 19 Nov 2026 to 20 Nov 2026: 98 completed, 1 failed\"");
        assertThat(svg).containsPattern("height=\"3\" style=\"fill: var\\(--lumo-error-color\\)\"");
    }

    @Test
    void failed_bars_carry_a_mark_besides_their_colour_and_completed_bars_do_not() {
        String failedOnly = DailyChart.render(List.of(new DailyCount(DAY, 0, 2)), null, Locale.UK);
        String completedOnly = DailyChart.render(List.of(new DailyCount(DAY, 5, 0)), null, Locale.UK);

        assertThat(failedOnly).contains(">" + DailyChart.FAILED_MARK + "</text>");
        assertThat(completedOnly).doesNotContain(DailyChart.FAILED_MARK);
    }

    @Test
    void daily_bars_of_a_group_carry_the_group() {
        String svg = DailyChart.render(List.of(new DailyCount(DAY, 2, 1)), "Tier \"1\"", Locale.UK);

        assertThat(svg).contains("data-from=\"2026-11-20\" data-group=\"Tier &quot;1&quot;\" data-status=\"failed\"");
    }

    @Test
    void axis_maxima_are_round() {
        assertThat(List.of(0, 3, 4, 11, 37, 41, 99, 101, 340)).extracting(DailyChart::niceMax)
                .containsExactly(4, 4, 4, 20, 40, 50, 100, 200, 400);
    }

    @Test
    void strips_and_capacity_bars_describe_themselves() {
        String strip = DayStrip.render("web-01",
                List.of(new DayMark(DAY.minusDays(1), DayResult.FAILED), new DayMark(DAY, DayResult.PENDING)),
                Locale.UK);
        String bar = CapacityBar.render("Primary",
                new StorageInfo(100L << 30, 95L << 30, 5L << 30, 95, 1, Instant.now()), Locale.UK);

        assertThat(strip)
                .contains("web-01, last 2 days: 0 with a good backup, 1 with only failures, 0 without a backup")
                .contains("<title>19 Nov 2026: Failed</title>");
        assertThat(bar).contains("95.0 GB used, 5.0 GB free of 100 GB (95 % used)").contains("var(--lumo-error-color)");
        assertThat(CapacityBar.colour(85)).isEqualTo("var(--lumo-warning-color)");
    }
}
