package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** The audit row of a download could not be written, so the download was refused before any byte. */
public class AuditUnavailableException extends RuntimeException {

    public static final Text TEXT = Text.of("restore.auditUnavailable");

    AuditUnavailableException(Throwable cause) {
        super(Messages.get(Languages.DEFAULT, TEXT), cause);
    }

    /** What the user reads. */
    public Text text() {
        return TEXT;
    }
}
