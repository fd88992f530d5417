package com.sendense.console.restore;

import org.jspecify.annotations.Nullable;

/**
 * The reason or ticket number of a download, checked on the server: the form's limit is only in
 * the browser, and a forged request can send anything. Line breaks and tabs become spaces (a ticket
 * pasted from a mail), other control and invisible formatting characters (bidi overrides that
 * would make the audit view lie about the text) are dropped.
 */
final class AuditReason {

    /** The column's size. */
    static final int MAX_LENGTH = 500;

    private AuditReason() {}

    /**
     * The reason as the audit log stores it, empty means none.
     *
     * @throws IllegalArgumentException if it is too long, or missing where required
     */
    static @Nullable String check(@Nullable String raw, boolean required) {
        String clean = clean(raw);
        if (clean != null && clean.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "The reason has " + clean.length() + " characters; the audit log keeps at most " + MAX_LENGTH
                            + ". Shorten it, for example to a ticket number.");
        }
        if (required && clean == null) {
            throw new IllegalArgumentException("A reason or ticket number is required for downloads");
        }
        return clean;
    }

    /** The reason of a refused attempt, cut to fit rather than refused: the refusal must be recorded. */
    static @Nullable String clipped(@Nullable String raw) {
        String clean = clean(raw);
        return clean == null || clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH - 1) + "…";
    }

    static @Nullable String clean(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 4 * MAX_LENGTH));
        raw.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(c);
            }
        });
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
