package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import java.util.Locale;

/**
 * Translates the protection services' messages, including a message whose arguments are messages
 * themselves ("schedule cannot run: {0}" with the parser's reason), which {@link Messages} leaves as they are.
 */
public final class ProtectionTexts {

    private ProtectionTexts() {}

    public static String get(Locale locale, Text text) {
        Object[] args = text.args().stream().map(a -> a instanceof Text t ? get(locale, t) : a).toArray();
        return Messages.get(locale, text.key(), args);
    }

    /** The English text, for exception messages and the log. */
    static String english(Text text) {
        return get(Locale.ENGLISH, text);
    }
}
