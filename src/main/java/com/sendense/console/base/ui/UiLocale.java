package com.sendense.console.base.ui;

import com.sendense.console.base.i18n.Languages;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/** The language of the UI the current request serves; English when there is none (a scheduler, a test). */
public final class UiLocale {

    private UiLocale() {}

    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Languages.DEFAULT : ui.getLocale();
    }
}
