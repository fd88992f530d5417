package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.html.Span;

/**
 * A small coloured label for a state (job status, power state, role). One component so that the
 * same state looks the same everywhere.
 */
public class StatusBadge extends Span {

    /** How a badge is coloured. */
    public enum Tone {
        NEUTRAL(""), SUCCESS("success"), ERROR("error"), WARNING("warning"), CONTRAST("contrast"), PRIMARY("primary");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge");
        if (!tone.theme.isEmpty()) {
            getElement().getThemeList().add(tone.theme);
        }
        getElement().getThemeList().add("pill");
        getElement().setAttribute("data-tone", tone.name().toLowerCase());
    }
}
