package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** How a search ended, with the sentence the user sees; {@link #cut()} when a limit stopped it early. */
public record SearchEnd(Stop stop, SearchProgress progress, Text text) {

    public enum Stop {
        FINISHED, CANCELLED, FOLDER_LIMIT, ENTRY_LIMIT, MATCH_LIMIT, TIME_LIMIT, MOUNT_GONE, HUB_FAILING
    }

    public boolean cut() {
        return stop != Stop.FINISHED;
    }

    /** The sentence in English, for logs. */
    public String message() {
        return Messages.get(Languages.DEFAULT, text);
    }
}
