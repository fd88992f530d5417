package com.sendense.console.restore;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Stand-in mount bookkeeping until the restore-mount half's {@code MountService} is merged: it
 * remembers which VM and recovery point each mount it made shows (the hub forgets, contract §5.2).
 * TODO: replace with an adapter over {@code restore.MountService} when branch restore-mount lands.
 */
@Component
public class ProvisionalMounts implements MountAccess {

    private final HubClient hub;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<MountId, BrowseMount> known = new ConcurrentHashMap<>();
    private final Map<MountId, AtomicInteger> users = new ConcurrentHashMap<>();

    ProvisionalMounts(HubClient hub, CurrentUser currentUser, Clock clock) {
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Mounts a disk of a recovery point the user may restore from, and remembers it. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.ADMIN})
    public BrowseMount mount(BackupId backupId, int diskIndex) {
        String vm = hub.backup(backupId).vmName();
        if (!currentUser.vmScope().allows(vm)) {
            throw new AccessDeniedException("The VM " + vm + " is not in your scope");
        }
        Mount mount = hub.mount(backupId, diskIndex);
        BrowseMount browse = new BrowseMount(mount.id(), vm, backupId.value(), diskIndex, mount.expiresAt());
        known.put(mount.id(), browse);
        return browse;
    }

    /** Remembers a mount made elsewhere (tests, or the restore wizard before the merge). */
    public void remember(BrowseMount mount) {
        known.put(mount.mountId(), mount);
    }

    @Override
    public Optional<BrowseMount> find(MountId id) {
        return Optional.ofNullable(known.get(id))
                .filter(m -> m.expiresAt() == null || clock.instant().isBefore(m.expiresAt()));
    }

    @Override
    public Registration use(MountId id, String sessionId) {
        AtomicInteger count = users.computeIfAbsent(id, k -> new AtomicInteger());
        count.incrementAndGet();
        return count::decrementAndGet;
    }

    /** How many sessions use the mount now (for tests). */
    public int usage(MountId id) {
        AtomicInteger count = users.get(id);
        return count == null ? 0 : count.get();
    }
}
