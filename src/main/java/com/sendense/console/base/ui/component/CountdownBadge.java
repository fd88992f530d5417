package com.sendense.console.base.ui.component;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.UiSubscriptions;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Time left until a deadline, e.g. a mount's expiry. It follows the one application-wide tick while
 * attached (no timer of its own) and touches the page only when its text or phase changes.
 */
public class CountdownBadge extends Span {

    public enum Phase {
        RUNNING, WARNING, EXPIRED
    }

    /** A source of clock ticks, e.g. {@code LiveUpdates::subscribeTicks}. */
    @FunctionalInterface
    public interface TickSource extends Serializable {

        Registration subscribe(SerializableConsumer<Instant> listener);
    }

    /** Fired when the phase changes (including to {@link Phase#EXPIRED}); never on the first render. */
    public static class PhaseChangeEvent extends ComponentEvent<CountdownBadge> {

        private final Phase phase;

        PhaseChangeEvent(CountdownBadge source, Phase phase) {
            super(source, false);
            this.phase = phase;
        }

        public Phase phase() {
            return phase;
        }
    }

    public static final Duration DEFAULT_WARNING = Duration.ofMinutes(5);

    private final Instant expiresAt;
    private final Clock clock;
    private final Duration warnBefore;
    private Phase phase;

    public CountdownBadge(Instant expiresAt, Clock clock, TickSource ticks) {
        this(expiresAt, clock, ticks, DEFAULT_WARNING);
    }

    public CountdownBadge(Instant expiresAt, Clock clock, TickSource ticks, Duration warnBefore) {
        this.expiresAt = expiresAt;
        this.clock = clock;
        this.warnBefore = warnBefore;
        addClassName("countdown-badge");
        getElement().getThemeList().add("badge"); // i18n: not text (a theme name)
        getElement().getThemeList().add("pill"); // i18n: not text (a theme name)
        phase = phaseAt(clock.instant());
        setText(text(clock.instant()));
        applyTone();
        UiSubscriptions.whileAttached(this, ui -> {
            update(clock.instant());
            return ticks.subscribe(UiSubscriptions.inUi(ui, this::update));
        });
    }

    public Phase phase() {
        return phase;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Registration addPhaseChangeListener(ComponentEventListener<PhaseChangeEvent> listener) {
        return addListener(PhaseChangeEvent.class, listener);
    }

    void update(Instant now) {
        String text = text(now);
        if (!text.equals(getText())) {
            setText(text);
        }
        Phase next = phaseAt(now);
        if (next != phase) {
            phase = next;
            applyTone();
            fireEvent(new PhaseChangeEvent(this, next));
        }
    }

    /** Whole minutes beyond a minute, seconds in the last one: "52 min left", "45 s left", "Expired". */
    public static String format(Duration remaining, Locale locale) {
        long s = remaining.toSeconds();
        if (s <= 0) {
            return Messages.get(locale, "base.countdown.expired");
        }
        return s < 60
                ? Messages.get(locale, "base.countdown.secondsLeft", Long.toString(s))
                : Messages.get(locale, "base.countdown.minutesLeft", Long.toString(s / 60));
    }

    private String text(Instant now) {
        return format(Duration.between(now, expiresAt), getLocale() == null ? Languages.DEFAULT : getLocale());
    }

    private Phase phaseAt(Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Phase.EXPIRED;
        }
        return now.isBefore(expiresAt.minus(warnBefore)) ? Phase.RUNNING : Phase.WARNING;
    }

    private void applyTone() {
        var themes = getElement().getThemeList();
        themes.remove("warning");
        themes.remove("error");
        switch (phase) {
            case RUNNING -> {
            }
            case WARNING -> themes.add("warning"); // i18n: not text (a theme name)
            case EXPIRED -> themes.add("error"); // i18n: not text (a theme name)
        }
        getElement().setAttribute("data-phase", phase.name().toLowerCase());
    }
}
