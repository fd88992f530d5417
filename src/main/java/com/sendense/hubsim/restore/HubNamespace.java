package com.sendense.hubsim.restore;

import com.sendense.hubsim.files.layout.FakeHubHost;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsException;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.PathWalker;
import com.sendense.hubsim.files.model.RenamedDirectory;
import com.sendense.hubsim.files.model.Utf8Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A made-up hub host tree with the live mounts under {@code /mnt/sendense/restore/<id>/partition-<k>}: the hub's
 * path handling (including the {@code ..} escape out of a partition) runs against this, never the real disk.
 */
final class HubNamespace {

    static final String RESTORE_DIR = "/mnt/sendense/restore";

    private final MountTable table;
    private final PathWalker walker;

    HubNamespace(MountTable table, long seed, Instant hostInstalledBefore) {
        this.table = table;
        Directory root = FakeHubHost.root(seed, hostInstalledBefore, new RestoreDirectory(hostInstalledBefore));
        this.walker = new PathWalker(root, HubNamespace::mountPointOf);
    }

    /** {@code stat} (follow the last link) or {@code lstat} of a clean absolute host path. */
    PathWalker.Resolved resolve(String hostPath, boolean follow) throws FsException {
        return walker.resolve(hostPath, follow);
    }

    /** For rendering NTFS junctions as ntfs-3g does; "" outside partitions. */
    static String mountPointOf(String dirPath) {
        if (!dirPath.startsWith(RESTORE_DIR + "/")) {
            return "";
        }
        String[] parts = dirPath.substring(1).split("/");
        if (parts.length < 5 || !parts[4].startsWith("partition-")) {
            return "";
        }
        return "/" + String.join("/", parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** {@code /mnt/sendense/restore}: one directory per kernel mount, including leaked ones. */
    private final class RestoreDirectory implements Directory {

        private final Instant created;

        RestoreDirectory(Instant created) {
            this.created = created;
        }

        @Override
        public String name() {
            return "restore";
        }

        @Override
        public Instant modified() {
            return table.kernelMounts()
                    .stream()
                    .map(MountTable.LiveMount::createdAt)
                    .max(Instant::compareTo)
                    .orElse(created);
        }

        @Override
        public int mode() {
            return 0755;
        }

        @Override
        public long statSize() {
            return 4096;
        }

        @Override
        public List<Node> entries() {
            List<Node> list = new ArrayList<>();
            for (MountTable.LiveMount mount : table.kernelMounts()) {
                list.add(new MountDirectory(mount));
            }
            list.sort((a, b) -> Utf8Order.compare(a.name(), b.name()));
            return list;
        }

        @Override
        public Optional<Node> find(String name) {
            return table.kernelMount(name).map(MountDirectory::new);
        }
    }

    /** {@code /mnt/sendense/restore/<id>}: the {@code partition-<k>} mount points. */
    private record MountDirectory(MountTable.LiveMount mount) implements Directory {

        @Override
        public String name() {
            return mount.id();
        }

        @Override
        public Instant modified() {
            return mount.createdAt();
        }

        @Override
        public int mode() {
            return 0755;
        }

        @Override
        public long statSize() {
            return 4096;
        }

        @Override
        public List<Node> entries() {
            List<Node> list = new ArrayList<>();
            for (int k = 1; k <= mount.image().mounted().size(); k++) {
                list.add(new RenamedDirectory("partition-" + k, mount.image().partitionRoot(k)));
            }
            list.sort((a, b) -> Utf8Order.compare(a.name(), b.name()));
            return list;
        }
    }
}
