package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What to look for and where: {@code within} is the root for the whole disk, or a folder searched with everything
 * below it. Date and size bounds are inclusive; a size bound or a type group finds files only.
 */
public record SearchQuery(String pattern, HubPath within, @Nullable Instant modifiedFrom, @Nullable Instant modifiedTo,
        @Nullable Long minSize, @Nullable Long maxSize, Set<TypeGroup> types) {

    /** Longer patterns are refused: no file name needs more, and the audit row must hold it. */
    public static final int MAX_PATTERN = 200;

    public SearchQuery {
        pattern = pattern.strip();
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (pattern.isEmpty()) {
            throw new InvalidSearchException(Text.of("restore.search.invalid.empty"));
        }
        if (pattern.length() > MAX_PATTERN) {
            throw new InvalidSearchException(Text.of("restore.search.invalid.tooLong", pattern.length(), MAX_PATTERN));
        }
        if (modifiedFrom != null && modifiedTo != null && modifiedFrom.isAfter(modifiedTo)) {
            throw new InvalidSearchException(Text.of("restore.search.invalid.dates"));
        }
        if ((minSize != null && minSize < 0) || (maxSize != null && maxSize < 0)
                || (minSize != null && maxSize != null && minSize > maxSize)) {
            throw new InvalidSearchException(Text.of("restore.search.invalid.sizes"));

        }
    }

    public static SearchQuery byName(String pattern, HubPath within) {
        return new SearchQuery(pattern, within, null, null, null, null, Set.of());
    }

    public boolean wholeDisk() {
        return within.isRoot();
    }

    boolean filesOnly() {
        return minSize != null || maxSize != null || !types.isEmpty();
    }

    /** A tester built once per search: the name pattern is folded once, not per entry. */
    java.util.function.Predicate<FileEntry> matcher() {
        NameMatcher names = new NameMatcher(pattern);
        return e -> !FileTypes.isPartition(e) && !(filesOnly() && e.isDirectory()) && inDates(e) && inSizes(e)
                && (types.isEmpty() || types.contains(TypeGroup.of(e))) && names.matches(e.name());
    }

    private boolean inDates(FileEntry e) {
        Instant m = e.modified();
        if (modifiedFrom == null && modifiedTo == null) {
            return true;
        }
        return m != null && (modifiedFrom == null || !m.isBefore(modifiedFrom))
                && (modifiedTo == null || !m.isAfter(modifiedTo));
    }

    private boolean inSizes(FileEntry e) {
        return (minSize == null || e.size() >= minSize) && (maxSize == null || e.size() <= maxSize);
    }

    /** The filters in words, for the audit log and the progress line; empty if there are none. */
    public String filters() {
        List<String> parts = new ArrayList<>();
        if (modifiedFrom != null || modifiedTo != null) {
            parts.add("modified " + (modifiedFrom == null ? "any time" : modifiedFrom) + " to "
                    + (modifiedTo == null ? "now" : modifiedTo));
        }
        if (minSize != null || maxSize != null) {
            parts.add("size " + (minSize == null ? 0 : minSize) + " to " + (maxSize == null ? "any" : maxSize)
                    + " bytes");
        }
        if (!types.isEmpty()) {
            parts.add(types.stream().sorted().map(TypeGroup::label).collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts);
    }
}
