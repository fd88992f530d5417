package com.sendense.reliability;

import com.sendense.reliability.ReliabilityCase.Result;
import com.sendense.reliability.ReliabilityCase.Suite;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders {@code reliability.md} from the cases of every test JVM of a build. Pure: no files, no clock. */
public final class ReliabilityReport {

    static final String COMMAND = "bin/reliability-report";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReliabilityReport() {}

    public static String render(Collection<ReliabilityCase> cases, Instant generatedAt) {
        List<ReliabilityCase> sorted = cases.stream()
                .sorted(Comparator.comparing(ReliabilityCase::suite)
                        .thenComparing(ReliabilityCase::kind)
                        .thenComparing(ReliabilityCase::testClass)
                        .thenComparing(ReliabilityCase::testName))
                .toList();
        StringBuilder md = new StringBuilder();
        md.append("# Reliability: hub faults and bad input\n\n")
                .append("Generated from the test run of ")
                .append(WHEN.format(generatedAt))
                .append(" by `")
                .append(COMMAND)
                .append("` (it runs `./mvnw verify` and copies ")
                .append("`target/reliability.md` here). Do not edit by hand: run the command again.\n\n")
                .append("Each case is a test tagged `@HubFault(\"kind\")` or `@BadInput(\"kind\")` ")
                .append("(package `com.sendense.reliability` in the test sources); a parameterized test counts once per ")
                .append("invocation. A hub-fault case asserts that the console does not crash, shows no stack trace, ")
                .append("says what happened and what to do next, recovers when the hub comes back, and neither loses ")
                .append("nor duplicates anything.\n\n");

        md.append("## Totals\n\n");
        header(md, "Suite");
        for (Suite suite : Suite.values()) {
            row(md, suite.title(), sorted.stream().filter(c -> c.suite() == suite).toList());
        }
        row(md, "**All**", sorted);

        for (Suite suite : Suite.values()) {
            List<ReliabilityCase> ofSuite = sorted.stream().filter(c -> c.suite() == suite).toList();
            md.append("\n## ").append(suite.title()).append(" by kind\n\n");
            if (ofSuite.isEmpty()) {
                md.append("No case ran in this build.\n");
                continue;
            }
            header(md, "Kind");
            Map<String, List<ReliabilityCase>> byKind = new TreeMap<>();
            ofSuite.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new java.util.ArrayList<>()).add(c));
            byKind.forEach((kind, ofKind) -> row(md, cell(kind), ofKind));
        }

        md.append("\n## Cases\n");
        for (Suite suite : Suite.values()) {
            List<ReliabilityCase> ofSuite = sorted.stream().filter(c -> c.suite() == suite).toList();
            if (ofSuite.isEmpty()) {
                continue;
            }
            md.append("\n### ")
                    .append(suite.title())
                    .append("\n\n| Kind | Test | Case | Result |\n|---|---|---|---|\n");
            for (ReliabilityCase c : ofSuite) {
                md.append("| ")
                        .append(cell(c.kind()))
                        .append(" | ")
                        .append(cell(simpleName(c.testClass())))
                        .append(" | ")
                        .append(cell(c.testName()))
                        .append(" | ")
                        .append(c.result() == Result.PASSED ? "passed" : "**" + c.result().label() + "**")
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static void header(StringBuilder md, String first) {
        md.append("| ").append(first).append(" | Cases | Passed | Failed | Skipped |\n|---|---:|---:|---:|---:|\n");
    }

    private static void row(StringBuilder md, String label, List<ReliabilityCase> cases) {
        md.append("| ")
                .append(label)
                .append(" | ")
                .append(cases.size())
                .append(" | ")
                .append(count(cases, Result.PASSED))
                .append(" | ")
                .append(count(cases, Result.FAILED))
                .append(" | ")
                .append(count(cases, Result.SKIPPED))
                .append(" |\n");
    }

    private static long count(List<ReliabilityCase> cases, Result result) {
        return cases.stream().filter(c -> c.result() == result).count();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    // Test names carry the hostile inputs themselves (markup, pipes, backticks): a table cell must
    // show them as text, not let them end the cell or become HTML.
    static String cell(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|")
                .replace("`", "\\`")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[");
    }
}
