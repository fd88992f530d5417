package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import org.springframework.security.access.AccessDeniedException;

/**
 * An access refusal (issue 11), so it is handled and audited like the others; {@link #text()} is for the user,
 * the English message for logs and the audit.
 */
public class LinkRefusedException extends AccessDeniedException {

    private final Text text;

    public LinkRefusedException(Text text) {
        super(Messages.get(Languages.DEFAULT, text));
        this.text = text;
    }

    /** A sentence written in English by code not yet translated; shown as it is in every language. */
    public LinkRefusedException(String sentence) {
        this(Text.of("restore.sentence", sentence));
    }

    public Text text() {
        return text;
    }
}
