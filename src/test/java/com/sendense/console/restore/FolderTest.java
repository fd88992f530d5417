package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FolderTest {

    static final BrowseMount MOUNT = new BrowseMount(new MountId("m1"), "web-01", "backup-web-01-1", 0, null);

    static Folder folder(FileEntry... entries) {
        return new Folder(MOUNT, HubPath.of("/partition-1/x"), List.of(entries));
    }

    static List<String> names(Folder f, String filter, FolderSort sort) {
        return f.fetch(filter, sort, 0, 100).map(FileEntry::name).toList();
    }

    // The hub's byte order: upper case first, folders mixed in.
    final Folder mixed = folder(file("/partition-1/x/B.txt", 30), dir("/partition-1/x/Zeta"),
            file("/partition-1/x/a.pdf", 10), dir("/partition-1/x/alpha"), file("/partition-1/x/c.docx", 20));

    @Test
    void folders_come_first_then_names_ignoring_case() {
        assertThat(names(mixed, "", FolderSort.BY_NAME)).containsExactly("alpha", "Zeta", "a.pdf", "B.txt", "c.docx");
    }

    @Test
    void folders_stay_first_when_sorting_descending_or_by_size() {
        assertThat(names(mixed, "", new FolderSort(FolderSort.Column.NAME, true))).containsExactly("Zeta", "alpha",
                "c.docx", "B.txt", "a.pdf");
        assertThat(names(mixed, "", new FolderSort(FolderSort.Column.SIZE, true))).containsExactly("Zeta", "alpha",
                "B.txt", "c.docx", "a.pdf");
        assertThat(names(mixed, "", new FolderSort(FolderSort.Column.TYPE, false))).containsExactly("alpha", "Zeta",
                "a.pdf", "B.txt", "c.docx");
    }

    @Test
    void the_type_column_sorts_by_the_type_names_the_reader_sees() {
        Folder files = folder(file("/partition-1/x/a.bak", 1), file("/partition-1/x/server.log", 2),
                file("/partition-1/x/setup.exe", 3));

        // Application, Backup file, Log file
        assertThat(names(files, "", new FolderSort(FolderSort.Column.TYPE, false, Locale.ENGLISH)))
                .containsExactly("setup.exe", "a.bak", "server.log");
        // Anwendung, Protokolldatei, Sicherungsdatei
        assertThat(names(files, "", new FolderSort(FolderSort.Column.TYPE, false, Locale.GERMAN)))
                .containsExactly("setup.exe", "server.log", "a.bak");
    }

    @Test
    void the_filter_matches_part_of_the_name_ignoring_case() {
        assertThat(mixed.count("A")).isEqualTo(3);
        assertThat(names(mixed, "A", FolderSort.BY_NAME)).containsExactly("alpha", "Zeta", "a.pdf");
    }

    @Test
    void a_shift_click_range_follows_the_order_on_screen_in_either_direction() {
        List<String> range = mixed
                .range(HubPath.of("/partition-1/x/c.docx"), HubPath.of("/partition-1/x/Zeta"), "", FolderSort.BY_NAME)
                .stream()
                .map(FileEntry::name)
                .toList();
        assertThat(range).containsExactly("Zeta", "a.pdf", "B.txt", "c.docx");
        List<String> filtered = mixed
                .range(HubPath.of("/partition-1/x/alpha"), HubPath.of("/partition-1/x/a.pdf"), "a", FolderSort.BY_NAME)
                .stream()
                .map(FileEntry::name)
                .toList();
        assertThat(filtered).containsExactly("alpha", "Zeta", "a.pdf");
    }

    @Test
    void a_hundred_thousand_entries_are_served_page_by_page() {
        List<FileEntry> entries = new ArrayList<>();
        for (int i = 99_999; i >= 0; i--) {
            entries.add(file("/partition-1/Scans/scan_%06d.pdf".formatted(i), 1000 + i));
        }
        Folder big = new Folder(MOUNT, HubPath.of("/partition-1/Scans"), entries);

        assertThat(big.count("")).isEqualTo(100_000);
        assertThat(big.fetch("", FolderSort.BY_NAME, 0, 50).toList()).hasSize(50)
                .first()
                .extracting(FileEntry::name)
                .isEqualTo("scan_000000.pdf");
        assertThat(big.fetch("", FolderSort.BY_NAME, 99_990, 50).toList()).hasSize(10)
                .last()
                .extracting(FileEntry::name)
                .isEqualTo("scan_099999.pdf");
        assertThat(big.count("scan_09999")).isEqualTo(10);
    }

    @Test
    void the_largest_partition_is_opened_first() {
        Folder root = new Folder(MOUNT, HubPath.root(), List.of(
                new FileEntry("Partition 1 - System\\x20Reserved (500.0 MB)", HubPath.of("/partition-1"),
                        com.sendense.console.hub.EntryType.DIRECTORY, 524_288_000L, "0755", null, false, null),
                new FileEntry("Partition 2 (101.4 GB)", HubPath.of("/partition-2"),
                        com.sendense.console.hub.EntryType.DIRECTORY, 108_876_496_896L, "0755", null, false, null)));

        assertThat(root.largestPartition()).get().extracting(FileEntry::path).isEqualTo(HubPath.of("/partition-2"));
        assertThat(Folder.displayName(root.entries().getFirst())).isEqualTo("System Reserved (partition 1, 500.0 MB)");
        assertThat(FileTypes.describe(root.entries().getFirst())).isEqualTo("Partition");
    }
}
