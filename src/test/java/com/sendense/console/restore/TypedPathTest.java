package com.sendense.console.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.reliability.BadInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedPathTest {

    static final List<FileEntry> WINDOWS_DATA_DISK = List.of(partition(1, "Partition 1 (100.0 GB)"));
    static final List<FileEntry> WINDOWS_SYSTEM_DISK = List.of(
            partition(1, "Partition 1 - System\\x20Reserved (500.0 MB)"), partition(2, "Partition 2 (101.4 GB)"),
            partition(3, "Partition 3 - Recovery (612.0 MB)"));
    static final List<FileEntry> TWO_DATA_PARTITIONS = List.of(partition(1, "Partition 1 - Data (200.0 GB)"),
            partition(2, "Partition 2 - Archive (300.0 GB)"));
    static final List<FileEntry> LABELLED = List.of(partition(1, "Partition 1 - Data\\x20(D:) (200.0 GB)"),
            partition(2, "Partition 2 - E (300.0 GB)"));
    static final HubPath IN_SHARES = HubPath.of("/partition-1/Shares");

    static FileEntry partition(int k, String name) {
        return new FileEntry(name, HubPath.of("/partition-" + k), EntryType.DIRECTORY, 1L << 30, "0755", null, false,
                null);
    }

    static List<String> candidates(String typed, List<FileEntry> partitions, HubPath current) {
        return TypedPath.candidates(typed, partitions, current).stream().map(HubPath::value).toList();
    }

    @Test
    void the_hubs_own_form_is_tried_first() {
        assertThat(candidates("/partition-1/Shares/Finance", WINDOWS_DATA_DISK, IN_SHARES).getFirst())
                .isEqualTo("/partition-1/Shares/Finance");
        assertThat(candidates("/Partition-1/Shares", WINDOWS_DATA_DISK, HubPath.root()).getFirst())
                .isEqualTo("/partition-1/Shares");
    }

    @Test
    void the_hubs_display_name_of_a_partition_is_its_folder() {
        assertThat(candidates("/Partition 2 (101.4 GB)/Windows", WINDOWS_SYSTEM_DISK, HubPath.root()))
                .containsExactly("/partition-2/Windows");
    }

    @Test
    void a_path_from_the_partitions_root_is_under_the_open_partition() {
        assertThat(candidates("/Shares/Finance", WINDOWS_DATA_DISK, IN_SHARES))
                .containsExactly("/partition-1/Shares/Finance");
    }

    @Test
    void a_relative_path_is_tried_in_the_open_folder_then_from_the_partitions_root() {
        assertThat(candidates("Shares/Finance", WINDOWS_DATA_DISK, IN_SHARES))
                .containsExactly("/partition-1/Shares/Shares/Finance", "/partition-1/Shares/Finance");
        assertThat(candidates("Finance", WINDOWS_DATA_DISK, IN_SHARES)).containsExactly("/partition-1/Shares/Finance",
                "/partition-1/Finance");
    }

    @Test
    void at_the_partition_list_a_path_is_tried_in_every_partition() {
        assertThat(candidates("/Users", WINDOWS_SYSTEM_DISK, HubPath.root())).containsExactly("/partition-1/Users",
                "/partition-2/Users", "/partition-3/Users");
    }

    @Test
    void backslashes_and_trailing_slashes_are_windows_separators() {
        assertThat(candidates("\\Shares\\Finance\\", WINDOWS_DATA_DISK, IN_SHARES))
                .containsExactly("/partition-1/Shares/Finance");
        assertThat(candidates("/Shares//Finance///", WINDOWS_DATA_DISK, IN_SHARES))
                .containsExactly("/partition-1/Shares/Finance");
    }

    @Test
    void a_drive_letter_means_the_only_partition_that_can_have_one() {
        assertThat(candidates("D:\\Shares\\Finance", WINDOWS_DATA_DISK, HubPath.root()))
                .containsExactly("/partition-1/Shares/Finance");
        assertThat(candidates("d:/Shares", WINDOWS_DATA_DISK, HubPath.root())).containsExactly("/partition-1/Shares");
        assertThat(candidates("C:\\Users\\alice", WINDOWS_SYSTEM_DISK, HubPath.root()))
                .as("System Reserved and Recovery get no letter")
                .containsExactly("/partition-2/Users/alice");
        assertThat(candidates("D:", WINDOWS_DATA_DISK, HubPath.root())).containsExactly("/partition-1");
    }

    @Test
    void a_label_that_names_its_drive_decides() {
        assertThat(candidates("D:\\Shares", LABELLED, HubPath.root())).containsExactly("/partition-1/Shares");
        assertThat(candidates("e:\\Old", LABELLED, HubPath.root())).containsExactly("/partition-2/Old");
    }

    @Test
    void a_drive_letter_that_cannot_be_told_is_refused_with_what_to_type_instead() {
        assertThatThrownBy(() -> TypedPath.candidates("D:\\Shares", TWO_DATA_PARTITIONS, IN_SHARES))
                .isInstanceOfSatisfying(TypedPathException.class, e -> {
                    assertThat(e.text().key()).isEqualTo("browser.path.driveUnknown");
                    assertThat(e.text().args()).containsExactly("D:", "/partition-1");
                });
        assertThatThrownBy(() -> TypedPath.candidates("F:\\x", LABELLED, IN_SHARES))
                .isInstanceOf(TypedPathException.class);
    }

    @Test
    void dot_segments_are_resolved_before_the_hub_sees_them() {
        assertThat(candidates("/partition-1/Shares/./Finance/../Scans", WINDOWS_DATA_DISK, HubPath.root()))
                .containsExactly("/partition-1/Shares/Scans");
        assertThat(candidates("..\\Users", WINDOWS_SYSTEM_DISK, HubPath.of("/partition-2/Windows")))
                .containsExactly("/partition-2/Users");
        assertThat(candidates("/partition-1/..", WINDOWS_DATA_DISK, IN_SHARES)).as("the mount's root").startsWith("/");
        assertThat(candidates(".", WINDOWS_DATA_DISK, IN_SHARES)).containsExactly("/partition-1/Shares",
                "/partition-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../etc", "../../etc", "/partition-1/../../etc", "D:\\..\\..\\etc",
            "/Shares/../../../../etc/passwd", "..\\..\\..\\..\\Windows"})
    @BadInput("path traversal")
    void no_path_climbs_above_the_mount(String typed) {
        assertThatThrownBy(() -> TypedPath.candidates(typed, WINDOWS_DATA_DISK, IN_SHARES)).isInstanceOfSatisfying(
                TypedPathException.class, e -> assertThat(e.text().key()).isEqualTo("browser.path.aboveRoot"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Shares\u0000/../../etc", "/Shares\n/Finance", "Finance\u007f"})
    @BadInput("control characters in a path")
    void control_characters_and_nul_are_refused(String typed) {
        assertThatThrownBy(() -> TypedPath.candidates(typed, WINDOWS_DATA_DISK, IN_SHARES)).isInstanceOfSatisfying(
                TypedPathException.class, e -> assertThat(e.text().key()).isEqualTo("browser.path.control"));
    }

    @Test
    @BadInput("very long path")
    void a_very_long_path_is_refused_before_any_work() {
        String typed = "/Shares/" + "a".repeat(TypedPath.MAX_LENGTH);

        assertThatThrownBy(() -> TypedPath.candidates(typed, WINDOWS_DATA_DISK, IN_SHARES)).isInstanceOfSatisfying(
                TypedPathException.class, e -> assertThat(e.text().key()).isEqualTo("browser.path.tooLong"));
    }

    @Test
    @BadInput("unicode and long names")
    void spaces_umlauts_and_markup_stay_part_of_the_name() {
        assertThat(candidates("  /Shares/" + HostileNames.MARKUP + "/Jahresabschluss März  ", WINDOWS_DATA_DISK,
                IN_SHARES)).containsExactly("/partition-1/Shares/" + HostileNames.MARKUP + "/Jahresabschluss März");
        assertThat(candidates("/Shares/" + HostileNames.LONG, WINDOWS_DATA_DISK, IN_SHARES))
                .containsExactly("/partition-1/Shares/" + HostileNames.LONG);
    }

    @Test
    @BadInput("unicode and long names")
    void a_decomposed_umlaut_is_also_tried_composed() {
        assertThat(candidates("/Gr\u0075\u0308\u00dfe", WINDOWS_DATA_DISK, IN_SHARES))
                .containsExactly("/partition-1/Gr\u0075\u0308\u00dfe", "/partition-1/Gr\u00fc\u00dfe");
    }

    @Test
    void explorers_copy_as_path_quotes_are_dropped() {
        assertThat(candidates("\"D:\\Shares\\Finance\"", WINDOWS_DATA_DISK, IN_SHARES))
                .containsExactly("/partition-1/Shares/Finance");
    }

    @Test
    void an_empty_path_stays_where_it_is() {
        assertThat(candidates("   ", WINDOWS_DATA_DISK, IN_SHARES)).containsExactly("/partition-1/Shares");
        assertThat(candidates("/", WINDOWS_DATA_DISK, HubPath.root())).containsExactly("/partition-1");
    }
}
