package com.sendense.console.restore;

import java.util.concurrent.CompletableFuture;

/** A search under way: cancel it (Cancel, or the view going away), or wait for its end. */
public final class RunningSearch {

    private final SearchWalk walk;
    private final CompletableFuture<SearchEnd> end;

    RunningSearch(SearchWalk walk, CompletableFuture<SearchEnd> end) {
        this.walk = walk;
        this.end = end;
    }

    /** Stops listing at once; the listener still gets its last batch and {@code ended(CANCELLED)}. */
    public void cancel() {
        walk.cancel();
    }

    public CompletableFuture<SearchEnd> end() {
        return end;
    }

    public boolean running() {
        return !end.isDone();
    }
}
