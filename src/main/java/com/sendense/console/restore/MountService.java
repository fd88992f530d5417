package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.RestoreResources;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.MountsSnapshot;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The hub's rules this service hides: a mount lives one hour and cannot be extended (only {@link #remount}
 * gives a new hour, under a new id); mounting a mounted disk returns that mount; a lost answer may hide a
 * mount that was made; the hub's mount list forgets which backup and disk each mount is.
 */
@Service
public class MountService {

    /** A mount created longer than this before our request was already there (slack for clock skew with the hub). */
    public static final Duration CREATED_BY_US_SLACK = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(MountService.class);

    private final HubClient hub;
    private final MountBookkeeping bookkeeping;
    private final MountUsage usage;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final Clock clock;
    private final Executor executor;

    MountService(HubClient hub, MountBookkeeping bookkeeping, MountUsage usage, CurrentUser currentUser,
            LiveUpdates live, Clock clock, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.hub = hub;
        this.bookkeeping = bookkeeping;
        this.usage = usage;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * An expired mount of the disk is replaced; a lost answer is asked again once, then stays {@code outcomeUnknown}.
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public MountRecord mount(String vmName, BackupId backupId, int diskIndex) {
        return mountNow(vmName, backupId, diskIndex);
    }

    /** The hub takes up to 15 s: complete the UI with {@code ui.accessLater}. An out-of-scope VM throws at once. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public CompletableFuture<MountRecord> mountInBackground(String vmName, BackupId backupId, int diskIndex) {
        requireScope(vmName);
        return inBackground(() -> mountNow(vmName, backupId, diskIndex));
    }

    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public CompletableFuture<MountRecord> remountInBackground(MountId expiredOrExpiring) {
        return inBackground(() -> remountNow(expiredOrExpiring));
    }

    private MountRecord mountNow(String vmName, BackupId backupId, int diskIndex) {
        requireScope(vmName);
        Backup backup = hub.backup(backupId);
        if (!backup.vmName().equals(vmName)) {
            throw new AccessDeniedException("Backup " + backupId + " is not a backup of " + vmName);
        }
        if (diskIndex < 0 || diskIndex >= Math.max(1, backup.disksCount())) {
            throw new IllegalArgumentException("Backup %s has %d disk(s); there is no disk %d".formatted(backupId,
                    backup.disksCount(), diskIndex));
        }
        return mountFresh(backup, diskIndex);
    }

    /** VM, recovery point and disk come from the console's records (the hub forgets them); stale records are pruned. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<MountRecord> activeMounts() {
        Instant listedAt = clock.instant();
        List<Mount> mounts = hub.mounts();
        bookkeeping.pruneAbsent(mounts.stream().map(Mount::id).toList(), listedAt);
        return join(mounts);
    }

    /** From the live poller's snapshot, so many open views cost the hub nothing. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<MountRecord> activeMounts(MountsSnapshot snapshot) {
        return join(snapshot.mounts());
    }

    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Optional<MountRecord> find(MountId id) {
        return join(hub.mounts().stream().filter(m -> m.id().equals(id)).toList()).stream().findFirst();
    }

    /**
     * The hub answers success even while a download reads: ask first when {@link MountUsage#usedByOthers}.
     * {@code false} when the hub no longer accepts the id. Help desk cannot unmount mounts the console did not make.
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public boolean unmount(MountId id) {
        Optional<MountEntry> entry = bookkeeping.find(id);
        if (!currentUser.vmScope().isUnrestricted()
                && entry.map(e -> !currentUser.vmScope().allows(e.vmName())).orElse(true)) {
            throw new AccessDeniedException("Mount " + id + " is outside your scope");
        }
        return unmountQuietly(id);
    }

    /** The mount's VM when {@link #remount} can work: its disk is on record and the user may mount it. No hub call. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Optional<String> remountable(MountId id) {
        if (currentUser.hasRole(Role.MANAGER)) {
            return Optional.empty();
        }
        return bookkeeping.find(id).map(MountEntry::vmName).filter(vm -> currentUser.vmScope().allows(vm));
    }

    /**
     * Downloads still reading the old mount are cut off; {@link IllegalStateException} if its disk is not on record.
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public MountRecord remount(MountId expiredOrExpiring) {
        return remountNow(expiredOrExpiring);
    }

    private MountRecord remountNow(MountId expiredOrExpiring) {
        MountEntry entry = bookkeeping.find(expiredOrExpiring)
                .orElseThrow(
                        () -> new MountStateException(Text.of("restore.remount.noRecord", expiredOrExpiring.value())));
        requireScope(entry.vmName());
        // Read first: a deleted backup cannot be mounted again, and the old mount stays until then.
        Backup backup = hub.backup(entry.backupId());
        unmountQuietly(expiredOrExpiring);
        return mountFresh(backup, entry.diskIndex());
    }

    /** 8 mounts for the whole hub. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public RestoreResources slots() {
        return hub.restoreResources();
    }

    /** Unmounts without a user, for the unmount-on-close sweep. */
    void unmountUnused(MountId id) {
        unmountQuietly(id);
    }

    private MountRecord mountFresh(Backup backup, int diskIndex) {
        Instant requestedAt = clock.instant();
        Mount mount = mountOrRecover(backup.id(), diskIndex);
        if (expired(mount)) {
            // Expired but not yet cleaned up: the hub would hand out the dead mount again.
            log.info("Mount {} of {} disk {} had expired; mounting the disk again", mount.id(), backup.id(), diskIndex);
            MountId dead = mount.id();
            unmountQuietly(dead);
            requestedAt = clock.instant();
            mount = mountOrRecover(backup.id(), diskIndex);
            if (mount.id().equals(dead)) {
                throw new MountStateException(Text.of("restore.remount.expiredHeld"));

            }
        }
        boolean ours = !mount.createdAt().isBefore(requestedAt.minus(CREATED_BY_US_SLACK));
        MountEntry entry = bookkeeping.insertIfAbsent(new MountEntry(mount.id(), backup.vmName(), backup.id(),
                diskIndex, diskSize(backup, diskIndex), backup.type(), backup.createdAt(), mount.backupDiskId(),
                ours ? currentUser.username().orElse(null) : null, mount.createdAt(), expiresAt(mount),
                clock.instant()));
        live.requestMountsRefresh();
        return record(mount, entry);
    }

    private Mount mountOrRecover(BackupId backupId, int diskIndex) {
        try {
            return hub.mount(backupId, diskIndex);
        } catch (HubUnavailableException lost) {
            if (!lost.outcomeUnknown()) {
                throw lost;
            }
            // The hub may have mounted the disk and lost only its answer: asking again returns that mount.
            log.warn("No answer to mounting {} disk {}; asking the hub again for the mount it may have made", backupId,
                    diskIndex);
            try {
                return hub.mount(backupId, diskIndex);
            } catch (HubException again) {
                lost.addSuppressed(again);
                throw lost;
            }
        }
    }

    private boolean unmountQuietly(MountId id) {
        boolean unmounted = true;
        try {
            hub.unmount(id);
            bookkeeping.delete(id);
        } catch (HubNotFoundException e) {
            if (e.code() != HubErrorCode.MOUNT_NOT_FOUND) {
                throw e;
            }
            // Gone, or expired: the hub refuses an expired id but lists the mount, holding its slot, until its
            // cleanup. The record stays while it is listed, so the list still shows it as this console's.
            unmounted = false;
            if (!stillListed(id)) {
                bookkeeping.delete(id);
            }
        }
        usage.forget(id);
        live.requestMountsRefresh();
        return unmounted;
    }

    private boolean stillListed(MountId id) {
        try {
            return hub.mounts().stream().anyMatch(m -> m.id().equals(id));
        } catch (HubException e) {
            return true;
        }
    }

    private boolean expired(Mount m) {
        return m.expiresAt() != null && !clock.instant().isBefore(m.expiresAt());
    }

    private @Nullable Long diskSize(Backup backup, int diskIndex) {
        try {
            List<VmDisk> disks = hub.disks(backup.vmContextId());
            return disks.stream().filter(d -> d.index() == diskIndex).findFirst().map(VmDisk::sizeBytes).orElse(null);
        } catch (HubException e) {
            log.debug("Could not read the disks of {}: {}", backup.vmName(), e.getMessage());
            return null;
        }
    }

    private List<MountRecord> join(List<Mount> mounts) {
        Map<MountId, MountEntry> entries = bookkeeping.findAll()
                .stream()
                .collect(Collectors.toMap(MountEntry::mountId, Function.identity()));
        var scope = currentUser.vmScope();
        return mounts.stream()
                .map(m -> record(m, entries.get(m.id())))
                .filter(r -> scope.isUnrestricted() || (r.vmName() != null && scope.allows(r.vmName())))
                .toList();
    }

    private <T> CompletableFuture<T> inBackground(Callable<T> work) {
        // The worker thread has no Vaadin session, so it gets the caller's security context explicitly.
        var asCaller = new DelegatingSecurityContextCallable<>(work, SecurityContextHolder.getContext());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return asCaller.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    private void requireScope(String vmName) {
        if (!currentUser.vmScope().allows(vmName)) {
            throw new AccessDeniedException("VM " + vmName + " is outside your scope");
        }
    }

    private static Instant expiresAt(Mount m) {
        return m.expiresAt() != null ? m.expiresAt() : m.createdAt().plus(MountRecord.LEASE);
    }

    private static MountRecord record(Mount m, @Nullable MountEntry e) {
        if (e == null) {
            return new MountRecord(m.id(), null, null, null, null, null, null, null, m.createdAt(), expiresAt(m),
                    m.filesystemType(), m.nbdDevice(), m.status(), false);
        }
        return new MountRecord(m.id(), e.vmName(), e.backupId(), e.diskIndex(), e.diskSizeBytes(), e.backupCreatedAt(),
                e.backupType(), e.createdBy(), m.createdAt(), expiresAt(m), m.filesystemType(), m.nbdDevice(),
                m.status(), true);
    }
}
