package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.ParallelReads;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard reads from the hub, fetched in parallel: the hub has no unfiltered backup
 * list, so every backup is read per status (contract §4.4), which also covers repositories the
 * hub no longer lists.
 *
 * @param repositoriesError why the repositories could not be read; the rest of the dashboard is
 *     still useful without them
 */
record HubSnapshot(List<VmContext> vms, List<Backup> completed, List<Backup> failed, List<Repository> repositories,
        @Nullable HubException repositoriesError) {

    static HubSnapshot read(HubClient hub) {
        try (ParallelReads reads = ParallelReads.start()) {
            var vms = reads.fork(hub::vms);
            var completed = reads.fork(() -> hub.backups(BackupFilter.withStatus(BackupStatus.COMPLETED)));
            var failed = reads.fork(() -> hub.backups(BackupFilter.withStatus(BackupStatus.FAILED)));
            var repositories = reads.fork(hub::repositories);
            List<Repository> repos = List.of();
            HubException reposError = null;
            try {
                repos = repositories.join();
            } catch (HubException e) {
                reposError = e;
            }
            // The hub filters by status itself; checking again keeps a misbehaving hub from counting running jobs as
            // good.
            return new HubSnapshot(vms.join(), only(BackupStatus.COMPLETED, completed.join()),
                    only(BackupStatus.FAILED, failed.join()), repos, reposError);
        }
    }

    private static List<Backup> only(BackupStatus status, List<Backup> backups) {
        return backups.stream().filter(b -> b.status() == status).toList();
    }
}
