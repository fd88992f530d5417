package com.sendense.console.alerts;

import com.sendense.console.base.i18n.Text;

/** What was entered cannot be saved; {@link #text()} says why in the reader's language. */
public class AlertInputException extends RuntimeException {

    private final Text text;

    public AlertInputException(Text text) {
        super(text.key());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
