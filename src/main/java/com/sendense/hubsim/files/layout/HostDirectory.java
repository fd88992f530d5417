package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.model.Content;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.LinkTarget;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.files.model.Symlink;
import com.sendense.hubsim.files.model.Utf8Order;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A real directory of the machine running the simulator, shown read-only. Nothing here ever
 * follows a symlink: links become {@link Symlink} nodes that are resolved in the simulated
 * namespace, so no path can reach outside the directory on the real file system. Special files
 * (devices, sockets, FIFOs) are left out.
 */
public final class HostDirectory implements Directory {

    private final Path path;
    private final String name;
    private final BasicFileAttributes attributes;

    private HostDirectory(Path path, String name, BasicFileAttributes attributes) {
        this.path = path;
        this.name = name;
        this.attributes = attributes;
    }

    /** The directory {@code dir} (symlinks in {@code dir} itself are resolved once, here). */
    public static HostDirectory of(Path dir) {
        try {
            Path real = dir.toRealPath();
            return new HostDirectory(real, "/",
                    Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot map host directory " + dir, e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Instant modified() {
        return attributes.lastModifiedTime().toInstant();
    }

    @Override
    public int mode() {
        return mode(path, 0755);
    }

    @Override
    public long statSize() {
        return attributes.size();
    }

    @Override
    public List<Node> entries() {
        List<Node> list = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
            for (Path child : children) {
                node(child).ifPresent(list::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        list.sort((a, b) -> Utf8Order.compare(a.name(), b.name()));
        return list;
    }

    @Override
    public Optional<Node> find(String childName) {
        if (childName.isEmpty() || childName.equals(".") || childName.equals("..") || childName.indexOf('/') >= 0
                || childName.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return node(path.resolve(childName));
    }

    private static Optional<Node> node(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String name = p.getFileName().toString();
            Instant mtime = attrs.lastModifiedTime().toInstant();
            if (attrs.isSymbolicLink()) {
                return Optional.of(new Symlink(name, mtime, new LinkTarget.Raw(Files.readSymbolicLink(p).toString())));
            }
            if (attrs.isDirectory()) {
                return Optional.of(new HostDirectory(p, name, attrs));
            }
            if (attrs.isRegularFile()) {
                return Optional.of(new RegularFile(name, mtime, mode(p, 0644), new HostFile(p, attrs.size())));
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static int mode(Path p, int fallback) {
        try {
            Set<PosixFilePermission> perms = Files
                    .readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .permissions();
            int mode = 0;
            for (PosixFilePermission perm : perms) {
                mode |= 1 << (8 - perm.ordinal());
            }
            return mode;
        } catch (IOException | UnsupportedOperationException e) {
            return fallback;
        }
    }

    /** A real file, read without following links, cut or failing at the size seen when it was listed. */
    private record HostFile(Path path, long length) implements Content {

        @Override
        public InputStream open() throws IOException {
            return new FilterInputStream(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {

                private long left = length;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left == 0) {
                        return -1;
                    }
                    int n = super.read(b, off, (int) Math.min(len, left));
                    if (n < 0) {
                        throw new IOException("file shrank while being read: " + path);
                    }
                    left -= n;
                    return n;
                }
            };
        }
    }
}
