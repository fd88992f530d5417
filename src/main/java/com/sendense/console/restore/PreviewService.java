package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Shows a file of a mounted backup without downloading it: text, a scaled-down image, a PDF's first pages, an Office
 * document's properties. A preview reads the file's bytes, so it is guarded and audited like a download: managers may
 * not, help-desk users only on VMs in their scope, no path through a link, and the audit row (kind PREVIEW) is written
 * before the hub is asked. The hub sends whole files only: the console stops reading at {@code
 * console.restore.preview.max-bytes} and closes the connection.
 */
@Service
public class PreviewService {

    private final HubClient hub;
    private final FileBrowseService browse;
    private final LinkGuard links;
    private final AuditLog audit;
    private final MountBookkeeping bookkeeping;
    private final CurrentUser currentUser;
    private final RestoreProperties restore;
    private final PreviewProperties caps;
    private final Clock clock;
    private final Executor executor;

    PreviewService(HubClient hub, FileBrowseService browse, LinkGuard links, AuditLog audit,
            MountBookkeeping bookkeeping, CurrentUser currentUser, RestoreProperties restore, PreviewProperties caps,
            Clock clock, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.hub = hub;
        this.browse = browse;
        this.links = links;
        this.audit = audit;
        this.bookkeeping = bookkeeping;
        this.currentUser = currentUser;
        this.restore = restore;
        this.caps = caps;
        this.clock = clock;
        this.executor = executor;
    }

    public PreviewProperties caps() {
        return caps;
    }

    /** Whether the entry's type has a previewer (by its name; the content may still disagree). */
    public static boolean previewable(FileEntry entry) {
        return PreviewKind.of(entry).isPresent();
    }

    /** {@link #preview} on a worker thread with the caller's security context: the hub may take up to 15 s. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public CompletableFuture<Preview> previewInBackground(MountId id, HubPath path, @Nullable String reason) {
        CompletableFuture<Preview> result = new CompletableFuture<>();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                result.complete(preview(id, path, reason));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, SecurityContextHolder.getContext()));
        return result;
    }

    /**
     * @throws AccessDeniedException for managers and VMs outside the user's scope (audited as refused)
     * @throws LinkRefusedException if the path is or goes through a link (audited as refused)
     * @throws MountGoneException if the mount has expired
     * @throws IllegalArgumentException if a reason is required and missing, or too long
     * @throws AuditUnavailableException if the audit row cannot be written: nothing was read
     * @throws HubException if the hub refused the file
     */
    // Managers pass method security on purpose: the check below refuses them and audits the attempt.
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Preview preview(MountId id, HubPath path, @Nullable String reason) {
        String user = currentUser.username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        BrowseMount mount;
        FileEntry file;
        try {
            if (currentUser.role().map(r -> r.name().equals(Roles.MANAGER)).orElse(true)) {
                throw new AccessDeniedException("Managers cannot preview files");
            }
            mount = browse.require(id);
            file = links.requireLinkFree(id, path).entry();
        } catch (AccessDeniedException e) {
            refused(id, path, user, reason, String.valueOf(e.getMessage()));
            throw e;
        }
        String checkedReason = AuditReason.check(reason, restore.requireReason());
        Optional<PreviewKind> kind = PreviewKind.of(file);
        if (kind.isEmpty()) {
            return new Preview.Refused(file, Text.of("preview.refused.type"), false);
        }
        long max = caps.cap(kind.get());
        if (kind.get() != PreviewKind.TEXT && file.size() > max) {
            refused(id, path, user, reason, "larger than the preview cap of " + max + " bytes");
            return tooLarge(file);
        }
        Instant started = clock.instant();
        long row = audit.started(new DownloadRecord(0, user, started, null, mount.vmName(), mount.backupId(),
                mount.diskIndex(), id.value(), path.value(), DownloadKind.PREVIEW, file.size(), 0,
                DownloadOutcome.STARTED, checkedReason, null));
        CappedRead read = new CappedRead(max);
        DownloadOutcome outcome = DownloadOutcome.FAILED;
        String detail = "The console stopped the preview: see its log";
        try {
            hub.download(id, path, read);
            outcome = DownloadOutcome.COMPLETE;
            detail = null;
        } catch (UncheckedIOException e) {
            if (!CappedRead.reachedCap(e)) {
                throw e;
            }
            outcome = DownloadOutcome.COMPLETE;
            detail = "Read the first " + read.count() + " bytes (the preview cap)";
        } catch (HubTruncatedException e) {
            outcome = DownloadOutcome.TRUNCATED;
            detail = "The hub ended the file early: " + e.getMessage();
            return new Preview.Refused(file, Text.of("preview.refused.truncated", read.count(), file.size()), false);
        } catch (HubException e) {
            detail = e.getMessage();
            throw e;
        } finally {
            audit.ended(row, clock.instant(), file.size(), read.count(), outcome, detail);
        }
        return render(kind.get(), file, read);
    }

    private Preview render(PreviewKind kind, FileEntry file, CappedRead read) {
        if (read.cut() && kind != PreviewKind.TEXT) {
            return tooLarge(file);
        }
        var images = new PreviewImages(caps);
        try {
            return switch (kind) {
                case TEXT -> TextDecoding.decode(read.bytes(), read.cut())
                        .<Preview>map(
                                d -> new Preview.TextContent(file, d.text(), d.encoding(), read.count(), read.cut()))
                        .orElseGet(() -> new Preview.Refused(file, Text.of("preview.refused.binary"), false));
                case IMAGE -> {
                    PreviewImages.Picture p = images.image(read.bytes());
                    yield new Preview.Picture(file, p.png(), p.width(), p.height());
                }
                case PDF -> {
                    PreviewImages.Rendered r = images.pdf(read.bytes());
                    yield new Preview.Pages(file, r.pages(), r.pageCount());
                }
                case OFFICE -> {
                    Map<String, String> properties = OfficeProperties.read(read.bytes());
                    yield properties.isEmpty()
                            ? new Preview.Refused(file, Text.of("preview.refused.corrupt"), false)
                            : new Preview.Properties(file, properties);
                }
            };
        } catch (PreviewImages.Unreadable e) {
            return switch (e.why) {
                case TOO_MANY_PIXELS ->
                    new Preview.Refused(file, Text.of("preview.refused.pixels", e.pixels, caps.maxPixels()), true);
                case PASSWORD -> new Preview.Refused(file, Text.of("preview.refused.password"), false);
                case CORRUPT -> new Preview.Refused(file, Text.of("preview.refused.corrupt"), false);
            };
        }
    }

    private Preview tooLarge(FileEntry file) {
        return new Preview.Refused(file, Text.of("preview.refused.tooLarge", file.size(), caps.maxBytes().toBytes()),
                true);
    }

    private void refused(MountId id, HubPath path, String user, @Nullable String reason, String why) {
        Instant now = clock.instant();
        Optional<MountEntry> mount = bookkeeping.find(id);
        audit.refused(new DownloadRecord(0, user, now, now, mount.map(MountEntry::vmName).orElse("(unknown mount)"),
                mount.map(m -> m.backupId().value()).orElse(""), mount.map(MountEntry::diskIndex).orElse(0), id.value(),
                path.value(), DownloadKind.PREVIEW, null, 0, DownloadOutcome.REFUSED, AuditReason.clipped(reason),
                why.length() <= 500 ? why : why.substring(0, 497) + "..."));
    }
}
