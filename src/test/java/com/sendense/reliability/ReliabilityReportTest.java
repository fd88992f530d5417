package com.sendense.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.reliability.ReliabilityCase.Result;
import com.sendense.reliability.ReliabilityCase.Suite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.MethodSource;

class ReliabilityReportTest {

    private static final Instant RUN = Instant.parse("2026-12-06T03:40:00Z");

    private static ReliabilityCase fault(String kind, String name, Result result) {
        return new ReliabilityCase(Suite.HUB_FAULT, kind, "com.example.FaultTest", name, "id:" + kind + name, result);
    }

    private static ReliabilityCase bad(String kind, String name, Result result) {
        return new ReliabilityCase(Suite.BAD_INPUT, kind, "com.example.BadTest", name, "id:" + kind + name, result);
    }

    @Test
    void the_page_counts_each_kind_and_each_suite_by_result() {
        String page = ReliabilityReport.render(List.of(fault("hub down", "a", Result.PASSED),
                fault("hub down", "b", Result.FAILED), fault("truncated json", "c", Result.PASSED),
                bad("path traversal", "d", Result.PASSED), bad("path traversal", "e", Result.SKIPPED)), RUN);

        assertThat(page).contains("| hub down | 2 | 1 | 1 | 0 |")
                .contains("| truncated json | 1 | 1 | 0 | 0 |")
                .contains("| path traversal | 2 | 1 | 0 | 1 |")
                .contains("| Hub faults | 3 | 2 | 1 | 0 |")
                .contains("| Bad input | 2 | 1 | 0 | 1 |")
                .contains("| **All** | 5 | 3 | 1 | 1 |");
    }

    @Test
    void the_page_says_it_is_generated_when_and_by_which_command() {
        String page = ReliabilityReport.render(List.of(fault("hub down", "a", Result.PASSED)), RUN);

        assertThat(page).contains("Generated from the test run of 2026-12-06 03:40 UTC by `bin/reliability-report`")
                .contains("Do not edit by hand");
    }

    @Test
    void every_case_is_listed_and_a_failure_stands_out() {
        String page = ReliabilityReport.render(
                List.of(fault("hub down", "list_vms", Result.FAILED), bad("csv formula", "cell", Result.PASSED)), RUN);

        assertThat(page).contains("| hub down | FaultTest | list\\_vms | **failed** |")
                .contains("| csv formula | BadTest | cell | passed |");
    }

    @Test
    void a_suite_without_cases_says_so_rather_than_showing_an_empty_table() {
        String page = ReliabilityReport.render(List.of(fault("hub down", "a", Result.PASSED)), RUN);

        assertThat(page).contains("## Bad input by kind\n\nNo case ran in this build.");
    }

    @Test
    void hostile_test_names_stay_text_inside_their_table_cell() {
        String page = ReliabilityReport.render(
                List.of(bad("markup", "[1] <img src=x onerror=alert(1)> | `x` \n second line", Result.PASSED)), RUN);

        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt; \\| \\`x\\` \\u000A second line | passed |")
                .doesNotContain("<img");
    }

    @Test
    void parts_of_several_test_jvms_are_merged_and_a_case_run_again_keeps_its_latest_result(@TempDir Path dir)
            throws Exception {
        ReliabilityListener.writePart(dir.resolve("part-100-1.tsv"),
                List.of(fault("hub down", "a", Result.FAILED), fault("hub down", "b", Result.PASSED)));
        ReliabilityListener.writePart(dir.resolve("part-200-2.tsv"), List.of(fault("hub down", "a", Result.PASSED)));
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        assertThat(ReliabilityListener.readParts(dir)).extracting(ReliabilityCase::testName, ReliabilityCase::result)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", Result.PASSED),
                        org.assertj.core.groups.Tuple.tuple("b", Result.PASSED));
    }

    @Test
    void a_tag_on_the_method_wins_over_one_on_its_class_and_untagged_tests_are_not_counted() throws Exception {
        assertThat(ReliabilityListener.tag(MethodSource.from(Tagged.class.getDeclaredMethod("own")))).get()
                .isEqualTo(new ReliabilityListener.Tag(Suite.BAD_INPUT, "path traversal"));
        assertThat(ReliabilityListener.tag(MethodSource.from(Tagged.class.getDeclaredMethod("inherited")))).get()
                .isEqualTo(new ReliabilityListener.Tag(Suite.HUB_FAULT, "hub down"));
        assertThat(ReliabilityListener.tag(MethodSource.from(ReliabilityReportTest.class
                .getDeclaredMethod("a_suite_without_cases_says_so_rather_than_showing_an_empty_table")))).isEmpty();
    }

    @HubFault("hub down")
    static class Tagged {

        @BadInput("path traversal")
        void own() {}

        void inherited() {}
    }
}
