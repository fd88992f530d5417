package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import org.jspecify.annotations.Nullable;

/**
 * A path in a mount with every link on the way replaced by its target: safe to send to the hub.
 *
 * @param path the path without links, e.g. {@code /partition-2/Users} for {@code /partition-2/Documents and Settings}
 * @param entry what is there, as the hub describes it (never a link)
 * @param via the first link that was followed, or null when the path had none
 */
public record ResolvedPath(HubPath path, FileEntry entry, @Nullable FileEntry via) {

    /** Whether a link was followed, so the caller should move to {@link #path()}. */
    public boolean followedLink() {
        return via != null;
    }
}
