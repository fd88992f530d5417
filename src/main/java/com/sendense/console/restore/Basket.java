package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A folder's size is unknown until estimated, so the total counts files only and says how many folders come on top. */
public final class Basket implements Serializable {

    private final Map<HubPath, FileEntry> items = new LinkedHashMap<>();

    public boolean contains(HubPath path) {
        return items.containsKey(path);
    }

    /** Whether the entry is in the basket afterwards. */
    public boolean toggle(FileEntry entry) {
        if (items.remove(entry.path()) != null) {
            return false;
        }
        items.put(entry.path(), entry);
        return true;
    }

    public void add(FileEntry entry) {
        items.putIfAbsent(entry.path(), entry);
    }

    /** Partitions are never added. */
    public void addAll(Collection<FileEntry> entries) {
        entries.stream().filter(e -> !FileTypes.isPartition(e)).forEach(this::add);
    }

    public void removeAll(Collection<FileEntry> entries) {
        entries.forEach(e -> items.remove(e.path()));
    }

    /** False for an empty list. */
    public boolean containsAll(Collection<FileEntry> entries) {
        return !entries.isEmpty() && entries.stream().allMatch(e -> items.containsKey(e.path()));
    }

    public void clear() {
        items.clear();
    }

    public List<FileEntry> items() {
        return List.copyOf(items.values());
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public long fileBytes() {
        return items.values().stream().filter(e -> !e.isDirectory()).mapToLong(FileEntry::size).sum();
    }

    public long files() {
        return items.values().stream().filter(e -> !e.isDirectory()).count();
    }

    public long folders() {
        return items.values().stream().filter(FileEntry::isDirectory).count();
    }
}
