package com.sendense.console.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles are complete and consistent: every bundle exists in every supported language with the
 * same keys, the same placeholders and valid {@link MessageFormat} patterns, and every key names its bundle.
 */
class BundleCheckTest {

    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_([a-z]{2})$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** bundle name → language ("" for the English base) → properties. */
    private static final Map<String, Map<String, Properties>> bundles = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*.properties")) {
            String file = resource.getFilename().replace(".properties", "");
            Matcher suffix = LOCALE_SUFFIX.matcher(file);
            String language = suffix.find() ? suffix.group(1) : "";
            String bundle = language.isEmpty() ? file : file.substring(0, suffix.start());
            Properties properties = new Properties();
            try (InputStream in = resource.getInputStream();
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.computeIfAbsent(bundle, b -> new TreeMap<>()).put(language, properties);
        }
    }

    @Test
    void there_are_bundles() {
        assertThat(bundles).containsKeys("format", "shell");
    }

    @Test
    void every_bundle_exists_in_every_language() {
        List<String> missing = new ArrayList<>();
        bundles.forEach((bundle, languages) -> {
            for (Locale locale : Languages.SUPPORTED) {
                String language = locale == Languages.DEFAULT ? "" : locale.getLanguage();
                if (!languages.containsKey(language)) {
                    missing.add("i18n/" + bundle + (language.isEmpty() ? "" : "_" + language) + ".properties");
                }
            }
            languages.keySet()
                    .stream()
                    .filter(language -> !language.isEmpty() && !Languages.isSupported(language))
                    .forEach(language -> missing
                            .add(bundle + "_" + language + " is a language the console does not list"));
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void every_language_has_exactly_the_keys_of_the_english_bundle() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, languages) -> {
            Set<String> english = keys(languages.get(""));
            languages.forEach((language, properties) -> {
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(keys(properties));
                Set<String> extra = new TreeSet<>(keys(properties));
                extra.removeAll(english);
                missing.forEach(key -> problems.add(bundle + "_" + language + " lacks " + key));
                extra.forEach(key -> problems.add(bundle + "_" + language + " has " + key + ", English has not"));
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_starts_with_its_bundle_name_and_no_value_is_blank() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, languages) -> languages.forEach((language, properties) -> {
            for (String key : properties.stringPropertyNames()) {
                if (!key.startsWith(bundle + ".")) {
                    problems.add(key + " in bundle " + bundle);
                }
                if (properties.getProperty(key).isBlank()) {
                    problems.add(key + " is blank in " + bundle + "_" + language);
                }
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void translations_have_the_placeholders_of_the_english_text() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, languages) -> {
            Properties english = languages.get("");
            languages.forEach((language, properties) -> {
                for (String key : properties.stringPropertyNames()) {
                    if (english != null && english.containsKey(key) && !placeholders(english.getProperty(key))
                            .equals(placeholders(properties.getProperty(key)))) {
                        problems.add(bundle + "_" + language + ": " + key + " has "
                                + placeholders(properties.getProperty(key)) + ", English "
                                + placeholders(english.getProperty(key)));
                    }
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Every value is a valid pattern, and a single apostrophe (which {@link MessageFormat} would take as the
     * start of a quote, swallowing the rest of the text) is written twice.
     */
    @Test
    void every_value_is_a_message_format_pattern_with_doubled_apostrophes() {
        List<String> problems = new ArrayList<>();
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        bundles.forEach((bundle, languages) -> languages.forEach((language, properties) -> {
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                try {
                    new MessageFormat(value, Locale.ENGLISH);
                } catch (IllegalArgumentException e) {
                    problems.add(key + " (" + bundle + "_" + language + "): " + e.getMessage());
                }
                if (lone.matcher(value.replace("''", "")).find()) {
                    problems.add(key + " (" + bundle + "_" + language + ") has a single apostrophe: write ''");
                }
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void messages_resolve_through_the_provider_with_english_as_the_fallback() {
        assertThat(Messages.get(Locale.GERMAN, "shell.user.signOut")).isEqualTo("Abmelden");
        assertThat(Messages.get(Locale.forLanguageTag("de-AT"), "shell.user.role", "Operator"))
                .isEqualTo("Rolle: Operator");
        assertThat(Messages.get(Locale.FRENCH, "shell.user.signOut")).isEqualTo("Sign out");
        assertThat(Messages.get(Locale.ENGLISH, "shell.no.such.key")).isEqualTo("!shell.no.such.key!");
        assertThat(Messages.get(Locale.ENGLISH, "nobundle")).isEqualTo("!nobundle!");
    }

    private static Set<String> keys(Properties properties) {
        return properties == null ? Set.of() : properties.stringPropertyNames();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
