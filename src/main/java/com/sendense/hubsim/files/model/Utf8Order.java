package com.sendense.hubsim.files.model;

import java.util.Comparator;

/** How Go's {@code os.ReadDir} sorts: code point order, unlike {@link String#compareTo} outside the BMP. */
public final class Utf8Order {

    public static final Comparator<String> COMPARATOR = Utf8Order::compare;

    private Utf8Order() {}

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
