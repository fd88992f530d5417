package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** A flow the hub or the console refused to create or change, with the reason in words. */
public final class FlowValidationException extends RuntimeException implements Explained {

    private final Text text;

    public FlowValidationException(Text text) {
        super(Messages.english(text));
        this.text = text;
    }

    public FlowValidationException(Text text, Throwable cause) {
        super(Messages.english(text), cause);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
