package com.sendense.console.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleChoiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void choices_round_trip_through_the_cron_the_hub_stores() {
        for (ScheduleChoice choice : new ScheduleChoice[]{new ScheduleChoice.Daily(LocalTime.of(1, 0)),
                new ScheduleChoice.Weekdays(LocalTime.of(22, 30)), new ScheduleChoice.EveryHours(4, 15),
                new ScheduleChoice.EveryHours(1, 0), new ScheduleChoice.Custom("0 0 3 * * SUN")}) {
            assertThat(ScheduleChoice.fromCron(choice.cron())).isEqualTo(choice);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 0 1 * * *|every day at 01:00",
            "0 30 22 * * MON-FRI|Monday to Friday at 22:30", "0 0 */6 * * *|every 6 hours, on the hour",
            "0 5 * * * ?|every hour, at 5 min past the hour", "0 0 0/2 * * *|every 2 hours, on the hour",
            "0 */15 * * * *|cron \"0 */15 * * * *\"", "0 0 */5 * * *|cron \"0 0 */5 * * *\""})
    void a_stored_cron_reads_in_words(String cron, String words) {
        assertThat(ScheduleChoice.fromCron(cron).describe()).isEqualTo(words);
    }

    @Test
    void five_field_cron_that_the_hub_accepts_but_never_fires_is_refused_in_words() {
        assertThatThrownBy(() -> CronSchedule.parse("0 1 * * *")).isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("5 fields")
                .hasMessageContaining("six");
        assertThatThrownBy(() -> CronSchedule.parse("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> CronSchedule.parse("0 0 25 * * *")).hasMessageContaining("not a valid cron");
        assertThatThrownBy(() -> new ScheduleChoice.EveryHours(5, 0)).hasMessageContaining("1, 2, 3, 4, 6, 8 or 12");
    }

    @Test
    void next_runs_are_on_the_hub_calendar_across_a_clock_change() {
        CronSchedule daily = CronSchedule.parse("0 30 1 * * *");
        // 29 March 2026: the clocks in London go forward at 01:00, so 01:30 does not exist that day.
        Instant before = ZonedDateTime.of(2026, 3, 28, 12, 0, 0, 0, LONDON).toInstant();
        assertThat(daily.next(before, LONDON, 3)).extracting(t -> t.toLocalDateTime().toString())
                .containsExactly("2026-03-29T02:30", "2026-03-30T01:30", "2026-03-31T01:30");
        // An hourly schedule runs once at 02:00 that night, not twice, and once per hour when the clock goes back.
        CronSchedule hourly = CronSchedule.parse("0 0 * * * *");
        assertThat(hourly.next(ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, LONDON).toInstant(), LONDON, 3))
                .extracting(t -> t.toLocalDateTime().toString())
                .containsExactly("2026-03-29T02:00", "2026-03-29T03:00", "2026-03-29T04:00");
        Instant autumn = ZonedDateTime.of(2026, 10, 25, 0, 30, 0, 0, LONDON).toInstant();
        assertThat(CronSchedule.parse("0 30 1 * * *").next(autumn, LONDON, 2)).hasSize(2)
                .extracting(t -> t.toLocalDate().toString())
                .containsExactly("2026-10-25", "2026-10-26");
    }

    @Test
    void the_latest_due_time_in_a_window_is_what_a_scheduler_owes() {
        CronSchedule hourly = CronSchedule.parse("0 0 * * * *");
        Instant since = Instant.parse("2026-12-06T01:30:00Z");
        Instant now = Instant.parse("2026-12-06T05:10:00Z");
        assertThat(hourly.latestDueIn(since, now, ZoneId.of("UTC"))).contains(Instant.parse("2026-12-06T05:00:00Z"));
        assertThat(hourly.countDueIn(since, now, ZoneId.of("UTC"), 100)).isEqualTo(4);
        assertThat(hourly.latestDueIn(now, now.plusSeconds(60), ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void the_longest_gap_is_what_an_rpo_target_has_to_allow() {
        Instant from = Instant.parse("2026-12-07T00:00:00Z");
        assertThat(CronSchedule.parse("0 0 1 * * MON-FRI").longestGap(from, LONDON)).contains(Duration.ofHours(72));
        assertThat(CronSchedule.parse("0 0 */4 * * *").longestGap(from, LONDON)).contains(Duration.ofHours(4));
    }
}
