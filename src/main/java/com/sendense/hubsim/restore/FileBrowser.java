package com.sendense.hubsim.restore;

import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.Errno;
import com.sendense.hubsim.files.model.FsException;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.Partition;
import com.sendense.hubsim.files.model.PathWalker;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoTime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code restore/file_browser.go}: listing (with the hub's path branches and quirks) and
 * file-info. Listings are streamed, so a folder of 100,000 entries never sits in memory.
 */
final class FileBrowser {

    /** A recursive listing stops here; the real hub has no limit but would run out of time or memory. */
    static final int MAX_RECURSIVE_ENTRIES = 250_000;

    private static final Pattern DISPLAY_NAME = Pattern.compile("^/Partition (\\d+)[^/]*(/.*)?$");

    private final MountTable table;
    private final HubNamespace namespace;
    private final FileInfos infos;
    private final GoTime time;

    FileBrowser(MountTable table, HubNamespace namespace, GoTime time) {
        this.table = table;
        this.namespace = namespace;
        this.infos = new FileInfos(time);
        this.time = time;
    }

    /** Building it has already validated everything. */
    interface Listing {

        void writeTo(OutputStream out) throws IOException;
    }

    /** {@code ListFiles}; errors carry the handler's {@code failed to list files:} prefix. */
    Listing list(String mountId, String rawPath, boolean recursive) throws HubError {
        try {
            return listUnwrapped(mountId, rawPath, recursive);
        } catch (HubError e) {
            throw e.wrap("failed to list files");
        }
    }

    private Listing listUnwrapped(String mountId, String rawPath, boolean recursive) throws HubError {
        MountRecord row = mounted(mountId);
        String requestPath = rawPath.isEmpty() ? "/" : rawPath;
        List<Partition> partitions = row.image().mounted();
        if (!partitions.isEmpty() && requestPath.equals("/")) {
            return out -> write(out, mountId, requestPath, partitionFolders(row), false);
        }
        String partitionPath = fromDisplayName(requestPath);
        if (partitionPath.startsWith("/partition-")) {
            try {
                return inPartition(row, requestPath, partitionPath, recursive);
            } catch (HubError e) {
                throw e.wrap("failed to list files in partition");
            }
        }
        String safe;
        try {
            safe = validate(row, requestPath);
        } catch (HubError e) {
            throw e.wrap("path validation failed");
        }
        try {
            return entries(mountId, requestPath, safe, requestPath, recursive);
        } catch (HubError e) {
            throw e.wrap("failed to list files");
        }
    }

    /** {@code listFilesInPartition}: only the partition folder is validated, so {@code ..} can climb out. */
    private Listing inPartition(MountRecord row, String echoedPath, String path, boolean recursive) throws HubError {
        String[] parts = path.substring(1).split("/", -1);
        String folder = parts[0];
        String fsPath = GoPath.join(row.mountPath(), folder);
        if (parts.length > 1) {
            fsPath = GoPath.join(fsPath, String.join("/", List.of(parts).subList(1, parts.length)));
        }
        try {
            validate(row, "/" + folder);
        } catch (HubError e) {
            throw e.wrap("partition path validation failed");
        }
        return entries(row.id(), echoedPath, fsPath, path, recursive);
    }

    private Listing entries(String mountId, String echoedPath, String fsPath, String requestPath, boolean recursive)
            throws HubError {
        if (recursive) {
            return recursive(mountId, echoedPath, fsPath, requestPath);
        }
        PathWalker.Resolved dir;
        try {
            dir = namespace.resolve(fsPath, true);
        } catch (FsException e) {
            throw HubError.internal("failed to read directory: open " + fsPath + ": " + e.errno().text());
        }
        if (!(dir.node() instanceof Directory directory)) {
            throw HubError.internal("failed to read directory: readdirent " + fsPath + ": " + Errno.ENOTDIR.text());
        }
        List<Node> children = directory.entries();
        String parentHostPath = dir.path();
        Iterator<GoJson.Struct> items = children.stream()
                .map(n -> infos.of(n, GoPath.join(requestPath, n.name()), parentHostPath, false))
                .iterator();
        return out -> write(out, mountId, echoedPath, items, false);
    }

    /** {@code filepath.WalkDir} from {@code fsPath}: a missing root or a file gives no entries (null). */
    private Listing recursive(String mountId, String echoedPath, String fsPath, String requestPath) {
        PathWalker.Resolved root;
        try {
            root = namespace.resolve(fsPath, false);
        } catch (FsException e) {
            return out -> write(out, mountId, echoedPath, List.<GoJson.Struct>of().iterator(), true);
        }
        if (!(root.node() instanceof Directory dir)) {
            return out -> write(out, mountId, echoedPath, List.<GoJson.Struct>of().iterator(), true);
        }
        return out -> {
            TreeWalk walk = new TreeWalk(dir, root.path());
            Iterator<GoJson.Struct> items = new Iterator<>() {

                private int count;

                @Override
                public boolean hasNext() {
                    return count < MAX_RECURSIVE_ENTRIES && walk.hasNext();
                }

                @Override
                public GoJson.Struct next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    count++;
                    TreeWalk.Step step = walk.next();
                    return infos.of(step.node(), GoPath.join(requestPath, step.rel()), step.parentHostPath(), false);
                }
            };
            write(out, mountId, echoedPath, items, true);
        };
    }

    /** {@code GetFileInfo}: {@code Lstat} of the validated path, with the link target for symlinks. */
    GoJson.Struct fileInfo(String mountId, String path) throws HubError {
        try {
            MountRecord row = mounted(mountId);
            String safe;
            try {
                safe = validate(row, path);
            } catch (HubError e) {
                throw e.wrap("path validation failed");
            }
            PathWalker.Resolved entry;
            try {
                entry = namespace.resolve(safe, false);
            } catch (FsException e) {
                throw HubError.internal("failed to get file info: lstat " + safe + ": " + e.errno().text());
            }
            String parent = parentOf(entry.path());
            return infos.of(entry.node(), path, parent, true);
        } catch (HubError e) {
            throw e.wrap("failed to get file info");
        }
    }

    /** The mount row, which must exist and be {@code mounted}; records the access. */
    MountRecord mounted(String mountId) throws HubError {
        MountRecord row = table.find(mountId)
                .orElseThrow(() -> HubError.internal("mount not found: failed to get restore mount: record not found"));
        if (row.status() != MountRecord.Status.MOUNTED) {
            throw HubError.internal("mount not ready: status=" + row.status().wire());
        }
        table.touch(row);
        return row;
    }

    /** {@code ValidateAndSanitizePath}: clean, join to the mount, and require that it exists (following links). */
    String validate(MountRecord row, String requested) throws HubError {
        String safe = GoPath.join(row.mountPath(), GoPath.clean("/" + requested));
        try {
            namespace.resolve(safe, true);
        } catch (FsException e) {
            if (e.errno() == Errno.ENOENT) {
                throw HubError.internal("path does not exist: " + requested);
            }
        }
        return safe;
    }

    PathWalker.Resolved stat(String hostPath) throws FsException {
        return namespace.resolve(hostPath, true);
    }

    HubNamespace namespace() {
        return namespace;
    }

    private Iterator<GoJson.Struct> partitionFolders(MountRecord row) {
        List<Partition> partitions = row.image().mounted();
        String created = time.rfc3339Nano(row.createdAtDb());
        return java.util.stream.IntStream.rangeClosed(1, partitions.size()).mapToObj(k -> {
            Partition p = partitions.get(k - 1);
            return GoJson.struct()
                    .put("name", p.folderName(k))
                    .put("path", "/partition-" + k)
                    .put("type", "directory")
                    .put("size", p.reportedSize())
                    .put("mode", "0755")
                    .put("modified_time", created)
                    .put("is_symlink", false);
        }).iterator();
    }

    /** {@code /Partition 2 (101.4 GB)/Windows} → {@code /partition-2/Windows}. */
    static String fromDisplayName(String path) {
        Matcher m = DISPLAY_NAME.matcher(path);
        if (!m.matches()) {
            return path;
        }
        return "/partition-" + m.group(1) + (m.group(2) == null ? "" : m.group(2));
    }

    private static String parentOf(String hostPath) {
        int slash = hostPath.lastIndexOf('/');
        return slash <= 0 ? "/" : hostPath.substring(0, slash);
    }

    /** {@code nullWhenEmpty}: a recursive walk starts from a nil slice, which encodes as {@code null}. */
    private static void write(OutputStream out, String mountId, String path, Iterator<GoJson.Struct> items,
            boolean nullWhenEmpty) throws IOException {
        out.write(("{\"mount_id\":" + value(mountId) + ",\"path\":" + value(path) + ",\"files\":")
                .getBytes(StandardCharsets.UTF_8));
        int count = 0;
        if (!items.hasNext()) {
            out.write((nullWhenEmpty ? "null" : "[]").getBytes(StandardCharsets.UTF_8));
        } else {
            out.write('[');
            while (items.hasNext()) {
                if (count > 0) {
                    out.write(',');
                }
                out.write(value(items.next()).getBytes(StandardCharsets.UTF_8));
                count++;
            }
            out.write(']');
        }
        out.write((",\"total_count\":" + count + "}\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String value(Object v) {
        String json = GoJson.encode(v);
        return json.substring(0, json.length() - 1);
    }

}
