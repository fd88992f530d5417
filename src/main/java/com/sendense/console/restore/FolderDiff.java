package com.sendense.console.restore;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One folder in two recovery points, one level deep, seen from the older to the newer: what was added, removed or
 * changed (size or modified time; a folder only by its time, which moves when an entry in it changes). {@code
 * missingIn}: the folder does not exist in that recovery point, so everything in the other is added or removed.
 */
public record FolderDiff(HubPath folder, Backup older, Backup newer, List<Change> changes, @Nullable Backup missingIn) {

    public enum Status {
        ADDED, REMOVED, CHANGED, SAME
    }

    /** {@code before}: the entry in the older recovery point, {@code after}: in the newer. */
    public record Change(String name, Status status, @Nullable FileEntry before, @Nullable FileEntry after) {

        public FileEntry either() {
            return Objects.requireNonNull(after != null ? after : before);
        }

        public boolean isDirectory() {
            return either().isDirectory() && !either().symlink();
        }
    }

    public FolderDiff {
        changes = List.copyOf(changes);
    }

    static List<Change> diff(List<FileEntry> before, List<FileEntry> after) {
        Map<String, FileEntry> old = new HashMap<>();
        before.forEach(e -> old.put(e.name(), e));
        List<Change> out = new ArrayList<>();
        for (FileEntry now : after) {
            FileEntry was = old.remove(now.name());
            out.add(new Change(now.name(),
                    was == null ? Status.ADDED : changed(was, now) ? Status.CHANGED : Status.SAME, was, now));
        }
        old.values().forEach(was -> out.add(new Change(was.name(), Status.REMOVED, was, null)));
        out.sort(Comparator.comparing(Change::status)
                .thenComparing(c -> !c.isDirectory())
                .thenComparing(Change::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static boolean changed(FileEntry was, FileEntry now) {
        if (was.type() != now.type() || was.symlink() != now.symlink()) {
            return true;
        }
        boolean sizeMatters = !now.isDirectory();
        return (sizeMatters && was.size() != now.size()) || !Objects.equals(was.modified(), now.modified());
    }

    public long count(Status status) {
        return changes.stream().filter(c -> c.status() == status).count();
    }
}
