package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.util.List;

/**
 * Receives a running search's results, in order, from one background thread: batches at most every
 * {@code console.restore.search.batch-interval} (the first match at once), then exactly one {@link #ended}.
 */
public interface SearchListener {

    void batch(List<FileEntry> matches, List<SkippedFolder> skipped, SearchProgress progress);

    void ended(SearchEnd end);
}
