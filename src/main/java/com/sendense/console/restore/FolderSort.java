package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.time.Instant;
import java.util.Comparator;

/**
 * How a folder is ordered. Folders always come before files, whichever the direction, as in
 * Explorer; equal values fall back to the name.
 *
 * @param column the sort column
 * @param descending reverse within folders and within files
 */
public record FolderSort(Column column, boolean descending) {

    /** The default: by name, A to Z. */
    public static final FolderSort BY_NAME = new FolderSort(Column.NAME, false);

    /** The columns a folder can be sorted by. */
    public enum Column { NAME, SIZE, MODIFIED, TYPE }

    /** The comparator for this sort: folders first, then the column, then the name. */
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
