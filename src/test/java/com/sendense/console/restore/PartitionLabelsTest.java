package com.sendense.console.restore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionLabelsTest {

    @Test
    void lsblk_escapes_become_readable_labels() {
        assertThat(PartitionLabels.label("Partition 1 - System\\x20Reserved (500.0 MB)"))
                .isEqualTo("System Reserved (partition 1, 500.0 MB)");
    }

    @Test
    void a_partition_without_label_keeps_its_number_and_size() {
        assertThat(PartitionLabels.label("Partition 2 (101.4 GB)")).isEqualTo("Partition 2 (101.4 GB)");
    }

    @Test
    void multi_byte_escapes_decode_as_utf8() {
        assertThat(PartitionLabels.unescape("Donn\\xc3\\xa9es\\x20RH")).isEqualTo("Données RH");
    }

    @Test
    void names_without_escapes_are_left_alone() {
        assertThat(PartitionLabels.label("Users")).isEqualTo("Users");
        assertThat(PartitionLabels.unescape("a\\b")).isEqualTo("a\\b");
    }

    @Test
    void a_label_can_name_its_drive_letter() {
        assertThat(PartitionLabels.driveLetter("Partition 1 - Data\\x20(D:) (200.0 GB)")).contains('D');
        assertThat(PartitionLabels.driveLetter("Partition 2 - e: (200.0 GB)")).contains('E');
        assertThat(PartitionLabels.driveLetter("Partition 2 - F (200.0 GB)")).contains('F');
        assertThat(PartitionLabels.driveLetter("Partition 2 - Data (200.0 GB)")).isEmpty();
        assertThat(PartitionLabels.driveLetter("Partition 2 (200.0 GB)")).isEmpty();
        assertThat(PartitionLabels.driveLetter("Users")).isEmpty();
    }

    @Test
    void boot_recovery_and_small_partitions_get_no_drive_letter() {
        assertThat(PartitionLabels.mayHaveDriveLetter("Partition 1 - System\\x20Reserved (500.0 MB)")).isFalse();
        assertThat(PartitionLabels.mayHaveDriveLetter("Partition 3 - Recovery (1.2 GB)")).isFalse();
        assertThat(PartitionLabels.mayHaveDriveLetter("Partition 1 - EFI (100.0 MB)")).isFalse();
        assertThat(PartitionLabels.mayHaveDriveLetter("Partition 2 (101.4 GB)")).isTrue();
        assertThat(PartitionLabels.mayHaveDriveLetter("Partition 1 - Daten (2.0 TB)")).isTrue();
    }
}
