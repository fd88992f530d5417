package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** An RPO target the rules refuse, with the reason in the reader's words ({@link #text()}); English in logs. */
public class RpoTargetRejected extends IllegalArgumentException {

    private final Text text;

    public RpoTargetRejected(Text text) {
        super(Messages.get(Languages.DEFAULT, text));
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
