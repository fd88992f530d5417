package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.hub.FileEntry;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Folders come before files in either direction, as in Explorer; equal values fall back to the name. The type
 * column sorts by the type's name in the reader's {@code locale}, as the grid shows it.
 */
public record FolderSort(Column column, boolean descending, Locale locale) {

    public static final FolderSort BY_NAME = new FolderSort(Column.NAME, false, Languages.DEFAULT);

    public FolderSort(Column column, boolean descending) {
        this(column, descending, Languages.DEFAULT);
    }

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
            case TYPE -> Comparator.comparing(typeNames(), Collator.getInstance(locale)).thenComparing(byName);
        };
        Comparator<FileEntry> folderFirst = Comparator.comparing(e -> !e.isDirectory());
        return folderFirst.thenComparing(descending ? byColumn.reversed() : byColumn);
    }

    /** Each entry's type name, looked up once per extension rather than at each of a sort's comparisons. */
    private Function<FileEntry, String> typeNames() {
        Map<String, String> byExtension = new HashMap<>();
        return e -> e.isDirectory() || e.symlink()
                ? FileTypes.describe(e, locale)
                : byExtension.computeIfAbsent(FileTypes.extension(e.name()), x -> FileTypes.describe(e, locale));
    }
}
