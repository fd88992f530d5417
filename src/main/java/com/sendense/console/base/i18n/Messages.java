package com.sendense.console.base.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the console's message bundles. A key names its bundle by its first segment: {@code
 * restore.browser.title} lives in {@code i18n/restore.properties} (English, the base) and {@code
 * i18n/restore_de.properties}. Every value is a {@link MessageFormat} pattern, with or without arguments,
 * so an apostrophe is always written twice ({@code don''t}); {@code BundleCheckTest} keeps that true.
 *
 * <p>Static on purpose: bundles are classpath resources, and code without a Vaadin session (e-mails, CSV
 * files, the scheduler) needs them as much as views do. Views use {@code getTranslation}, which ends here
 * through {@link ConsoleI18NProvider}.
 */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    /** Missing translations fall back to the English base, never to the server's default locale. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    private Messages() {}

    /**
     * The text for {@code key} in {@code locale}, with {@code args} put into its placeholders (an argument that is
     * itself a {@link Text}, such as a parser's reason inside "schedule cannot run: {0}", is translated first);
     * {@code !key!} (and one warning in the log) when no bundle has the key, so a gap shows on screen instead of an
     * empty label.
     */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            if (reportedMissing.add(key)) {
                log.warn("No message for key {} (locale {})", key, locale);
            }
            return "!" + key + "!";
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Text inner) {
                shown[i] = get(locale, inner);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The translation of a service's message. */
    public static String get(Locale locale, Text text) {
        return get(locale, text.key(), text.args().toArray());
    }

    /** The English text of a service's message, for exception messages and the log. */
    public static String english(Text text) {
        return get(Languages.DEFAULT, text);
    }

    /** Whether some bundle has {@code key}. */
    public static boolean has(String key) {
        return pattern(Languages.DEFAULT, key) != null;
    }

    private static String pattern(Locale locale, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + key.substring(0, dot), locale,
                    Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
