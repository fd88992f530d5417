package com.sendense.console.protection;

import com.sendense.console.hub.Repository;

/**
 * Whether the hub can delete the repository: it refuses one that ever held a backup, counting every
 * backup row it ever wrote there (per-disk rows and deleted backups' rows included), so both the
 * backups in the history and the hub's own count are looked at.
 */
public record RepositoryDeletionCheck(Repository repository, int backupsInHistory, int hubBackupCount) {

    public boolean refused() {
        return backupsInHistory > 0 || hubBackupCount > 0;
    }

    public String refusal() {
        if (backupsInHistory > 0) {
            return "%s has held %s, so the hub will not delete it (it never deletes a repository that held a backup, "
                    .formatted(repository.name(), backupsInHistory == 1 ? "1 backup" : backupsInHistory + " backups")
                    + "even after the backups are deleted). Disable the flows that use it and choose another "
                    + "repository for new backups instead.";
        }
        return "The hub counts %d backup records in %s, so it will not delete it (it never deletes a repository that "
                .formatted(hubBackupCount, repository.name())
                + "held a backup, even after the backups are deleted). Choose another repository for new backups "
                + "instead.";
    }
}
