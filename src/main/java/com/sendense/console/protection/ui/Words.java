package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.protection.ProtectionTexts;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * Translations for the helpers of these pages that are not components themselves (notifications, grid
 * cell factories): the current UI's language, as {@code getTranslation} would use.
 */
final class Words {

    private Words() {}

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Languages.DEFAULT : ui.getLocale();
    }

    static String get(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    /** A service's message (its arguments may be messages too). */
    static String of(Text text) {
        return ProtectionTexts.get(locale(), text);
    }
}
