package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.time.Instant;
import java.util.Comparator;

/** Folders come before files in either direction, as in Explorer; equal values fall back to the name. */
public record FolderSort(Column column, boolean descending) {

    public static final FolderSort BY_NAME = new FolderSort(Column.NAME, false);

    public enum Column {
        NAME, SIZE, MODIFIED, TYPE
    }

    public Comparator<FileEntry> comparator() {
        Comparator<FileEntry> byName = Comparator.comparing(FileEntry::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(FileEntry::name);
        Comparator<FileEntry> byColumn = switch (column) {
            case NAME -> byName;
            case SIZE -> Comparator.comparingLong(FileEntry::size).thenComparing(byName);
            case MODIFIED -> Comparator.comparing((FileEntry e) -> e.modified() == null ? Instant.MIN : e.modified())
                    .thenComparing(byName);
            case TYPE -> Comparator.comparing((FileEntry e) -> FileTypes.describe(e), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(byName);
        };
        Comparator<FileEntry> folderFirst = Comparator.comparing(e -> !e.isDirectory());
        return folderFirst.thenComparing(descending ? byColumn.reversed() : byColumn);
    }
}
