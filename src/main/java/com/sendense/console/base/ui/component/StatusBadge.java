package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.html.Span;

/** One component so that the same state (job status, power state, role) looks the same everywhere. */
public class StatusBadge extends Span {

    public enum Tone {

        NEUTRAL(""), SUCCESS("success"), ERROR("error"), WARNING("warning"), CONTRAST("contrast"), PRIMARY("primary");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge"); // i18n: not text (a theme name)
        if (!tone.theme.isEmpty()) {
            getElement().getThemeList().add(tone.theme);
        }
        getElement().getThemeList().add("pill"); // i18n: not text (a theme name)
        getElement().setAttribute("data-tone", tone.name().toLowerCase());
    }
}
