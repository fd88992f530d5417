package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import org.jspecify.annotations.Nullable;

/**
 * {@code completedBackups} comes from the hub's {@code backups/stats}; {@code chainsTo} is {@code null} when
 * there is none or the hub hides it (it hides backups of VMs whose name contains {@code -disk}).
 */
public record IncrementalOption(String repositoryId, int completedBackups, @Nullable Backup chainsTo) {

    /** The hub's own rule: an incremental needs a completed backup of the VM in the repository. */
    public boolean possible() {
        return completedBackups > 0;
    }
}
