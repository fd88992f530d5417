package com.sendense.hubsim.restore;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path/filepath} functions on Unix paths, which the hub uses on request paths. */
final class GoPath {

    private GoPath() {}

    /** {@code filepath.Clean}: lexical, {@code ..} removes the previous element even if it is a symlink. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        Deque<String> out = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
                continue;
            }
            out.addLast(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** {@code filepath.Join}: the non-empty elements joined with slashes, then cleaned. */
    static String join(String... elements) {
        StringBuilder s = new StringBuilder();
        for (String e : elements) {
            if (!e.isEmpty()) {
                if (!s.isEmpty()) {
                    s.append('/');
                }
                s.append(e);
            }
        }
        return s.isEmpty() ? "" : clean(s.toString());
    }

    /** {@code filepath.Base}: the last element; {@code .} for an empty path, {@code /} for slashes only. */
    static String base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        String p = path;
        while (p.length() > 0 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return "/";
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** {@code filepath.Rel} for a {@code target} inside {@code base} (both clean). */
    static String rel(String base, String target) {
        if (target.equals(base)) {
            return ".";
        }
        String prefix = base.endsWith("/") ? base : base + "/";
        return target.startsWith(prefix) ? target.substring(prefix.length()) : target;
    }
}
