package com.sendense.hubsim.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.Partition;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.files.model.SequenceDirectory;
import com.sendense.hubsim.files.model.Utf8Order;
import com.sendense.hubsim.restore.MountableDisk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiskImageTest {

    static Stream<MountableDisk> disks() {
        return Stream.of(TestDisks.windowsSystem(), TestDisks.windowsData(), TestDisks.linuxSystem(),
                TestDisks.linuxData());
    }

    @ParameterizedTest
    @MethodSource("disks")
    void every_tree_is_sorted_unique_and_older_than_the_backup(MountableDisk disk) {
        DiskImage image = DiskImage.of(disk);
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        for (Partition p : image.mounted()) {
            walk(p.root(), "/" + p.device(), disk, problems, count);
        }
        assertThat(problems).isEmpty();
        assertThat(count[0]).isGreaterThan(50);
    }

    private static void walk(Directory dir, String path, MountableDisk disk, List<String> problems, int[] count) {
        List<Node> entries = dir.entries();
        if (dir instanceof SequenceDirectory) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Node node = entries.get(i);
            count[0]++;
            String p = path + "/" + node.name();
            if (i > 0 && Utf8Order.compare(entries.get(i - 1).name(), node.name()) >= 0) {
                problems.add("not sorted/unique: " + p);
            }
            if (node.modified().isAfter(disk.capturedAt())) {
                problems.add("newer than backup: " + p);
            }
            if (node instanceof RegularFile f && f.size() < 0) {
                problems.add("negative size: " + p);
            }
            if (node instanceof Directory d) {
                walk(d, p, disk, problems, count);
            }
        }
    }
}
