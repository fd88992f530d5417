package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsKind;
import com.sendense.hubsim.files.model.Partition;
import com.sendense.hubsim.files.model.RenamedDirectory;
import com.sendense.hubsim.restore.MountableDisk;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What {@code lsblk} would list for a simulated disk, with each partition's file tree. */
public final class Layouts {

    private static final ZoneId VM_ZONE = ZoneId.of("Europe/London");
    private static final long MIB = 1024 * 1024;

    private Layouts() {}

    /** A missing or unreadable host directory is a partition that does not mount. */
    private static @Nullable Directory hostRoot(Path host) {
        try {
            return new RenamedDirectory("/", HostDirectory.of(host));
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** The partitions of {@code disk} in lsblk order. Trees are built lazily as they are browsed. */
    public static List<Partition> partitions(MountableDisk disk) {
        long seed = Prng.hash(disk.vmName() + "/" + disk.diskIndex() + "/" + disk.layout());
        TreeContext ntfs = new TreeContext(seed, disk.capturedAt(), FsKind.NTFS, VM_ZONE);
        Path host = disk.hostDirectory();
        if (host != null) {
            String label = host.getFileName() == null ? "" : host.getFileName().toString();
            return List.of(new Partition("p1", Math.max(1024 * MIB, disk.sizeBytes() - 2 * MIB), "ext4", label,
                    hostRoot(host)));
        }
        return switch (disk.layout()) {
            case WINDOWS_SYSTEM -> WindowsSystemLayout.partitions(ntfs, disk.sizeBytes());
            case WINDOWS_DATA -> WindowsDataLayout.partitions(ntfs, disk.sizeBytes());
            case LINUX_SYSTEM -> LinuxSystemLayout.partitions(ntfs, disk.sizeBytes(), disk.vmName());
            case LINUX_DATA -> LinuxDataLayout.partitions(ntfs, disk.sizeBytes());
            // an LVM physical volume behind a BIOS boot partition: nothing the hub can mount
            case LINUX_LVM_ONLY -> List.of(new Partition("p1", MIB, "", "", null),
                    new Partition("p2", Math.max(MIB, disk.sizeBytes() - 2 * MIB), "LVM2_member", "", null));
        };
    }
}
