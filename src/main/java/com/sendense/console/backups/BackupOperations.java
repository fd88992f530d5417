package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContextDetail;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.sendense.console.users.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What a start would do, starting it safely, and following jobs; managers may only watch. */
@Service
public class BackupOperations {

    private static final Logger log = LoggerFactory.getLogger(BackupOperations.class);

    private final HubClient hub;
    private final LiveUpdates live;
    private final BackupStarter starter;
    private final RepositoryChoices choices;
    private final CurrentUser currentUser;

    BackupOperations(HubClient hub, LiveUpdates live, BackupStarter starter, RepositoryChoices choices,
            CurrentUser currentUser) {
        this.hub = hub;
        this.live = live;
        this.starter = starter;
        this.choices = choices;
        this.currentUser = currentUser;
    }

    /** @throws HubNotFoundException {@link HubErrorCode#VM_NOT_FOUND} when the hub does not know the VM */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public StartPlan plan(String vmName) {
        VmContextDetail vm = hub.vm(vmName)
                .orElseThrow(() -> new HubNotFoundException("vm", HubErrorCode.VM_NOT_FOUND, null, null, vmName));
        List<Repository> repositories = hub.repositories()
                .stream()
                .sorted(Comparator.comparing(Repository::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        String remembered = currentUser.account().map(UserAccount::id).flatMap(choices::find).orElse(null);
        JobSnapshot running = live.activeJobFor(vmName)
                .orElseGet(() -> hub.backups(BackupFilter.forVm(vmName).andStatus(BackupStatus.RUNNING))
                        .stream()
                        .findFirst()
                        .map(live::track)
                        .orElse(null));
        return new StartPlan(vm.context(), vm.disks(), repositories, remembered, running);
    }

    /** From the hub's {@code backups/stats}, with the newest completed backup it would chain to. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public IncrementalOption incrementalOption(String vmName, String repositoryId) {
        int completed = hub.backupStats(vmName, repositoryId).backupCount();
        if (completed == 0) {
            return new IncrementalOption(repositoryId, 0, null);
        }
        Backup latest = hub.backups(BackupFilter.forVm(vmName).andStatus(BackupStatus.COMPLETED))
                .stream()
                .filter(b -> b.repositoryId().equals(repositoryId))
                .findFirst()
                .orElse(null);
        return new IncrementalOption(repositoryId, completed, latest);
    }

    /** The future fails with a {@link HubException} when the hub refused; then nothing started. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public CompletableFuture<StartResult> start(BackupRequest request) {
        currentUser.account().ifPresent(a -> remember(a.id(), request.repositoryId()));
        return starter.start(request);
    }

    /** Empty when the hub does not know the job; a running job read from the hub is followed from now on. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public Optional<JobSnapshot> job(BackupId id) {
        Optional<JobSnapshot> known = live.job(id);
        if (known.isPresent()) {
            return known;
        }
        try {
            return Optional.of(live.track(hub.backup(id)));
        } catch (HubNotFoundException e) {
            return Optional.empty();
        }
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public JobDetails details(JobSnapshot job) {
        List<VmDisk> disks = List.of();
        boolean disksKnown = false;
        String repository = job.backup().repositoryId();
        try {
            Optional<VmContextDetail> vm = hub.vm(job.vmName());
            disks = vm.map(VmContextDetail::disks).orElse(List.of());
            disksKnown = vm.isPresent();
            repository = hub.repositories()
                    .stream()
                    .filter(r -> r.id().equals(job.backup().repositoryId()))
                    .map(Repository::name)
                    .findFirst()
                    .orElse(repository);
        } catch (HubException e) {
            log.debug("Job details incomplete for {}: {}", job.id(), e.getMessage());
        }
        return new JobDetails(disks, disksKnown, repository);
    }

    private void remember(long userId, String repositoryId) {
        try {
            choices.save(userId, repositoryId);
        } catch (RuntimeException e) {
            // A preference must never stop a backup.
            log.warn("Could not remember the repository choice of user {}", userId, e);
        }
    }
}
