package com.sendense.console.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when a view builds user-facing text from a literal instead of a bundle key: a string literal with a
 * letter in it handed to a component's constructor or to a text setter ({@code new Span("Done")}, {@code
 * setLabel("Name")}, {@code Notification.show("…")}, {@code @PageTitle("…")}). It reads the sources of every
 * UI package ({@code ..ui..} and {@code shell}).
 *
 * <p>A line may keep a literal that is not language (a product name, a file extension) with the comment
 * {@code // i18n: not text} and a reason. Files not yet translated are listed in {@code
 * i18n/literal-baseline.txt}; the list may only shrink: a listed file without literals fails too, so that
 * it is taken off the list.
 */
class LiteralTextCheckTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static final String COMPONENTS = "Span|Button|H[1-6]|Paragraph|Div|Anchor|NativeLabel|Text|Checkbox"
            + "|TextField|PasswordField|EmailField|IntegerField|NumberField|BigDecimalField|TextArea|ComboBox"
            + "|MultiSelectComboBox|Select|DatePicker|DateTimePicker|TimePicker|Details|Tab|RadioButtonGroup"
            + "|CheckboxGroup|Emphasis|Strong|ListItem|Notification|ConfirmDialog|RouterLink|SideNavItem|Upload"
            + "|MenuItem|Pre|Code|Section|Header|Footer|Label|Nav|Main|Article|Aside|Image|Avatar";

    private static final String SETTERS = "setText|setLabel|setPlaceholder|setHelperText|setHeaderTitle|setHeader"
            + "|setFooter|setTitle|setAriaLabel|setTooltipText|setErrorMessage|setConfirmText|setCancelText"
            + "|setRejectText|addItem|show|setSummaryText|setPageTitle|setEmptyStateText|setAlt|add|addTab"
            + "|setNoMatchesText|setItemLabelGenerator|setValue|error|success|info|warning|notice|setSuffixText"
            + "|setPrefixText|setContent|withTitle|setDescription";

    private static final Pattern LITERAL_TEXT = Pattern.compile("(?:new\\s+(?:" + COMPONENTS + ")\\s*\\(|\\.(?:"
            + SETTERS + ")\\s*\\(|@PageTitle\\s*\\()\\s*(?:[^\"()]*,\\s*)?\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    private static final String ALLOWED_MARK = "// i18n: not text";

    @Test
    void views_take_their_texts_from_bundles() throws IOException {
        Set<String> baseline = baseline();
        List<String> literals = new ArrayList<>();
        Set<String> baselineFilesWithoutLiterals = new TreeSet<>(baseline);
        for (Path file : uiSources()) {
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            List<String> found = literalsIn(file);
            if (!found.isEmpty()) {
                baselineFilesWithoutLiterals.remove(name);
                if (!baseline.contains(name)) {
                    found.forEach(line -> literals.add(name + ": " + line));
                }
            }
        }
        assertThat(literals).as("user-facing literals; use getTranslation(key) and a bundle in src/main/resources/i18n")
                .isEmpty();
        assertThat(baselineFilesWithoutLiterals)
                .as("translated files still listed in src/test/resources/i18n/literal-baseline.txt: take them off")
                .isEmpty();
    }

    @Test
    void the_check_sees_the_usual_ways_of_writing_a_literal() {
        assertThat(matches("add(new Span(\"Backups\"));")).isTrue();
        assertThat(matches("button.setTooltipText(\"Start a backup\");")).isTrue();
        assertThat(matches("Notification.show(\"Saved\", 3000, Position.BOTTOM_END);")).isTrue();
        assertThat(matches("grid.addColumn(Vm::name).setHeader(\"Name\");")).isTrue();
        assertThat(matches("@PageTitle(\"Dashboard\")")).isTrue();
        assertThat(matches("new Button(VaadinIcon.PLAY.create(), \"Start\")")).isFalse();
        assertThat(matches("var b = new Button(\"Start\", e -> start());")).isTrue();
        assertThat(matches("span.addClassName(\"status-badge\");")).isFalse();
        assertThat(matches("new Span(getTranslation(\"vms.title\"))")).isFalse();
        assertThat(matches("new Span(\"·\")")).isFalse();
        assertThat(matches("new Span(\"GB\") " + ALLOWED_MARK + ": a unit")).isFalse();
    }

    private static boolean matches(String line) {
        return !literalsInLine(line).isEmpty();
    }

    private static List<String> literalsIn(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!literalsInLine(line).isEmpty()) {
                found.add(line.strip());
            }
        }
        return found;
    }

    private static List<String> literalsInLine(String line) {
        List<String> found = new ArrayList<>();
        String trimmed = line.strip();
        if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")
                || line.contains(ALLOWED_MARK)) {
            return found;
        }
        Matcher m = LITERAL_TEXT.matcher(line);
        while (m.find()) {
            if (LETTERS.matcher(m.group(1)).find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static List<Path> uiSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                String s = p.toString().replace('\\', '/');
                return s.contains("/com/sendense/console/") && (s.contains("/ui/") || s.contains("/shell/"));
            }).sorted().toList();
        }
    }

    private static Set<String> baseline() throws IOException {
        Set<String> files = new TreeSet<>();
        try (InputStream in = LiteralTextCheckTest.class.getResourceAsStream("/i18n/literal-baseline.txt")) {
            if (in == null) {
                return files;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    files.add(line.strip());
                }
            }
        }
        return files;
    }
}
