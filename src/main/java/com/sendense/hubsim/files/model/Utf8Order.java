package com.sendense.hubsim.files.model;

import java.util.Comparator;

/**
 * Byte order of UTF-8 strings, which is how Go's {@code os.ReadDir} sorts names. It equals
 * code point order; Java's {@link String#compareTo} differs for characters outside the BMP.
 */
public final class Utf8Order {

    /** Compares two names as Go compares their UTF-8 bytes. */
    public static final Comparator<String> COMPARATOR = Utf8Order::compare;

    private Utf8Order() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
