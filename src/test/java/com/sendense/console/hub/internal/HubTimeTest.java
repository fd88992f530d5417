package com.sendense.console.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubTimeTest {

    private final HubTime london = new HubTime(ZoneId.of("Europe/London"));

    @ParameterizedTest
    @CsvSource({"2025-10-09T09:12:44.917340571+01:00, 2025-10-09T08:12:44.917340571Z",
            "2024-01-29T11:49:24.0654245Z,        2024-01-29T11:49:24.0654245Z",
            "2025-10-09T09:12:44+01:00,           2025-10-09T08:12:44Z",
            "2025-10-09T08:05:12Z,                2025-10-09T08:05:12Z",
            "2025-10-09T09:05:12.4+01:00,         2025-10-09T08:05:12.400Z",
            "2025-10-09T04:05:12-04:00,           2025-10-09T08:05:12Z"})
    void real_timestamps_are_parsed_leniently(String wire, Instant expected) {
        assertThat(london.instant(wire)).isEqualTo(expected);
    }

    @Test
    void a_false_z_in_summer_is_an_hour_ahead_of_utc() {
        assertThat(london.wallClock("2025-10-08T19:24:31Z")).isEqualTo(Instant.parse("2025-10-08T18:24:31Z"));
    }

    @Test
    void a_false_z_in_winter_is_utc() {
        assertThat(london.wallClock("2025-01-15T10:00:00Z")).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
    }

    @Test
    void a_false_z_field_that_carries_a_real_offset_keeps_it() {
        assertThat(london.wallClock("2025-10-09T09:05:14+01:00")).isEqualTo(Instant.parse("2025-10-09T08:05:14Z"));
    }

    @Test
    void the_zone_is_configurable() {
        HubTime tokyo = new HubTime(ZoneId.of("Asia/Tokyo"));

        assertThat(tokyo.wallClock("2025-10-08T19:24:31Z")).isEqualTo(Instant.parse("2025-10-08T10:24:31Z"));
    }

    @Test
    void empty_and_go_zero_times_are_absent() {
        assertThat(london.instant("")).isNull();
        assertThat(london.instant(null)).isNull();
        assertThat(london.instant("0001-01-01T00:00:00Z")).isNull();
        assertThat(london.wallClock("")).isNull();
        assertThat(london.wallClock("0001-01-01T00:00:00Z")).isNull();
    }

    @Test
    void garbage_is_refused() {
        assertThatThrownBy(() -> london.instant("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> london.requiredWallClock(null, "created_at"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("created_at");
    }
}
