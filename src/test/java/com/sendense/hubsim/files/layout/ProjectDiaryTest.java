package com.sendense.hubsim.files.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.model.FsKind;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProjectDiaryTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Map<String, Node> projects(String capturedAt) {
        var scope = new Scope(new TreeContext(42, Instant.parse(capturedAt), FsKind.NTFS, LONDON),
                "/Users/alice/Documents/Projects");
        return ProjectDiary.entries(scope, "Alice Morgan")
                .stream()
                .collect(Collectors.toMap(Node::name, Function.identity()));
    }

    private static long size(Node n) {
        return ((RegularFile) n).size();
    }

    @Test
    void a_nightly_backup_a_day_later_has_one_stand_up_note_more_one_less_and_a_longer_progress_log() {
        Map<String, Node> monday = projects("2026-11-23T22:00:00Z");
        Map<String, Node> tuesday = projects("2026-11-24T22:00:00Z");

        assertThat(monday.keySet()).contains("Stand-up 2026-11-21.txt", "Stand-up 2026-11-23.txt")
                .doesNotContain("Stand-up 2026-11-24.txt");
        assertThat(tuesday.keySet()).contains("Stand-up 2026-11-24.txt").doesNotContain("Stand-up 2026-11-21.txt");
        assertThat(size(tuesday.get("Progress log.txt"))).isGreaterThan(size(monday.get("Progress log.txt")));
        assertThat(tuesday.get("Progress log.txt").modified()).isEqualTo(Instant.parse("2026-11-24T17:30:00Z"));
        for (String same : List.of("Requirements.docx", "Timeline.xlsx", "Old drafts", "Stand-up 2026-11-23.txt")) {
            assertThat(tuesday.get(same).modified()).as(same).isEqualTo(monday.get(same).modified());
        }
        assertThat(size(tuesday.get("Timeline.xlsx"))).isEqualTo(size(monday.get("Timeline.xlsx")));
    }

    @Test
    void nothing_is_newer_than_the_backup_and_the_log_moves_only_at_its_evening_line() {
        Map<String, Node> morning = projects("2026-11-24T08:00:00Z");
        Map<String, Node> noon = projects("2026-11-24T12:00:00Z");

        assertThat(morning.keySet()).doesNotContain("Stand-up 2026-11-24.txt");
        assertThat(morning.values()).allMatch(n -> n.modified().isBefore(Instant.parse("2026-11-24T08:00:00Z")));
        assertThat(noon.get("Progress log.txt").modified()).isEqualTo(morning.get("Progress log.txt").modified());
    }

    @Test
    void the_offer_with_an_awkward_windows_name_changes_with_the_log_and_the_long_name_stays() {
        Map<String, Node> monday = projects("2026-11-23T22:00:00Z");
        Map<String, Node> tuesday = projects("2026-11-24T22:00:00Z");

        assertThat(ProjectDiary.OFFER).doesNotContainPattern("[<>:\"/\\\\|?*]"); // NTFS forbids these
        assertThat(ProjectDiary.LONG_NAME).hasSize(120);
        assertThat(tuesday.get(ProjectDiary.OFFER).modified()).isEqualTo(Instant.parse("2026-11-24T17:30:00Z"))
                .isAfter(monday.get(ProjectDiary.OFFER).modified());
        assertThat(tuesday.get(ProjectDiary.LONG_NAME).modified())
                .isEqualTo(monday.get(ProjectDiary.LONG_NAME).modified());
    }
}
