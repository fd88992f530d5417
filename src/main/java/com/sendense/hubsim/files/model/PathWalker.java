package com.sendense.hubsim.files.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Resolves paths as the Linux kernel does: symlinks mid-path are followed, {@code ..} goes to the
 * physical parent, absolute targets restart at the root, more than 40 links give {@code ELOOP}.
 */
public final class PathWalker {

    private static final int MAX_LINKS = 40;

    private final Directory root;
    private final UnaryOperator<String> mountPointOf;

    /** {@code mountPointOf} renders NTFS junctions; it gives {@code ""} when the root is the partition. */
    public PathWalker(Directory root, UnaryOperator<String> mountPointOf) {
        this.root = root;
        this.mountPointOf = mountPointOf;
    }

    public record Resolved(Node node, String path) {}

    /** {@code followLast} is {@code stat}, otherwise {@code lstat}. */
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

    /** Trailing slashes and dots do not make a last component. */
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
