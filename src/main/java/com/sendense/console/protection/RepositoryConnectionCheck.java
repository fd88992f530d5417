package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
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

    public Text summary() {
        if (!passed) {
            return Text.of("protection.repositories.testRefused", details == null ? hubMessage : details);
        }
        if (storageReached()) {
            return Text.of("protection.repositories.testLocal");
        }
        return Text.of("protection.repositories.testRemote", type == RepositoryType.NFS ? "NFS" : "CIFS");
    }
}
