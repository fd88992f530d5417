package com.sendense.hubsim.files.layout;

import java.text.Normalizer;
import java.util.Locale;

/** Owner of a profile or a home directory, author of documents. */
record Person(String first, String last) {

    /** A Windows profile name, e.g. {@code alice.morgan}. */
    public String windowsUser() {
        return ascii(first) + "." + ascii(last);
    }

    /** A Linux login, e.g. {@code amorgan}. */
    public String linuxUser() {
        return ascii(first).charAt(0) + ascii(last);
    }

    /** A mail address in {@code domain}. */
    public String email(String domain) {
        return windowsUser() + "@" + domain;
    }

    /** The name as people write it. */
    public String fullName() {
        return first + " " + last;
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
