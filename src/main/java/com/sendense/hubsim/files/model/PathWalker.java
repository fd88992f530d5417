package com.sendense.hubsim.files.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Resolves absolute paths in a tree of {@link Node}s the way the Linux kernel does: symlinks in
 * the middle of a path are followed, {@code ..} goes to the physical parent, an absolute link
 * target restarts from the root, and more than 40 links give {@code ELOOP}.
 */
public final class PathWalker {

    private static final int MAX_LINKS = 40;

    private final Directory root;
    private final UnaryOperator<String> mountPointOf;

    /**
     * @param root         what {@code /} is
     * @param mountPointOf for a directory path, the mount point of the partition it lies in (used
     *                     to render NTFS junctions); {@code ""} when the root is the partition
     */
    public PathWalker(Directory root, UnaryOperator<String> mountPointOf) {
        this.root = root;
        this.mountPointOf = mountPointOf;
    }

    /** A resolved entry and its physical absolute path. */
    public record Resolved(Node node, String path) {
    }

    /**
     * Resolves {@code path} (absolute or relative to the root).
     *
     * @param followLast follow a symlink in the last component ({@code stat}) or not ({@code lstat})
     */
    public Resolved resolve(String path, boolean followLast) throws FsException {
        Deque<String> todo = new ArrayDeque<>(split(path));
        List<Node> nodes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        nodes.add(root);
        int links = 0;
        while (!todo.isEmpty()) {
            String part = todo.pop();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (names.size() > 0) {
                    nodes.removeLast();
                    names.removeLast();
                }
                continue;
            }
            if (!(nodes.getLast() instanceof Directory dir)) {
                throw new FsException(Errno.ENOTDIR);
            }
            Node child = dir.find(part).orElseThrow(() -> new FsException(Errno.ENOENT));
            if (child instanceof Symlink link && (followLast || hasMore(todo))) {
                if (++links > MAX_LINKS) {
                    throw new FsException(Errno.ELOOP);
                }
                String target = link.target().render(mountPointOf.apply(join(names)));
                List<String> parts = split(target);
                for (int i = parts.size() - 1; i >= 0; i--) {
                    todo.push(parts.get(i));
                }
                if (target.startsWith("/")) {
                    nodes.subList(1, nodes.size()).clear();
                    names.clear();
                }
                continue;
            }
            nodes.add(child);
            names.add(part);
        }
        return new Resolved(nodes.getLast(), join(names));
    }

    /** Whether any real component is left (trailing slashes and dots do not count as a last component). */
    private static boolean hasMore(Deque<String> todo) {
        for (String part : todo) {
            if (!part.isEmpty() && !part.equals(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                parts.add(path.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private static String join(List<String> names) {
        return "/" + String.join("/", names);
    }
}
