package com.sendense.console.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path inside a mounted backup, as the hub names it: absolute, {@code /}-separated, starting
 * with the hub's virtual partition folder, e.g. {@code /partition-2/Windows}. Always navigate
 * with the {@link FileEntry#path()} a listing returned.
 *
 * <p>The constructor normalises duplicate slashes, a trailing slash and {@code .} segments, and
 * <strong>rejects any {@code ..} segment</strong>: the hub does not check them under
 * {@code /partition-N/} and would list its own file system.
 *
 * @param value the normalised path, {@code /} for the root
 */
public record HubPath(String value) {

    private static final HubPath ROOT = new HubPath("/");

    /**
     * @throws IllegalArgumentException if the path has a {@code ..} segment
     */
    public HubPath {
        value = normalise(value);
    }

    /**
     * The mount's root, which lists one virtual folder per partition.
     *
     * @return {@code /}
     */
    public static HubPath root() {
        return ROOT;
    }

    /**
     * Parses a path.
     *
     * @param value the path; a missing leading slash is added
     * @return the path
     * @throws IllegalArgumentException if the path has a {@code ..} segment
     */
    public static HubPath of(String value) {
        return new HubPath(value);
    }

    /**
     * A child of this path.
     *
     * @param name one name, or several separated by {@code /}
     * @return the child path
     * @throws IllegalArgumentException if {@code name} has a {@code ..} segment
     */
    public HubPath resolve(String name) {
        return new HubPath(isRoot() ? "/" + name : value + "/" + name);
    }

    /**
     * The parent directory.
     *
     * @return the parent, or empty for the root
     */
    public Optional<HubPath> parent() {
        if (isRoot()) {
            return Optional.empty();
        }
        return Optional.of(new HubPath(value.substring(0, value.lastIndexOf('/'))));
    }

    /**
     * The names from the root down, e.g. {@code [partition-2, Windows]}.
     *
     * @return the segments, empty for the root
     */
    public List<String> segments() {
        return isRoot() ? List.of() : List.of(value.substring(1).split("/"));
    }

    /**
     * The last segment.
     *
     * @return the name, empty for the root
     */
    public String name() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /**
     * Whether this is the mount's root.
     *
     * @return {@code true} for {@code /}
     */
    public boolean isRoot() {
        return value.equals("/");
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        List<String> segments = new ArrayList<>();
        for (String segment : raw.split("/")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("A hub path must not contain '..': %s".formatted(raw));
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return "/" + String.join("/", segments);
    }
}
