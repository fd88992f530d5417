package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** A schedule the console cannot run, with the reason in words a user can act on. */
public final class InvalidScheduleException extends IllegalArgumentException implements Explained {

    private final Text text;

    public InvalidScheduleException(Text text) {
        super(Messages.english(text));
        this.text = text;
    }

    public InvalidScheduleException(Text text, Throwable cause) {
        super(Messages.english(text), cause);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
