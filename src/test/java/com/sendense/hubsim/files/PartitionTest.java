package com.sendense.hubsim.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.model.Partition;
import org.junit.jupiter.api.Test;

class PartitionTest {

    @Test
    void the_hub_stores_lsblks_rounded_size_and_formats_it_1024_based() {
        Partition c = new Partition("p2", 108_870_080_922L, "ntfs", "", null);
        Partition reserved = new Partition("p1", 500L << 20, "ntfs", "System Reserved", null);

        assertThat(c.lsblkSize()).isEqualTo("101.4G");
        assertThat(c.reportedSize()).isEqualTo(108_877_420_953L);
        assertThat(c.folderName(2)).isEqualTo("Partition 2 (101.4 GB)");
        assertThat(reserved.lsblkSize()).isEqualTo("500M");
        assertThat(reserved.folderName(1)).isEqualTo("Partition 1 - System\\x20Reserved (500.0 MB)");
    }

    @Test
    void labels_are_escaped_like_lsblk_raw_output() {
        assertThat(new Partition("p1", 1L << 30, "ntfs", "Données 2", null).escapedLabel())
                .isEqualTo("Donn\\xc3\\xa9es\\x202");
        assertThat(new Partition("p1", 1L << 30, "ntfs", "a\\b", null).escapedLabel()).isEqualTo("a\\x5cb");
    }

    @Test
    void partitions_under_a_mebibyte_or_without_a_file_system_are_not_mounted() {
        assertThat(new Partition("p14", 4L << 20, "", "", null).mountable()).isFalse();
        assertThat(
                new Partition("p1", 512L << 10, "vfat", "",
                        new com.sendense.hubsim.files.model.LazyDirectory("/", TestDisks.CAPTURED, 0755,
                                com.sendense.hubsim.files.model.FsKind.VFAT, java.util.List::of))
                        .mountable())
                .isFalse();
        assertThat(new Partition("p1", 4L << 20, "", "", null).lsblkSize()).isEqualTo("4M");
        assertThat(new Partition("p1", 1023, "", "", null).lsblkSize()).isEqualTo("1023B");
    }
}
