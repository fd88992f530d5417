package com.sendense.console.users;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An administration request that breaks a rule: a taken user name, the last administrator, your
 * own account, invalid input. {@link #text()} is meant for the person who asked and is safe to show;
 * the exception's message is the English of it, for the log.
 */
public class UserManagementException extends RuntimeException {

    private final Text text;

    public UserManagementException(Text text) {
        this(text, null);
    }

    public UserManagementException(Text text, @Nullable Throwable cause) {
        super(translate(text, Languages.DEFAULT), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }

    /** The text in the reader's language; an argument that is a {@link Text} itself (a role) is translated too. */
    public String message(Locale locale) {
        return translate(text, locale);
    }

    private static String translate(Text text, Locale locale) {
        Object[] args = text.args().stream().map(a -> a instanceof Text t ? translate(t, locale) : a).toArray();
        return Messages.get(locale, text.key(), args);
    }
}
