package com.sendense.console.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnnouncerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final Announcer announcer = new Announcer(clock);

    @Test
    void is_a_polite_atomic_status_region_hidden_on_screen() {
        assertThat(announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(announcer.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(announcer.getClassNames()).contains("sr-only");
    }

    @Test
    void progress_news_waits_for_a_quiet_moment_but_outcomes_are_always_said() {
        assertThat(announcer.say("web-01: 25 %", false)).isTrue();
        clock.advance(Duration.ofSeconds(3));
        assertThat(announcer.say("web-01: 50 %", false)).isFalse();
        assertThat(announcer.getText()).isEqualTo("web-01: 25 %");
        assertThat(announcer.say("web-01 finished", true)).isTrue();
        clock.advance(Announcer.QUIET);
        assertThat(announcer.say("web-01: 75 %", false)).isTrue();
    }

    @Test
    void the_same_text_twice_in_a_row_is_said_once() {
        assertThat(announcer.say("Download finished", true)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(announcer.say("Download finished", true)).isFalse();
    }
}
