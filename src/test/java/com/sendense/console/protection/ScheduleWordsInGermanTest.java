package com.sendense.console.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of schedule reads in German, with the JDK's German weekday names, and the reasons a cron is
 * refused do too. The choices say nothing about clock changes (the hub's calendar decides, see {@link
 * CronSchedule#next}), so there is no remark to translate for them.
 */
class ScheduleWordsInGermanTest {

    private static final Locale GERMAN = Locale.GERMAN;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 0 1 * * *|täglich um 01:00",
            "0 30 22 * * MON-FRI|Montag bis Freitag um 22:30", "0 0 */6 * * *|alle 6 Stunden, zur vollen Stunde",
            "0 5 * * * ?|stündlich, 5 Min. nach der vollen Stunde", "0 0 0/2 * * *|alle 2 Stunden, zur vollen Stunde",
            "0 */15 * * * *|Cron „0 */15 * * * *“"})
    void a_stored_cron_reads_in_german(String cron, String words) {
        assertThat(ScheduleChoice.fromCron(cron).describe(GERMAN)).isEqualTo(words);
    }

    @Test
    void each_kind_of_choice_has_german_words_and_keeps_its_english_ones() {
        assertThat(new ScheduleChoice.Daily(LocalTime.of(1, 0)).describe(GERMAN)).isEqualTo("täglich um 01:00");
        assertThat(new ScheduleChoice.Weekdays(LocalTime.of(6, 15)).describe(GERMAN))
                .isEqualTo("Montag bis Freitag um 06:15");
        assertThat(new ScheduleChoice.EveryHours(1, 0).describe(GERMAN)).isEqualTo("stündlich, zur vollen Stunde");
        assertThat(new ScheduleChoice.EveryHours(4, 15).describe(GERMAN))
                .isEqualTo("alle 4 Stunden, 15 Min. nach der vollen Stunde");
        assertThat(new ScheduleChoice.Custom("0 0 3 * * SUN").describe(GERMAN)).isEqualTo("Cron „0 0 3 * * SUN“");
        assertThat(new ScheduleChoice.Weekdays(LocalTime.of(6, 15)).describe())
                .as("the hub's schedule name stays English")
                .isEqualTo("Monday to Friday at 06:15");
    }

    @Test
    void weekday_names_come_from_the_locale_not_from_the_bundle() {
        // French has no bundle, so the pattern is English, but the JDK still names the days in French.
        assertThat(new ScheduleChoice.Weekdays(LocalTime.of(1, 0)).describe(Locale.FRENCH))
                .isEqualTo("lundi to vendredi at 01:00");
    }

    @Test
    void a_refused_cron_gives_its_reason_in_german() {
        assertThatThrownBy(() -> CronSchedule.parse("0 1 * * *")).isInstanceOfSatisfying(InvalidScheduleException.class,
                e -> assertThat(Messages.get(GERMAN, e.text())).startsWith("Der Zeitplan hat 5 Felder")
                        .contains("sechs"));
        assertThatThrownBy(() -> CronSchedule.parse(" ")).isInstanceOfSatisfying(InvalidScheduleException.class,
                e -> assertThat(Messages.get(GERMAN, e.text())).startsWith("Der Zeitplan ist leer"));
        assertThatThrownBy(() -> new ScheduleChoice.EveryHours(5, 0)).isInstanceOfSatisfying(
                InvalidScheduleException.class,
                e -> assertThat(Messages.get(GERMAN, e.text())).contains("1, 2, 3, 4, 6, 8 oder 12"));
        assertThatThrownBy(() -> CronSchedule.parse("0 0 25 * * *")).isInstanceOfSatisfying(
                InvalidScheduleException.class,
                e -> assertThat(Messages.get(GERMAN, e.text())).contains("ist kein gültiger Cron-Ausdruck"));
    }

    @Test
    void a_schedule_that_cannot_run_says_why_in_german_through_a_nested_message() {
        Text why = Text.of("protection.schedule.cannotRun", Text.of("protection.schedule.fields", 5));

        assertThat(Messages.get(GERMAN, why)).isEqualTo(
                "Zeitplan kann nicht laufen: Der Zeitplan hat 5 Felder; er braucht sechs, Sekunden zuerst (z. B. „0 0 1 * * *“ für täglich um 01:00).");
        assertThat(Messages.get(Locale.ENGLISH, why)).startsWith("schedule cannot run: The schedule has 5 fields");
    }
}
