package com.sendense.hubsim.files.model;

import java.util.List;
import java.util.Optional;

/** Entries come in {@code os.ReadDir} order ({@link Utf8Order}), computed lazily: some directories hold 100,000. */
public non-sealed interface Directory extends Node {

    /** What {@code stat} reports: 0, 4096, 8192… depending on the file system. */
    long statSize();

    List<Node> entries();

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
