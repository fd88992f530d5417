package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The hub has no paging (a Windows folder can hold 100,000 entries), so the whole listing is kept here and
 * sorted and filtered for a lazy grid; the last order is cached because the grid asks for several pages in a row.
 * The first order costs little (issue 13): the hub lists byte-wise by name, which for most folders already is the
 * name order, so a linear check usually replaces the sort; lower-case names for the filter are made on its first use.
 */
public final class Folder {

    private final BrowseMount mount;
    private final HubPath path;
    private final FileEntry[] entries;
    private String @Nullable [] searchNames;
    private View view;

    Folder(BrowseMount mount, HubPath path, List<FileEntry> entries) {
        this.mount = mount;
        this.path = path;
        this.entries = entries.toArray(FileEntry[]::new);
        this.view = new View("", null, new int[0]);
    }

    public BrowseMount mount() {
        return mount;
    }

    public HubPath path() {
        return path;
    }

    public List<FileEntry> entries() {
        return List.of(entries);
    }

    public int size() {
        return entries.length;
    }

    public boolean isRoot() {
        return path.isRoot();
    }

    public int count(String filter) {
        return filter.isBlank() ? entries.length : order(filter, FolderSort.BY_NAME, false).length;
    }

    public Stream<FileEntry> fetch(String filter, FolderSort sort, int offset, int limit) {
        int[] order = order(filter, sort, true);
        int from = Math.min(offset, order.length);
        int to = (int) Math.min((long) from + limit, order.length);
        return IntStream.range(from, to).mapToObj(i -> entries[order[i]]);
    }

    public int indexOf(HubPath entryPath, String filter, FolderSort sort) {
        int[] order = order(filter, sort, true);
        for (int i = 0; i < order.length; i++) {
            if (entries[order[i]].path().equals(entryPath)) {
                return i;
            }
        }
        return -1;
    }

    /** A shift-click range: inclusive, either order, as the user sees them. */
    public List<FileEntry> range(HubPath from, HubPath to, String filter, FolderSort sort) {
        int a = indexOf(from, filter, sort);
        int b = indexOf(to, filter, sort);
        if (a < 0 || b < 0) {
            return b < 0 ? List.of() : fetch(filter, sort, b, 1).toList();
        }
        return fetch(filter, sort, Math.min(a, b), Math.abs(a - b) + 1).toList();
    }

    public List<FileEntry> matching(String filter, FolderSort sort) {
        return fetch(filter, sort, 0, Integer.MAX_VALUE).toList();
    }

    /** The browser opens it first. */
    public java.util.Optional<FileEntry> largestPartition() {
        return Arrays.stream(entries)
                .filter(FileTypes::isPartition)
                .max(java.util.Comparator.comparingLong(FileEntry::size));
    }

    public static String displayName(FileEntry entry) {
        return FileTypes.isPartition(entry) ? PartitionLabels.label(entry.name()) : entry.name();
    }

    private synchronized int[] order(String filter, FolderSort sort, boolean sorted) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        @Nullable
        FolderSort s = sorted ? sort : null;
        View v = view;
        if (v.filter.equals(f) && (s == null || Objects.equals(v.sort, s))) {
            return v.order;
        }
        String[] names = f.isEmpty() ? new String[0] : searchNames();
        int[] order = IntStream.range(0, entries.length).filter(i -> f.isEmpty() || names[i].contains(f)).toArray();
        if (s != null) {
            order = sorted(order, s.comparator());
        }
        if (s != null) {
            view = new View(f, s, order);
        }
        return order;
    }

    private synchronized String[] searchNames() {
        if (searchNames == null) {
            searchNames = Arrays.stream(entries)
                    .map(e -> displayName(e).toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
        }
        return searchNames;
    }

    /** Folders first, each part in the hub's order when that already is the wanted order; sorted otherwise. */
    private int[] sorted(int[] order, Comparator<FileEntry> comparator) {
        int[] folderFirst = new int[order.length];
        int at = 0;
        for (int i : order) {
            if (entries[i].isDirectory()) {
                folderFirst[at++] = i;
            }
        }
        for (int i : order) {
            if (!entries[i].isDirectory()) {
                folderFirst[at++] = i;
            }
        }
        for (int k = 1; k < folderFirst.length; k++) {
            if (comparator.compare(entries[folderFirst[k - 1]], entries[folderFirst[k]]) > 0) {
                Integer[] boxed = Arrays.stream(folderFirst).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, (x, y) -> comparator.compare(entries[x], entries[y]));
                return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
            }
        }
        return folderFirst;
    }

    private record View(String filter, @Nullable FolderSort sort, int[] order) {}
}
