package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasketTest {

    final Folder folder = FolderTest.folder(file("/partition-1/x/a.txt", 100), file("/partition-1/x/b.txt", 200),
            dir("/partition-1/x/docs"), file("/partition-1/x/c.txt", 300), file("/partition-1/x/d.txt", 400));

    @Test
    void totals_count_file_bytes_across_folders_and_folders_separately() {
        Basket basket = new Basket();
        basket.toggle(file("/partition-1/x/a.txt", 100));
        basket.toggle(file("/partition-1/y/other.bin", 5000));
        basket.toggle(dir("/partition-1/x/docs"));

        assertThat(basket.size()).isEqualTo(3);
        assertThat(basket.fileBytes()).isEqualTo(5100);
        assertThat(basket.files()).isEqualTo(2);
        assertThat(basket.folders()).isEqualTo(1);

        basket.toggle(file("/partition-1/x/a.txt", 100));
        assertThat(basket.fileBytes()).isEqualTo(5000);
        assertThat(basket.contains(HubPath.of("/partition-1/x/a.txt"))).isFalse();
    }

    @Test
    void a_shift_click_range_adds_everything_between_in_screen_order() {
        Basket basket = new Basket();
        basket.addAll(folder.range(HubPath.of("/partition-1/x/b.txt"), HubPath.of("/partition-1/x/d.txt"), "",
                FolderSort.BY_NAME));

        assertThat(basket.items()).extracting(FileEntry::name).containsExactly("b.txt", "c.txt", "d.txt");
        assertThat(basket.fileBytes()).isEqualTo(900);
    }

    @Test
    void select_all_takes_the_filtered_folder_and_never_a_partition() {
        Basket basket = new Basket();
        basket.addAll(folder.matching("", FolderSort.BY_NAME));
        assertThat(basket.size()).isEqualTo(5);
        assertThat(basket.containsAll(folder.matching("", FolderSort.BY_NAME))).isTrue();

        basket.removeAll(folder.matching("txt", FolderSort.BY_NAME));
        assertThat(basket.items()).extracting(FileEntry::name).containsExactly("docs");

        basket.addAll(List.of(new FileEntry("Partition 1 (1.0 GB)", HubPath.of("/partition-1"), EntryType.DIRECTORY, 1,
                "0755", null, false, null)));
        assertThat(basket.size()).isEqualTo(1);
    }
}
