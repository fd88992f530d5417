package com.sendense.console.restore;

/** How a search ended, with the sentence the user sees; {@link #cut()} when a limit stopped it early. */
public record SearchEnd(Stop stop, SearchProgress progress, String message) {

    public enum Stop {
        FINISHED, CANCELLED, FOLDER_LIMIT, ENTRY_LIMIT, MATCH_LIMIT, TIME_LIMIT, MOUNT_GONE, HUB_FAILING
    }

    public boolean cut() {
        return stop != Stop.FINISHED;
    }
}
