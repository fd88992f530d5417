package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<VmContext>> vms = pool.submit(hub::vms);
            Future<List<Backup>> completed = pool.submit(() -> hub.backups(BackupFilter.withStatus(BackupStatus.COMPLETED)));
            Future<List<Backup>> failed = pool.submit(() -> hub.backups(BackupFilter.withStatus(BackupStatus.FAILED)));
            Future<List<Repository>> repositories = pool.submit((Callable<List<Repository>>) hub::repositories);
            List<Repository> repos = List.of();
            HubException reposError = null;
            try {
                repos = join(repositories);
            } catch (HubException e) {
                reposError = e;
            }
            // The hub filters by status itself; checking again keeps a misbehaving hub from counting running jobs as good.
            return new HubSnapshot(join(vms), only(BackupStatus.COMPLETED, join(completed)), only(BackupStatus.FAILED, join(failed)),
                    repos, reposError);
        }
    }

    private static List<Backup> only(BackupStatus status, List<Backup> backups) {
        return backups.stream().filter(b -> b.status() == status).toList();
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the hub", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
