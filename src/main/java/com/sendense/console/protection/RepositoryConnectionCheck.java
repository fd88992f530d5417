package com.sendense.console.protection;

import com.sendense.console.hub.RepositoryType;
import org.jspecify.annotations.Nullable;

/**
 * The hub's "connection test" and what it really covered: for a local path it creates the folder
 * and writes a test file; for NFS and CIFS it only checks that the fields are filled and never
 * contacts the server (a TODO on the hub). {@link #summary()} says which.
 */
public record RepositoryConnectionCheck(RepositoryType type, boolean passed, String hubMessage,
        @Nullable String details) {

    /** Whether the hub touched the storage at all. */
    public boolean storageReached() {
        return type == RepositoryType.LOCAL;
    }

    public String summary() {
        if (!passed) {
            return "The hub refused this configuration: " + (details == null ? hubMessage : details)
                    + ". Correct it and test again.";
        }
        if (storageReached()) {
            return "The hub created the folder if it was missing and wrote and removed a test file: the path is usable.";
        }
        return "The hub checked only that the fields are filled in. It does not contact the "
                + (type == RepositoryType.NFS ? "NFS" : "CIFS") + " server before the repository is created, so the "
                + "server, share and credentials are not tested yet: the first mount happens at creation.";
    }
}
