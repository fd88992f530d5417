package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The page's one polite live region: what a screen reader should hear without looking (a backup
 * reached 50 %, a download finished). One per UI, placed by the main layout and invisible on screen.
 * It does not flood: the same text twice in a row is said once, and routine news ({@link #progress})
 * waits at least {@link #QUIET} after the last announcement, while an outcome ({@link #outcome}) is
 * always said.
 */
public final class Announcer extends Div {

    static final Duration QUIET = Duration.ofSeconds(10);

    private final Clock clock;
    private @Nullable String last;
    private Instant lastAt = Instant.MIN;

    public Announcer() {
        this(Clock.systemUTC());
    }

    Announcer(Clock clock) {
        this.clock = clock;
        setId("announcer");
        addClassName("sr-only");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Registers this announcer as the UI's; the layout calls it once. */
    public void install(UI ui) {
        ComponentUtil.setData(ui, Announcer.class, this);
    }

    /** A milestone of something still going on; dropped when the last announcement is too recent. */
    public static void progress(UI ui, String text) {
        of(ui).ifPresent(a -> a.say(text, false));
    }

    /** How something ended: always said (unless it repeats the last announcement word for word). */
    public static void outcome(UI ui, String text) {
        of(ui).ifPresent(a -> a.say(text, true));
    }

    /** Whether the text was put into the live region. */
    boolean say(String text, boolean always) {
        Instant now = clock.instant();
        if (Objects.equals(text, last) || (!always && now.isBefore(lastAt.plus(QUIET)))) {
            return false;
        }
        last = text;
        lastAt = now;
        setText(text);
        return true;
    }

    private static java.util.Optional<Announcer> of(UI ui) {
        return java.util.Optional.ofNullable(ComponentUtil.getData(ui, Announcer.class));
    }
}
