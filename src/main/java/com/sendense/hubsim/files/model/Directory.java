package com.sendense.hubsim.files.model;

import java.util.List;
import java.util.Optional;

/**
 * A directory. Entries come in {@code os.ReadDir} order, that is byte order of the UTF-8 names
 * ({@link Utf8Order}). Implementations are lazy: a directory with 100,000 entries computes each
 * entry only when it is asked for.
 */
public non-sealed interface Directory extends Node {

    /** What {@code stat} reports as the directory's size (0, 4096, 8192... depending on the file system). */
    long statSize();

    /** The entries in byte order of their names; may be a view that computes entries on demand. */
    List<Node> entries();

    /** The entry called {@code name}, if any. */
    default Optional<Node> find(String name) {
        List<Node> entries = entries();
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = Utf8Order.compare(entries.get(mid).name(), name);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return Optional.of(entries.get(mid));
            }
        }
        return Optional.empty();
    }
}
