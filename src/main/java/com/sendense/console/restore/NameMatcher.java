package com.sendense.console.restore;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name pattern as help-desk users type it: a plain text matches anywhere in the name ({@code forecast} finds
 * {@code Q3-Forecast.xlsx}); with {@code *} or {@code ?} it must match the whole name, as in Explorer
 * ({@code q3*.xlsx}). Case and accents do not count ({@code resume} finds {@code Résumé.docx}).
 */
final class NameMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String text;
    private final boolean wildcard;
    private final char[] glob;

    NameMatcher(String pattern) {
        this.text = fold(pattern.strip());
        this.wildcard = text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
        this.glob = text.toCharArray();
    }

    boolean matches(String name) {
        String n = fold(name);
        return wildcard ? glob(n) : n.contains(text);
    }

    /** NFD splits an accented letter into the letter and its combining mark, which is then dropped. */
    static String fold(String s) {
        boolean ascii = s.chars().allMatch(c -> c < 0x80);
        String base = ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return base.toLowerCase(Locale.ROOT);
    }

    /** Iterative glob with backtracking to the last star: linear for names, no regex built from user input. */
    private boolean glob(String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int mark = 0;
        while (n < name.length()) {
            if (p < glob.length && (glob[p] == '?' || glob[p] == name.charAt(n))) {
                p++;
                n++;
            } else if (p < glob.length && glob[p] == '*') {
                star = p++;
                mark = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++mark;
            } else {
                return false;
            }
        }
        while (p < glob.length && glob[p] == '*') {
            p++;
        }
        return p == glob.length;
    }
}
