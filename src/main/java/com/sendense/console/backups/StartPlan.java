package com.sendense.console.backups;

import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.live.JobSnapshot;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the backup wizard shows before anything is started.
 *
 * @param vm the VM
 * @param disks its current disks; the hub backs up all of them
 * @param repositories the enabled repositories, sorted by name
 * @param rememberedRepositoryId the repository this user chose last time, if any
 * @param running a backup of this VM that is already running, if any
 */
public record StartPlan(
        VmContext vm,
        List<VmDisk> disks,
        List<Repository> repositories,
        @Nullable String rememberedRepositoryId,
        @Nullable JobSnapshot running) {

    /** Why a backup of this VM cannot start at all. */
    public enum Blocker {
        /** The hub knows no disks: it answers 404 "No disks found for VM". */
        NO_DISKS,
        /** No vCenter credential: the hub fails the start and leaves an orphan running job behind. */
        NO_CREDENTIAL,
        /** The hub has no enabled repository. */
        NO_REPOSITORY
    }

    public StartPlan {
        disks = List.copyOf(disks);
        repositories = List.copyOf(repositories);
    }

    /**
     * The size of all disks, which a full backup may need at most.
     *
     * @return bytes
     */
    public long totalDiskBytes() {
        return disks.stream().mapToLong(VmDisk::sizeBytes).sum();
    }

    /**
     * What prevents a start, checked before the hub is asked.
     *
     * @return the blocker, or empty when the backup can be started
     */
    public Optional<Blocker> blocker() {
        if (disks.isEmpty()) {
            return Optional.of(Blocker.NO_DISKS);
        }
        if (!vm.hasCredential()) {
            return Optional.of(Blocker.NO_CREDENTIAL);
        }
        return repositories.isEmpty() ? Optional.of(Blocker.NO_REPOSITORY) : Optional.empty();
    }

    /**
     * The repository to preselect: the one chosen last time if it still exists, else the first by name.
     *
     * @return the repository, empty when there is none
     */
    public Optional<Repository> preselected() {
        return repositories.stream().filter(r -> r.id().equals(rememberedRepositoryId)).findFirst()
                .or(() -> repositories.stream().findFirst());
    }

    /**
     * Whether a full backup may not fit: the repository has less free space than the VM's disks.
     * Unknown free space is not a warning here; the wizard says it is unknown.
     *
     * @param repository a repository of this plan
     * @return {@code true} when the free space is known and smaller than the disks
     */
    public boolean mayNotFit(Repository repository) {
        return repository.storageInfo().map(s -> s.availableBytes() < totalDiskBytes()).orElse(false);
    }
}
