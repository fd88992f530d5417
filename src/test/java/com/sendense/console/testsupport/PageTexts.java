package com.sendense.console.testsupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a page says, and which English is left in it. {@link #of} collects the text a user sees or hears
 * from a server-side component tree (text, labels, placeholders, helper texts, hover titles, accessible
 * names, chart SVG, grid headers); {@link #englishIn} finds the English of every bundle that differs from
 * its German, so a German page that still shows one of them fails. Browser tests use {@link #englishIn} on
 * {@code document.body.innerText}.
 */
public final class PageTexts {

    /** {@code !shell.user.menu!}: what {@code Messages} shows for a key no bundle has. */
    public static final Pattern MISSING_KEY = Pattern.compile("![a-z]+(\\.[A-Za-z0-9]+)+!");

    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "innerHTML", "headerTitle", "emptySelectionCaption", "header", "message", "confirmText", "cancelText");
    private static final List<String> ATTRIBUTES = List.of("aria-label", "title");
    private static final Pattern PLACEHOLDER_OR_TAG = Pattern.compile("\\{[^{}]*\\}|<[^>]*>");
    private static final List<String> ENGLISH_LEFT_CANDIDATES = candidates();

    private PageTexts() {}

    /** Every text of {@code root} and its descendants, one per line. */
    public static String of(Component root) {
        StringBuilder out = new StringBuilder();
        collect(root.getElement(), out, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return out.toString();
    }

    /**
     * What is left untranslated in {@code text} of a page shown in German: the English bundle values found in it
     * ({@link #englishIn}) and every {@code !key!} of a missing translation.
     */
    public static List<String> untranslatedIn(String text) {
        List<String> found = new ArrayList<>(englishIn(text));
        MISSING_KEY.matcher(text).results().forEach(m -> found.add("a missing key: " + m.group()));
        return found;
    }

    /** The English bundle values (two words or more, without their placeholders) found in {@code text}. */
    public static List<String> englishIn(String text) {
        String page = text.replaceAll("\\s+", " ");
        return ENGLISH_LEFT_CANDIDATES.stream().filter(page::contains).toList();
    }

    // Elements and components both: a UI's route content and a dialog's body are component children that are
    // not (or not only) element children.
    private static void collect(Element element, StringBuilder out, Set<Element> seen) {
        if (!seen.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            out.append(element.getText()).append('\n');
            return;
        }
        for (String property : PROPERTIES) {
            String value = element.getProperty(property, null);
            if (value != null && !value.isBlank()) {
                out.append(property.equals("innerHTML") ? value.replaceAll("<[^>]*>", "\n") : value).append('\n');
            }
        }
        for (String attribute : ATTRIBUTES) {
            String value = element.getAttribute(attribute);
            if (value != null && !value.isBlank()) {
                out.append(value).append('\n');
            }
        }
        element.getComponent().ifPresent(c -> gridHeaders(c, out));
        element.getChildren().forEach(child -> collect(child, out, seen));
        element.getComponent().ifPresent(c -> c.getChildren().forEach(child -> collect(child.getElement(), out, seen)));
    }

    private static void gridHeaders(Component c, StringBuilder out) {
        if (c instanceof Grid<?> grid) {
            grid.getColumns().forEach(column -> {
                String header = column.getHeaderText();
                if (header != null) {
                    out.append(header).append('\n');
                }
            });
        }
    }

    // English values that differ from German, split at their placeholders (and any markup), keeping the
    // pieces of two words or more: "{0} of {1} VMs" gives nothing, "The hub cannot be reached. {0}" gives
    // "The hub cannot be reached.".
    private static List<String> candidates() {
        Set<String> found = new TreeSet<>();
        try {
            for (Resource base : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*.properties")) {
                String name = base.getFilename();
                if (name == null || name.matches(".*_[a-z]{2}\\.properties")) {
                    continue;
                }
                Properties english = load(base);
                Resource germanFile = base.createRelative(name.replace(".properties", "_de.properties"));
                if (!germanFile.exists()) {
                    continue;
                }
                Properties german = load(germanFile);
                for (String key : english.stringPropertyNames()) {
                    String en = english.getProperty(key);
                    if (en.equals(german.getProperty(key))) {
                        continue;
                    }
                    for (String piece : pieces(en)) {
                        if (piece.split(" ").length >= 2) {
                            found.add(piece);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }

    private static List<String> pieces(String pattern) {
        String text = pattern.replace("''", "'");
        // Nested placeholders ({0,choice,1#1 day|1<{0} days}) go from the inside out.
        Matcher m = PLACEHOLDER_OR_TAG.matcher(text);
        while (m.find()) {
            text = m.replaceAll("\u0000");
            m = PLACEHOLDER_OR_TAG.matcher(text);
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("\u0000")) {
            String clean = piece.replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                pieces.add(clean);
            }
        }
        return pieces;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
