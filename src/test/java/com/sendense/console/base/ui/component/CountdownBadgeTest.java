package com.sendense.console.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.component.CountdownBadge.Phase;
import com.sendense.console.testsupport.MutableClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The countdown is driven by ticks and a clock the test moves: no timers, no sleeps. */
@SpringBootTest
@ActiveProfiles("test")
class CountdownBadgeTest extends SpringBrowserlessTest {

    private final Instant start = Instant.parse("2026-11-24T10:00:00Z");
    private final MutableClock clock = new MutableClock(start);
    private final List<SerializableConsumer<Instant>> listeners = new CopyOnWriteArrayList<>();
    private final CountdownBadge.TickSource ticks = listener -> {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    };

    @Test
    void formats_minutes_beyond_the_last_minute_then_seconds_then_expired() {
        assertThat(CountdownBadge.format(Duration.ofMinutes(60), Locale.ENGLISH)).isEqualTo("60 min left");
        assertThat(CountdownBadge.format(Duration.ofSeconds(3599), Locale.ENGLISH)).isEqualTo("59 min left");
        assertThat(CountdownBadge.format(Duration.ofSeconds(61), Locale.ENGLISH)).isEqualTo("1 min left");
        assertThat(CountdownBadge.format(Duration.ofSeconds(59), Locale.ENGLISH)).isEqualTo("59 s left");
        assertThat(CountdownBadge.format(Duration.ZERO, Locale.ENGLISH)).isEqualTo("Expired");
        assertThat(CountdownBadge.format(Duration.ofSeconds(-5), Locale.ENGLISH)).isEqualTo("Expired");
    }

    @Test
    void counts_down_on_ticks_warns_five_minutes_before_and_expires() {
        var badge = new CountdownBadge(start.plus(Duration.ofHours(1)), clock, ticks);
        List<Phase> phases = new ArrayList<>();
        badge.addPhaseChangeListener(e -> phases.add(e.phase()));
        UI.getCurrent().add(badge);
        assertThat(badge.getText()).isEqualTo("60 min left");
        assertThat(listeners).as("subscribed while attached").hasSize(1);

        tickAt(Duration.ofSeconds(30));
        assertThat(badge.getText()).as("same minute, text unchanged").isEqualTo("59 min left");
        tickAt(Duration.ofMinutes(55).minusSeconds(1));
        assertThat(badge.phase()).isEqualTo(Phase.RUNNING);
        tickAt(Duration.ofMinutes(55));
        assertThat(badge.getText()).isEqualTo("5 min left");
        assertThat(badge.phase()).isEqualTo(Phase.WARNING);
        assertThat(badge.getElement().getThemeList()).contains("warning");
        tickAt(Duration.ofMinutes(59).plusSeconds(15));
        assertThat(badge.getText()).isEqualTo("45 s left");
        tickAt(Duration.ofMinutes(60));
        assertThat(badge.getText()).isEqualTo("Expired");
        assertThat(badge.getElement().getThemeList()).contains("error").doesNotContain("warning");
        assertThat(phases).containsExactly(Phase.WARNING, Phase.EXPIRED);
    }

    @Test
    void stops_listening_when_detached_and_catches_up_when_attached_again() {
        var badge = new CountdownBadge(start.plus(Duration.ofMinutes(10)), clock, ticks);
        UI.getCurrent().add(badge);
        UI.getCurrent().remove(badge);
        assertThat(listeners).isEmpty();

        clock.advance(Duration.ofMinutes(7));
        UI.getCurrent().add(badge);

        assertThat(badge.getText()).isEqualTo("3 min left");
        assertThat(badge.phase()).isEqualTo(Phase.WARNING);
        assertThat(listeners).hasSize(1);
    }

    private void tickAt(Duration sinceStart) {
        clock.set(start.plus(sinceStart));
        listeners.forEach(l -> l.accept(clock.instant()));
        MockVaadin.clientRoundtrip();
    }
}
