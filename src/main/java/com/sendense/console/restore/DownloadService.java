package com.sendense.console.restore;

import com.sendense.console.hub.DownloadResult;
import com.sendense.console.hub.DownloadSink;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Streams files and folder archives from the hub to a destination (the browser's response) chunk
 * by chunk, never holding them in memory, counts the bytes for the progress display, and audits
 * every attempt: refused, or started before the first byte and completed at its end.
 *
 * <p>Managers are read-only and cannot download; help-desk users only from VMs in their scope.
 */
@Service
public class DownloadService {

    private final HubClient hub;
    private final FileBrowseService browse;
    private final MountAccess mounts;
    private final AuditLog audit;
    private final MountBookkeeping bookkeeping;
    private final CurrentUser currentUser;
    private final RestoreProperties properties;
    private final Clock clock;

    DownloadService(HubClient hub, FileBrowseService browse, MountAccess mounts, AuditLog audit,
            MountBookkeeping bookkeeping, CurrentUser currentUser, RestoreProperties properties, Clock clock) {
        this.hub = hub;
        this.browse = browse;
        this.mounts = mounts;
        this.audit = audit;
        this.bookkeeping = bookkeeping;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether downloads need a reason or ticket number ({@code console.restore.require-reason}). */
    public boolean reasonRequired() {
        return properties.requireReason();
    }

    /** Downloads above this many bytes get a warning first. */
    public long largeDownloadBytes() {
        return properties.largeDownload().toBytes();
    }

    /**
     * Keeps a mount in use while a session's download queue runs (keep-alive, no unmount on close).
     *
     * @return ends the use
     */
    public com.vaadin.flow.shared.Registration keepInUse(com.sendense.console.hub.MountId mountId, String sessionId) {
        return mounts.use(mountId, sessionId);
    }

    /** Whether the signed-in user may download at all (managers may not). */
    public boolean mayDownload() {
        return currentUser.role().map(r -> r.name().equals(Roles.MANAGER)).map(m -> !m).orElse(false);
    }

    /**
     * Streams one download into {@code target}, which is opened only once the hub has answered.
     * The target's stream is closed when the download ends, also on failure.
     *
     * <p>The audit fails closed: the row is written (STARTED) before the hub is asked, so before
     * the first byte; if it cannot be written nothing is sent. Its end is recorded on the same row.
     * Every {@link AccessDeniedException} of the checks at the top is recorded as
     * {@link DownloadOutcome#REFUSED}: put new guards (symlinks…) inside that {@code try}.
     *
     * @return the bytes delivered
     * @throws HubTruncatedException when the hub cut the body short: the target holds a partial file
     *     and must be failed, not passed off as whole (recorded as {@link DownloadOutcome#TRUNCATED})
     * @throws UncheckedIOException when the destination went away ({@link DownloadOutcome#ABORTED})
     * @throws HubException when the hub refused ({@link DownloadOutcome#FAILED}); the target was not opened
     * @throws MountGoneException if the mount has expired
     * @throws AccessDeniedException for managers, or a VM outside the user's scope
     * @throws IllegalArgumentException if a reason is required and missing, or too long
     * @throws AuditUnavailableException if the audit row cannot be written; nothing was sent
     */
    // Managers pass method security on purpose: the check below refuses them and audits the attempt.
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public DownloadResult download(DownloadRequest request, DownloadProgress progress, DownloadSink target) {
        String user = currentUser.username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        BrowseMount mount;
        try {
            if (!mayDownload()) {
                throw new AccessDeniedException("Managers cannot download files");
            }
            mount = browse.require(request.mountId());
            browse.refuseLinks(request);
        } catch (AccessDeniedException e) {
            refused(request, user, e);
            throw e;
        }
        String reason = AuditReason.check(request.reason(), properties.requireReason());
        Instant started = clock.instant();
        long row = audit.started(new DownloadRecord(0, user, started, null, mount.vmName(), mount.backupId(),
                mount.diskIndex(), mount.mountId().value(), request.path().value(), request.kind(), null, 0,
                DownloadOutcome.STARTED, reason, null));
        progress.start(started);
        Long[] expected = {null};
        DownloadSink counting = meta -> {
            expected[0] = meta.contentLength().isPresent() ? meta.contentLength().getAsLong() : null;
            progress.expect(expected[0]);
            return new Counting(target.open(meta), progress);
        };
        DownloadOutcome outcome = DownloadOutcome.FAILED;
        @Nullable
        String detail = "The console stopped the download: see its log";
        try {
            DownloadResult result = request.kind()
                    .format()
                    .map(f -> hub.downloadDirectory(request.mountId(), request.path(), f, counting))
                    .orElseGet(() -> hub.download(request.mountId(), request.path(), counting));
            outcome = DownloadOutcome.COMPLETE;
            detail = null;
            return result;
        } catch (HubTruncatedException e) {
            outcome = DownloadOutcome.TRUNCATED;
            detail = "The hub ended the download early: " + e.getMessage();
            throw e;
        } catch (HubException e) {
            detail = e.getMessage();
            throw e;
        } catch (UncheckedIOException e) {
            outcome = DownloadOutcome.ABORTED;
            detail = "The browser stopped receiving: " + e.getCause().getMessage();
            throw e;
        } finally {
            Instant now = clock.instant();
            progress.finish(DownloadProgress.State.valueOf(outcome.name()), now, detail);
            audit.ended(row, now, expected[0], progress.bytes(), outcome, detail == null ? null : truncate(detail));
        }
    }

    private void refused(DownloadRequest request, String user, AccessDeniedException why) {
        Instant now = clock.instant();
        // The mount as the console recorded it, without the scope check that may be what refused.
        Optional<MountEntry> mount = bookkeeping.find(request.mountId());
        audit.refused(new DownloadRecord(0, user, now, now, mount.map(MountEntry::vmName).orElse("(unknown mount)"),
                mount.map(m -> m.backupId().value()).orElse(""), mount.map(MountEntry::diskIndex).orElse(0),
                request.mountId().value(), request.path().value(), request.kind(), null, 0, DownloadOutcome.REFUSED,
                AuditReason.clipped(request.reason()), truncate(String.valueOf(why.getMessage()))));
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }

    /** Counts what reaches the destination. */
    private static final class Counting extends FilterOutputStream {

        private final DownloadProgress progress;

        Counting(OutputStream out, DownloadProgress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            progress.add(len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            progress.add(1);
        }
    }
}
