package com.sendense.console.backups;

import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.live.JobSnapshot;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Everything the backup wizard shows before anything is started; the hub backs up all {@code disks}. */
public record StartPlan(VmContext vm, List<VmDisk> disks, List<Repository> repositories,
        @Nullable String rememberedRepositoryId, @Nullable JobSnapshot running) {

    public enum Blocker {
        /** The hub knows no disks: it answers 404 "No disks found for VM". */
        NO_DISKS,
        /** No vCenter credential: the hub fails the start and leaves an orphan running job behind. */
        NO_CREDENTIAL, NO_REPOSITORY
    }

    public StartPlan {
        disks = List.copyOf(disks);
        repositories = List.copyOf(repositories);
    }

    public long totalDiskBytes() {
        return disks.stream().mapToLong(VmDisk::sizeBytes).sum();
    }

    public Optional<Blocker> blocker() {
        if (disks.isEmpty()) {
            return Optional.of(Blocker.NO_DISKS);
        }
        if (!vm.hasCredential()) {
            return Optional.of(Blocker.NO_CREDENTIAL);
        }
        return repositories.isEmpty() ? Optional.of(Blocker.NO_REPOSITORY) : Optional.empty();
    }

    public Optional<Repository> preselected() {
        return repositories.stream()
                .filter(r -> r.id().equals(rememberedRepositoryId))
                .findFirst()
                .or(() -> repositories.stream().findFirst());
    }

    /** Unknown free space is no warning here: the wizard says it is unknown. */
    public boolean mayNotFit(Repository repository) {
        return repository.storageInfo().map(s -> s.availableBytes() < totalDiskBytes()).orElse(false);
    }
}
