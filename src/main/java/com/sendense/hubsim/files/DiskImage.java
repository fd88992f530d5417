package com.sendense.hubsim.files;

import com.sendense.hubsim.files.layout.Layouts;
import com.sendense.hubsim.files.model.Content;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.Errno;
import com.sendense.hubsim.files.model.FsException;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.Partition;
import com.sendense.hubsim.files.model.PathWalker;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.restore.MountableDisk;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derived from the {@link MountableDisk} alone, so a test can re-create the exact bytes the simulator serves:
 * {@code DiskImage.of(disk).readAllBytes("/partition-2/Users/alice.morgan/Documents/Budget 2025.xlsx")}. In
 * {@code /partition-<k>}, {@code k} counts only the partitions the hub mounts. Here an absolute symlink resolves
 * against its partition's root; the HTTP API resolves it against the fake hub host, as the real hub does.
 */
public final class DiskImage {

    private static final int CACHE_SIZE = 32;
    private static final Map<MountableDisk, DiskImage> CACHE = new LinkedHashMap<>(16, 0.75f, true) {

        @Override
        protected boolean removeEldestEntry(Map.Entry<MountableDisk, DiskImage> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final MountableDisk disk;
    private final List<Partition> partitions;
    private final List<Partition> mounted;

    private DiskImage(MountableDisk disk) {
        this.disk = disk;
        this.partitions = Layouts.partitions(disk);
        this.mounted = partitions.stream().filter(Partition::mountable).toList();
    }

    /** Cached; building one is cheap anyway (trees are lazy). */
    public static DiskImage of(MountableDisk disk) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(disk, DiskImage::new);
        }
    }

    public MountableDisk disk() {
        return disk;
    }

    /** All partitions in lsblk order, including those the hub cannot mount. */
    public List<Partition> partitions() {
        return partitions;
    }

    /** The partitions the hub mounts; {@code /partition-<k>} is element {@code k - 1}. */
    public List<Partition> mounted() {
        return mounted;
    }

    /** lsblk's FSTYPE of the first mounted partition: the mount's {@code filesystem_type}. */
    public String filesystemType() {
        return mounted.isEmpty() ? "unknown" : mounted.getFirst().fsType();
    }

    public Directory partitionRoot(int k) {
        Partition p = mounted.get(k - 1);
        Directory root = p.root();
        if (root == null) {
            throw new IllegalStateException("Partition " + p.device() + " is not mountable");
        }
        return root;
    }

    /** The entry at {@code hubPath} without following a final link (like {@code lstat}). */
    public Node lstat(String hubPath) throws FsException {
        return resolve(hubPath, false);
    }

    /** The entry at {@code hubPath}, following links (like {@code stat}). */
    public Node stat(String hubPath) throws FsException {
        return resolve(hubPath, true);
    }

    public Content content(String hubPath) throws FsException {
        Node node = stat(hubPath);
        if (node instanceof RegularFile file) {
            return file.content();
        }
        throw new FsException(node instanceof Directory ? Errno.EISDIR : Errno.ENOENT);
    }

    public InputStream open(String hubPath) throws IOException {
        try {
            return content(hubPath).open();
        } catch (FsException e) {
            throw new IOException(hubPath + ": " + e.getMessage(), e);
        }
    }

    /** All bytes of the file at {@code hubPath}; refuses files over 256 MiB (stream those with {@link #open}). */
    public byte[] readAllBytes(String hubPath) throws IOException {
        try {
            Content content = content(hubPath);
            if (content.length() > 256L * 1024 * 1024) {
                throw new IOException(hubPath + " has " + content.length() + " bytes; use open() to stream it");
            }
            try (InputStream in = content.open()) {
                return in.readAllBytes();
            }
        } catch (FsException e) {
            throw new IOException(hubPath + ": " + e.getMessage(), e);
        }
    }

    private Node resolve(String hubPath, boolean follow) throws FsException {
        String rest = hubPath.startsWith("/") ? hubPath.substring(1) : hubPath;
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        if (!first.startsWith("partition-")) {
            throw new FsException(Errno.ENOENT);
        }
        int k;
        try {
            k = Integer.parseInt(first.substring("partition-".length()));
        } catch (NumberFormatException e) {
            throw new FsException(Errno.ENOENT);
        }
        if (k < 1 || k > mounted.size()) {
            throw new FsException(Errno.ENOENT);
        }
        PathWalker walker = new PathWalker(partitionRoot(k), dir -> "");
        return walker.resolve(slash < 0 ? "/" : rest.substring(slash), follow).node();
    }
}
