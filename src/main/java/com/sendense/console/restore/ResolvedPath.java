package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import org.jspecify.annotations.Nullable;

/** Safe to send to the hub: e.g. {@code /partition-2/Users} for {@code /partition-2/Documents and Settings}. */
public record ResolvedPath(HubPath path, FileEntry entry, @Nullable FileEntry via) {

    /** The caller should then move to {@link #path()}. */
    public boolean followedLink() {
        return via != null;
    }
}
