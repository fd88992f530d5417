package com.sendense.reliability;

import java.util.Locale;

/**
 * One run of one tagged test (one invocation of a parameterized test), as the report counts it.
 *
 * @param uniqueId JUnit's unique id, so that a later run of the same case replaces the earlier one
 */
public record ReliabilityCase(Suite suite, String kind, String testClass, String testName, String uniqueId,
        Result result) {

    /** The two suites of issue 11, in the order the page shows them. */
    public enum Suite {

        HUB_FAULT("Hub faults"), BAD_INPUT("Bad input");

        private final String title;

        Suite(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public enum Result {

        PASSED, FAILED, SKIPPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReliabilityCase {
        kind = oneLine(kind).toLowerCase(Locale.ROOT);
        testClass = oneLine(testClass);
        testName = oneLine(testName);
        uniqueId = oneLine(uniqueId);
    }

    /** A line of a part file: tab-separated, which {@link #oneLine} makes safe. */
    String toLine() {
        return String.join("\t", suite.name(), kind, testClass, testName, uniqueId, result.name());
    }

    static ReliabilityCase fromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("Not a reliability case line: " + line);
        }
        return new ReliabilityCase(Suite.valueOf(f[0]), f[1], f[2], f[3], f[4], Result.valueOf(f[5]));
    }

    // Display names of parameterized cases carry hostile inputs (tabs, newlines, NUL): keep them on
    // one line and visible, as escapes, so the page shows what was actually sent.
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append("\\u%04X".formatted(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }
}
