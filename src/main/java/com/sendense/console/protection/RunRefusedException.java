package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** "Run now" refused, with the reason in words (the flow's previous run is still going, or it just started). */
public final class RunRefusedException extends RuntimeException implements Explained {

    private final Text text;

    public RunRefusedException(Text text) {
        super(Messages.english(text));
        this.text = text;
    }

    public RunRefusedException(Text text, Throwable cause) {
        super(Messages.english(text), cause);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
