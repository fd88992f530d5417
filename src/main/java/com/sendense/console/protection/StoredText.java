package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A run's message as the console's database keeps it: the bundle keys and arguments of one or more
 * sentences, translated when a page shows them, so a run reads in each viewer's language. Runs recorded
 * before the console spoke German hold English sentences; those are shown as they are.
 *
 * <p>The form is a control character, then the sentences separated by {@code U+001E}, each a key and its
 * arguments separated by {@code U+001F}; an argument is {@code n} and a whole number, or {@code s} and a
 * string (times already formatted), so no text from the hub can be mistaken for a key.
 */
public final class StoredText {

    private static final char MARK = '\u0001';
    private static final String SENTENCES = "\u001e";
    private static final String FIELDS = "\u001f";

    private StoredText() {}

    /** One or more sentences, shown one after another. */
    static String encode(Text... sentences) {
        return MARK + Arrays.stream(sentences).map(StoredText::one).collect(Collectors.joining(SENTENCES));
    }

    /** {@code first} followed by {@code then}'s sentences; either may be absent. */
    static @Nullable String join(@Nullable String first, @Nullable String then) {
        if (first == null || first.isEmpty()) {
            return then;
        }
        if (then == null || then.isEmpty()) {
            return first;
        }
        if (isEncoded(first) && isEncoded(then)) {
            return first + SENTENCES + then.substring(1);
        }
        return first + " " + then;
    }

    /** The message in {@code locale}; {@code ""} for none, an old English message as it was stored. */
    public static String show(@Nullable String stored, Locale locale) {
        if (stored == null) {
            return "";
        }
        if (!isEncoded(stored)) {
            return stored;
        }
        return decode(stored).stream().map(t -> Messages.get(locale, t)).collect(Collectors.joining(" "));
    }

    static List<Text> decode(String stored) {
        List<Text> texts = new ArrayList<>();
        for (String sentence : stored.substring(1).split(SENTENCES, -1)) {
            String[] fields = sentence.split(FIELDS, -1);
            List<Object> args = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) {
                String arg = fields[i];
                args.add(arg.startsWith("n") ? (Object) Long.valueOf(arg.substring(1)) : arg.substring(1));
            }
            texts.add(new Text(fields[0], args));
        }
        return texts;
    }

    private static boolean isEncoded(String stored) {
        return !stored.isEmpty() && stored.charAt(0) == MARK;
    }

    private static String one(Text text) {
        StringBuilder out = new StringBuilder(text.key());
        for (Object arg : text.args()) {
            out.append(FIELDS);
            if (arg instanceof Long || arg instanceof Integer) {
                out.append('n').append(arg);
            } else {
                out.append('s').append(String.valueOf(arg).replace(FIELDS, " ").replace(SENTENCES, " "));
            }
        }
        return out.toString();
    }
}
