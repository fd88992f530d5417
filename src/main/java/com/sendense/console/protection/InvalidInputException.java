package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** A form a protection service refuses before asking the hub (an empty name, a size out of range). */
public final class InvalidInputException extends IllegalArgumentException implements Explained {

    private final Text text;

    public InvalidInputException(Text text) {
        super(Messages.english(text));
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
