package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import org.jspecify.annotations.Nullable;

/**
 * Whether an incremental backup of a VM into a repository is possible, and what it would chain to.
 *
 * @param repositoryId the repository
 * @param completedBackups completed backups of the VM in it (the hub's {@code backups/stats})
 * @param chainsTo the newest completed backup of the VM in the repository, which the new point
 *     builds on; {@code null} when there is none, or the hub does not list it (it hides backups of
 *     VMs whose name contains {@code -disk})
 */
public record IncrementalOption(String repositoryId, int completedBackups, @Nullable Backup chainsTo) {

    /**
     * The hub's own rule: an incremental needs a completed backup of the VM in the repository.
     *
     * @return {@code true} when an incremental can be offered
     */
    public boolean possible() {
        return completedBackups > 0;
    }
}
