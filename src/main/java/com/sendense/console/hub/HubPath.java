package com.sendense.console.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path inside a mounted backup as the hub names it, e.g. {@code /partition-2/Windows}; navigate
 * with the paths a listing returned. Normalised, and any {@code ..} segment is rejected: the hub
 * does not check them under {@code /partition-N/} and would list its own file system.
 */
public record HubPath(String value) {

    private static final HubPath ROOT = new HubPath("/");

    public HubPath {
        value = normalise(value);
    }

    /** Lists one virtual folder per partition. */
    public static HubPath root() {
        return ROOT;
    }

    public static HubPath of(String value) {
        return new HubPath(value);
    }

    /** {@code name} may hold several segments separated by {@code /}. */
    public HubPath resolve(String name) {
        return new HubPath(isRoot() ? "/" + name : value + "/" + name);
    }

    public Optional<HubPath> parent() {
        if (isRoot()) {
            return Optional.empty();
        }
        return Optional.of(new HubPath(value.substring(0, value.lastIndexOf('/'))));
    }

    public List<String> segments() {
        return isRoot() ? List.of() : List.of(value.substring(1).split("/"));
    }

    public String name() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    public boolean isRoot() {
        return value.equals("/");
    }

    /**
     * Every entry of a listing comes already clean ({@code filepath.Join}), and a 100,000-entry folder should not
     * split and join each one again (issue 13).
     */
    private static boolean isNormal(String raw) {
        int n = raw.length();
        if (n == 0 || raw.charAt(0) != '/') {
            return false;
        }
        if (n == 1) {
            return true;
        }
        int segmentStart = 1;
        for (int i = 1; i <= n; i++) {
            if (i == n || raw.charAt(i) == '/') {
                int length = i - segmentStart;
                if (length == 0 || (length <= 2 && raw.startsWith("..".substring(0, length), segmentStart))) {
                    return false;
                }
                segmentStart = i + 1;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        if (isNormal(raw)) {
            return raw;
        }
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
