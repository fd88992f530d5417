package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** The console cannot mount a disk again in the state it and the hub are in; {@link #text()} says why and what next. */
public class MountStateException extends IllegalStateException {

    private final Text text;

    MountStateException(Text text) {
        super(Messages.get(Languages.DEFAULT, text));
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
