package com.sendense.console.restore;

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
 * Mounting backup disks on the hub for file-level restore, and the console's record of them.
 *
 * <p>The hub's rules this service hides: a mount lives exactly one hour and cannot be extended
 * (only {@link #remount} gives a new hour, under a new id); mounting a disk that is already
 * mounted returns the existing mount; a lost answer to a mount request may hide a mount that was
 * made; the hub's mount list forgets which backup and disk each mount is. Help-desk users only
 * ever mount, see and unmount disks of VMs in their scope.
 */
@Service
public class MountService {

    /**
     * A mount the hub created longer ago than this before a mount request was already there: the
     * hub returned an existing mount instead of making one (allows for clock skew with the hub).
     */
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
     * Mounts one disk of a completed backup. If the disk is already mounted the hub returns that
     * mount (same id, same expiry); an already expired one is replaced by a fresh mount. If the
     * hub's answer is lost (its 15 s write timeout) the request is repeated once, which the hub
     * answers with the mount it made: a disk is never mounted twice.
     *
     * @param vmName the VM the backup belongs to
     * @param backupId the backup (recovery point)
     * @param diskIndex the disk, {@code 0..disksCount-1}
     * @return the mount
     * @throws AccessDeniedException when the VM is outside the user's scope or the backup is not
     *     the VM's
     * @throws IllegalArgumentException when the backup has no such disk
     * @throws HubException as {@link HubClient#mount}; {@link HubUnavailableException} with
     *     {@code outcomeUnknown()} when even the repeated request got no answer
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public MountRecord mount(String vmName, BackupId backupId, int diskIndex) {
        return mountNow(vmName, backupId, diskIndex);
    }

    /**
     * {@link #mount} on a background thread, as the signed-in user: the hub takes seconds to mount
     * a disk (up to its 15 s limit), and a UI should show progress rather than hold its session
     * that long. Complete the UI with {@code ui.accessLater}.
     *
     * @return the mount, or the failure {@link #mount} would throw
     * @throws AccessDeniedException at once when the VM is outside the user's scope
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public CompletableFuture<MountRecord> mountInBackground(String vmName, BackupId backupId, int diskIndex) {
        requireScope(vmName);
        return inBackground(() -> mountNow(vmName, backupId, diskIndex));
    }

    /**
     * {@link #remount} on a background thread, as the signed-in user.
     *
     * @return the new mount, or the failure {@link #remount} would throw
     */
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
            throw new IllegalArgumentException("Backup %s has %d disk(s); there is no disk %d"
                    .formatted(backupId, backup.disksCount(), diskIndex));
        }
        return mountFresh(backup, diskIndex);
    }

    /**
     * Every mount on the hub, newest first, with VM, recovery point and disk from the console's
     * records. Mounts the console did not make have {@link MountRecord#knownToConsole()} false;
     * help-desk users see only mounts of VMs in their scope. Records of mounts the hub no longer
     * has are dropped.
     *
     * @return the mounts
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<MountRecord> activeMounts() {
        Instant listedAt = clock.instant();
        List<Mount> mounts = hub.mounts();
        bookkeeping.pruneAbsent(mounts.stream().map(Mount::id).toList(), listedAt);
        return join(mounts);
    }

    /**
     * Like {@link #activeMounts()} but from a snapshot the live poller already fetched, so many
     * open views cost the hub nothing.
     *
     * @param snapshot the polled mounts
     * @return the mounts
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<MountRecord> activeMounts(MountsSnapshot snapshot) {
        return join(snapshot.mounts());
    }

    /**
     * One mount, if the hub still lists it and the user may see it.
     *
     * @param id the mount
     * @return the mount, or empty when it is gone (expired and cleaned up, unmounted) or out of scope
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Optional<MountRecord> find(MountId id) {
        return join(hub.mounts().stream().filter(m -> m.id().equals(id)).toList()).stream().findFirst();
    }

    /**
     * Unmounts. A mount that is already gone counts as unmounted. The hub answers success even if
     * a download was still reading; ask first when {@link MountUsage#usedByOthers} says someone is
     * browsing.
     *
     * @param id the mount
     * @return {@code true} when the hub unmounted it; {@code false} when the hub no longer accepts
     *     the id (expired or already removed): an expired mount it still lists keeps its slot until
     *     the hub's cleanup, up to 15 minutes
     * @throws AccessDeniedException when the mount's VM is outside the user's scope, or a
     *     help-desk user tries to unmount a mount the console did not make
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public boolean unmount(MountId id) {
        Optional<MountEntry> entry = bookkeeping.find(id);
        if (!currentUser.vmScope().isUnrestricted() && entry.map(e -> !currentUser.vmScope().allows(e.vmName())).orElse(true)) {
            throw new AccessDeniedException("Mount " + id + " is outside your scope");
        }
        return unmountQuietly(id);
    }

    /**
     * Whether {@link #remount} can work for this mount: the console recorded which backup and disk
     * it was, and the VM is in the user's scope. Needs no hub call.
     *
     * @param id the mount, listed by the hub or gone
     * @return the VM of the mount when it can be remounted; empty when the console has no record,
     *     or the user may not mount (managers) or not see the VM
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Optional<String> remountable(MountId id) {
        if (currentUser.hasRole(Role.MANAGER)) {
            return Optional.empty();
        }
        return bookkeeping.find(id).map(MountEntry::vmName).filter(vm -> currentUser.vmScope().allows(vm));
    }

    /**
     * Replaces a mount that has expired or is about to with a fresh one of the same disk: unmount,
     * then mount again. The hub cannot extend a mount, so this is the only way to get a new hour;
     * the new mount has a new id, and downloads still reading from the old one are cut off.
     *
     * @param expiredOrExpiring the mount to replace; it may already be gone from the hub
     * @return the new mount
     * @throws IllegalStateException when the console does not know which disk the mount was
     * @throws AccessDeniedException when the VM is outside the user's scope
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public MountRecord remount(MountId expiredOrExpiring) {
        return remountNow(expiredOrExpiring);
    }

    private MountRecord remountNow(MountId expiredOrExpiring) {
        MountEntry entry = bookkeeping.find(expiredOrExpiring).orElseThrow(() -> new IllegalStateException(
                "The console has no record of which backup and disk mount " + expiredOrExpiring
                        + " was, so it cannot mount it again. Start a new restore instead."));
        requireScope(entry.vmName());
        // Read first: a deleted backup cannot be mounted again, and the old mount stays until then.
        Backup backup = hub.backup(entry.backupId());
        unmountQuietly(expiredOrExpiring);
        return mountFresh(backup, entry.diskIndex());
    }

    /**
     * The hub's mount capacity (8 for the whole hub).
     *
     * @return used and free slots
     */
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
                throw new IllegalStateException("The hub still holds the expired mount of this disk and hands it out "
                        + "again instead of a new one. It removes expired mounts at its cleanup, within 15 minutes; "
                        + "mount the disk again after that.");
            }
        }
        boolean ours = !mount.createdAt().isBefore(requestedAt.minus(CREATED_BY_US_SLACK));
        MountEntry entry = bookkeeping.insertIfAbsent(new MountEntry(mount.id(), backup.vmName(), backup.id(), diskIndex,
                diskSize(backup, diskIndex), backup.type(), backup.createdAt(), mount.backupDiskId(),
                ours ? currentUser.username().orElse(null) : null, mount.createdAt(), expiresAt(mount), clock.instant()));
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
            // The hub may have mounted the disk and lost only its answer. Asking again is safe: it
            // returns the existing mount of the disk rather than mounting it a second time.
            log.warn("No answer to mounting {} disk {}; asking the hub again for the mount it may have made",
                    backupId, diskIndex);
            try {
                return hub.mount(backupId, diskIndex);
            } catch (HubException again) {
                lost.addSuppressed(again);
                throw lost;
            }
        }
    }

    /** Returns whether the hub unmounted it; {@code false} when it no longer accepts the id. */
    private boolean unmountQuietly(MountId id) {
        boolean unmounted = true;
        try {
            hub.unmount(id);
            bookkeeping.delete(id);
        } catch (HubNotFoundException e) {
            if (e.code() != HubErrorCode.MOUNT_NOT_FOUND) {
                throw e;
            }
            // Gone, or expired: the hub refuses an expired id but lists the mount, holding its slot,
            // until its cleanup. The record stays while it is listed, so the list still shows it as
            // this console's; activeMounts() drops it once the hub no longer lists the mount.
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
        Map<MountId, MountEntry> entries = bookkeeping.findAll().stream()
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
