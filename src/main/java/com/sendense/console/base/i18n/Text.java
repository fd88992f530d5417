package com.sendense.console.base.i18n;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A message a service hands to whoever shows it: a bundle key and its arguments, translated at the last
 * moment into the reader's language ({@link Messages#get(java.util.Locale, Text)}, or {@code
 * getTranslation(text.key(), text.args().toArray())} in a view). Services never build user-facing
 * sentences themselves; they do not know who will read them.
 *
 * @param key a key of a bundle in {@code i18n/}
 * @param args the placeholders' values: strings already formatted for display, or numbers and dates that
 *     {@link java.text.MessageFormat} formats for the reader's locale
 */
public record Text(String key, List<Object> args) implements Serializable {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }
}
