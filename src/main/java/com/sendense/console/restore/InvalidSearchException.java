package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** The search form does not make a valid search; {@link #text()} says what to change. */
public class InvalidSearchException extends IllegalArgumentException {

    private final Text text;

    InvalidSearchException(Text text) {
        super(Messages.get(Languages.DEFAULT, text));
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
