package com.sendense.console.restore;

/** The audit row of a download could not be written, so the download was refused before any byte. */
public class AuditUnavailableException extends RuntimeException {

    AuditUnavailableException(Throwable cause) {
        super("The download was refused because the audit log cannot be written. Nothing was sent."
                + " Try again in a moment; if it keeps failing, ask an administrator to check the console's database.",
                cause);
    }
}
