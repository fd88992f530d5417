package com.sendense.console.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void the_saved_language_wins_over_the_browser() {
        assertThat(Languages.resolve("de", Locale.forLanguageTag("en-GB"))).isEqualTo(Locale.GERMAN);
        assertThat(Languages.resolve("en", Locale.forLanguageTag("de-DE"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void without_a_saved_language_the_browser_decides_and_keeps_its_country() {
        assertThat(Languages.resolve(null, Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(Languages.resolve("", Locale.forLanguageTag("en-GB"))).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(Languages.resolve("de", Locale.forLanguageTag("de-CH"))).isEqualTo(Locale.forLanguageTag("de-CH"));
    }

    @Test
    void a_language_the_console_does_not_speak_falls_back_to_english() {
        assertThat(Languages.resolve(null, Locale.forLanguageTag("fr-FR"))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.resolve("xx", null)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.resolve(null, null)).isEqualTo(Locale.ENGLISH);
    }
}
