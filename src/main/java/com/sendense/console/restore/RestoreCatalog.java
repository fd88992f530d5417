package com.sendense.console.restore;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The restore wizard's VMs, recovery points and disks, read from the hub directly: restore must not depend on
 * the VM inventory feature, which links to restore.
 */
@Service
@RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
public class RestoreCatalog {

    private final HubClient hub;
    private final CurrentUser currentUser;

    RestoreCatalog(HubClient hub, CurrentUser currentUser) {
        this.hub = hub;
        this.currentUser = currentUser;
    }

    public List<VmContext> vms() {
        var scope = currentUser.vmScope();
        return hub.vms()
                .stream()
                .filter(vm -> scope.allows(vm.vmName()))
                .sorted(Comparator.comparing(VmContext::vmName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<VmContext> vm(String vmName) {
        if (!currentUser.vmScope().allows(vmName)) {
            return Optional.empty();
        }
        return hub.vms().stream().filter(vm -> vm.vmName().equals(vmName)).findFirst();
    }

    /** Completed backups only: no other can be mounted. */
    public List<Backup> recoveryPoints(String vmName) {
        requireScope(vmName);
        return hub.backups(BackupFilter.forVm(vmName).andStatus(BackupStatus.COMPLETED))
                .stream()
                .sorted(Comparator.comparing(Backup::createdAt).reversed())
                .toList();
    }

    public Optional<Backup> recoveryPoint(String vmName, BackupId backupId) {
        requireScope(vmName);
        try {
            return Optional.of(hub.backup(backupId)).filter(b -> b.vmName().equals(vmName));
        } catch (HubNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Repository names by id, to show instead of ids. Empty when the hub cannot list them: an id is
     * still right, so the recovery points do not fail for it. A removed repository keeps its id.
     */
    public Map<String, String> repositoryNames() {
        try {
            return hub.repositories().stream().collect(Collectors.toMap(Repository::id, Repository::name, (a, b) -> a));
        } catch (HubException e) {
            return Map.of();
        }
    }

    /** The hub cannot list a backup's own disks, so the VM's current ones label them (they may have changed since). */
    public List<VmDisk> disks(VmContext vm) {
        requireScope(vm.vmName());
        return hub.disks(vm.contextId());
    }

    private void requireScope(String vmName) {
        if (!currentUser.vmScope().allows(vmName)) {
            throw new AccessDeniedException("VM " + vmName + " is outside your scope");
        }
    }
}
