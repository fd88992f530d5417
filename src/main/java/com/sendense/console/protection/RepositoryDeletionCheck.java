package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
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

    public Text refusal() {
        if (backupsInHistory > 0) {
            return Text.of("protection.repositories.refusedHistory", repository.name(), backupsInHistory);
        }
        return Text.of("protection.repositories.refusedHubCount", hubBackupCount, repository.name());
    }
}
