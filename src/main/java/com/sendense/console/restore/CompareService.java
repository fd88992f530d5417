package com.sendense.console.restore;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.RestoreResources;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * "What changed in this folder since Monday?": the browsed folder next to the same folder of another recovery point of
 * the same VM and disk. That point must be mounted too, which takes one of the hub's 8 mount slots, so the slot is
 * checked first and refused politely when none is free; the comparison keeps its mount in use and unmounts it when
 * closed (if it made it), and the idle sweep frees it after a closed tab or an ended session. Each folder compared is
 * audited (kind COMPARE): who, which two recovery points, which folder.
 */
@Service
public class CompareService {

    private static final Logger log = LoggerFactory.getLogger(CompareService.class);

    private final HubClient hub;
    private final MountService mounts;
    private final MountUsage usage;
    private final RestoreCatalog catalog;
    private final FileBrowseService browse;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Executor executor;

    CompareService(HubClient hub, MountService mounts, MountUsage usage, RestoreCatalog catalog,
            FileBrowseService browse, AuditLog audit, CurrentUser currentUser, Clock clock,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.hub = hub;
        this.mounts = mounts;
        this.usage = usage;
        this.catalog = catalog;
        this.browse = browse;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.executor = executor;
    }

    /** The mount's own recovery point, read from the hub (the mount list forgets it). */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public Backup recoveryPointOf(MountId id) {
        BrowseMount m = browse.require(id);
        return hub.backup(new BackupId(m.backupId()));
    }

    /** Other completed recovery points of the mount's VM that have its disk, newest first. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public List<Backup> candidates(MountId id) {
        BrowseMount m = browse.require(id);
        return catalog.recoveryPoints(m.vmName())
                .stream()
                .filter(b -> !b.id().value().equals(m.backupId()))
                .filter(b -> m.diskIndex() < Math.max(1, b.disksCount()))
                .toList();
    }

    /** The hub's slots now: a comparison takes one unless that recovery point's disk is mounted already. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public RestoreResources slots() {
        return mounts.slots();
    }

    /** {@link #open} on a worker thread with the caller's security context: the hub takes up to 15 s to mount. */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public CompletableFuture<Comparison> openInBackground(MountId id, BackupId other, String holderId) {
        CompletableFuture<Comparison> result = new CompletableFuture<>();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                result.complete(open(id, other, holderId));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, SecurityContextHolder.getContext()));
        return result;
    }

    /**
     * Mounts the other recovery point's disk (or takes the mount it already has) and keeps it in use as {@code
     * holderId}.
     *
     * @throws NoFreeSlotException when the hub has no free mount slot
     * @throws AccessDeniedException outside the user's scope, or for a recovery point of another VM
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public Comparison open(MountId id, BackupId otherId, String holderId) {
        BrowseMount m = browse.require(id);
        Backup backup = hub.backup(new BackupId(m.backupId()));
        Backup other = catalog.recoveryPoint(m.vmName(), otherId)
                .orElseThrow(() -> new AccessDeniedException(otherId + " is not a recovery point of " + m.vmName()));
        Instant now = clock.instant();
        Optional<MountRecord> existing = mounts.activeMounts()
                .stream()
                .filter(r -> otherId.equals(r.backupId()) && Integer.valueOf(m.diskIndex()).equals(r.diskIndex())
                        && !r.expired(now))
                .findFirst();
        MountRecord record;
        if (existing.isPresent()) {
            record = existing.get();
        } else {
            RestoreResources slots = mounts.slots();
            if (slots.availableSlots() <= 0) {
                throw new NoFreeSlotException(slots);
            }
            try {
                record = mounts.mount(m.vmName(), otherId, m.diskIndex());
            } catch (HubException e) {
                if (e.code() == HubErrorCode.MOUNT_LIMIT_REACHED) {
                    throw new NoFreeSlotException(mounts.slots());
                }
                throw e;
            }
        }
        boolean made = existing.isEmpty() && record.createdBy() != null;
        return new Comparison(id, backup, record.mountId(), other, made, holderId,
                usage.use(record.mountId(), holderId));
    }

    /**
     * Lists {@code folder} in both recovery points (one level) and audits the comparison before the first listing.
     *
     * @throws LinkRefusedException if the folder is or goes through a link
     * @throws AuditUnavailableException if the audit row cannot be written: nothing was listed
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public FolderDiff compare(Comparison c, HubPath folder) {
        String user = currentUser.username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        BrowseMount m = browse.require(c.mount());
        String against = "Compared with recovery point " + c.other().id().value() + " (mount " + c.otherMount().value()
                + ")";
        long row = audit.started(new DownloadRecord(0, user, clock.instant(), null, m.vmName(), m.backupId(),
                m.diskIndex(), c.mount().value(), folder.value(), DownloadKind.COMPARE, null, 0,
                DownloadOutcome.STARTED, null, against));
        DownloadOutcome outcome = DownloadOutcome.FAILED;
        String detail = against + ": failed";
        try {
            Listing older = list(c.mountOf(c.older()), folder);
            Listing newer = list(c.mountOf(c.newer()), folder);
            if (older.missing && newer.missing) {
                throw new HubNotFoundException("files", HubErrorCode.PATH_NOT_FOUND, null,
                        "path does not exist in either recovery point: " + folder.value(), null);
            }
            FolderDiff diff = new FolderDiff(folder, c.older(), c.newer(),
                    FolderDiff.diff(older.entries, newer.entries),
                    older.missing ? c.older() : newer.missing ? c.newer() : null);
            outcome = DownloadOutcome.COMPLETE;
            detail = against + ": " + diff.count(FolderDiff.Status.ADDED) + " added, "
                    + diff.count(FolderDiff.Status.REMOVED) + " removed, " + diff.count(FolderDiff.Status.CHANGED)
                    + " changed";
            return diff;
        } catch (HubException e) {
            detail = against + ": " + e.getMessage();
            throw e;
        } finally {
            audit.ended(row, clock.instant(), null, 0, outcome,
                    detail.length() <= 500 ? detail : detail.substring(0, 499) + "…");
        }
    }

    /**
     * Ends the comparison's use of the other mount and unmounts it if the comparison made it and nobody else uses it.
     */
    @RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
    public void close(Comparison c) {
        c.inUse().remove();
        if (!c.madeByCompare() || usage.usedByOthers(c.otherMount(), c.holderId())) {
            return;
        }
        try {
            mounts.unmount(c.otherMount());
        } catch (HubException | AccessDeniedException e) {
            // The idle sweep unmounts it after the grace period instead.
            log.warn("Could not unmount the compared mount {} at once: {}", c.otherMount(), e.getMessage());
        }
    }

    private Listing list(MountId id, HubPath folder) {
        try {
            return new Listing(browse.open(id, folder).entries(), false);
        } catch (HubException e) {
            if (e.code() == HubErrorCode.PATH_NOT_FOUND) {
                return new Listing(List.<FileEntry>of(), true);
            }
            throw e;
        }
    }

    private record Listing(List<FileEntry> entries, boolean missing) {}
}
