package com.sendense.console.base.i18n;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The languages the console speaks and how a user's locale is chosen: the language saved in their
 * preferences, else their browser's, else English. The locale keeps the browser's country when the
 * language matches ({@code de-AT} stays {@code de-AT}), so dates and numbers look as the user expects.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;

    /** In the order the language menu lists them. Adding one: a bundle file per feature and an entry here. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Languages() {}

    /**
     * @param saved the language tag from the user's preferences ({@code "de"}), or null for "follow the
     *     browser"
     * @param browser the browser's preferred locale, or null when unknown
     */
    public static Locale resolve(@Nullable String saved, @Nullable Locale browser) {
        Locale wanted = saved == null || saved.isBlank() ? browser : Locale.forLanguageTag(saved);
        if (wanted == null) {
            return DEFAULT;
        }
        Locale language = supported(wanted.getLanguage());
        if (language == null) {
            return DEFAULT;
        }
        if (browser != null && browser.getLanguage().equals(language.getLanguage())
                && !browser.getCountry().isEmpty()) {
            return browser;
        }
        return language;
    }

    /** Whether {@code tag} names a supported language ({@code "de"}, {@code "en"}). */
    public static boolean isSupported(String tag) {
        return supported(Locale.forLanguageTag(tag).getLanguage()) != null;
    }

    private static @Nullable Locale supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
