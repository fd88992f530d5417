package com.sendense.console.restore;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Finds files by name on a mounted disk, which the hub cannot do: it walks the folders through plain listings
 * ({@link SearchWalk}). Managers may search (they browse); help-desk users only mounts of VMs in their scope. Each
 * search is audited like a download, before its first listing (it fails closed), and keeps the mount in use so the
 * idle sweep does not unmount it under the search.
 */
@Service
public class FileSearch {

    private static final Logger log = LoggerFactory.getLogger(FileSearch.class);
    private static final int DETAIL_LENGTH = 500;

    private final HubClient hub;
    private final FileBrowseService browse;
    private final LinkGuard links;
    private final MountAccess mounts;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final SearchProperties limits;
    private final Clock clock;

    FileSearch(HubClient hub, FileBrowseService browse, LinkGuard links, MountAccess mounts, AuditLog audit,
            CurrentUser currentUser, SearchProperties limits, Clock clock) {
        this.hub = hub;
        this.browse = browse;
        this.links = links;
        this.mounts = mounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.limits = limits;
        this.clock = clock;
    }

    public SearchProperties limits() {
        return limits;
    }

    /**
     * Starts a search in the background; {@code holderId} names the mount's user for the idle sweep (the file
     * browser's "session id/UI id" plus a suffix, so the session's heartbeats keep it alive).
     *
     * @throws MountGoneException if the console does not know the mount or it has expired
     * @throws AccessDeniedException if the mount's VM is outside the user's scope
     * @throws LinkRefusedException if the folder to search is or goes through a link
     * @throws AuditUnavailableException if the audit row cannot be written: nothing was searched
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public RunningSearch start(MountId id, SearchQuery query, String holderId, SearchListener listener) {
        String user = currentUser.username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        BrowseMount mount = browse.require(id);
        if (!query.wholeDisk()) {
            links.requireLinkFree(id, query.within());
        }
        long row = audit.started(new DownloadRecord(0, user, clock.instant(), null, mount.vmName(), mount.backupId(),
                mount.diskIndex(), id.value(), query.within().value(), DownloadKind.SEARCH, null, 0,
                DownloadOutcome.STARTED, null, clip(describe(query) + ": searching")));
        Registration inUse = mounts.use(id, holderId);
        ExecutorService threads = Executors
                .newThreadPerTaskExecutor(Thread.ofVirtual().name("file-search-", 0).factory());
        SearchWalk walk = new SearchWalk(hub, id, query, limits, clock, listener, threads);
        CompletableFuture<SearchEnd> end = new CompletableFuture<>();
        Thread.ofVirtual().name("file-search-" + row).start(() -> {
            SearchEnd how = null;
            RuntimeException failed = null;
            try {
                how = walk.run();
            } catch (RuntimeException e) {
                log.error("Search {} on mount {} failed", row, id, e);
                failed = e;
            } finally {
                inUse.remove();
                threads.shutdown();
            }
            if (how != null) {
                audit.ended(row, clock.instant(), null, 0, outcome(how), clip(describe(query) + ": " + summary(how)));
                end.complete(how);
            } else {
                audit.ended(row, clock.instant(), null, 0, DownloadOutcome.FAILED,
                        clip(describe(query) + ": " + failed));
                end.completeExceptionally(failed == null ? new IllegalStateException("search ended") : failed);
            }
        });
        return new RunningSearch(walk, end);
    }

    private static DownloadOutcome outcome(SearchEnd end) {
        return switch (end.stop()) {
            case CANCELLED -> DownloadOutcome.ABORTED;
            case MOUNT_GONE, HUB_FAILING -> DownloadOutcome.FAILED;
            default -> DownloadOutcome.COMPLETE;
        };
    }

    /** Pattern, filters and scope, in the audit's detail column. */
    static String describe(SearchQuery query) {
        String filters = query.filters();
        return "Search for \u201c" + query.pattern() + "\u201d" + (filters.isEmpty() ? "" : " (" + filters + ")")
                + (query.wholeDisk() ? " in the whole disk" : " in this folder and below");
    }

    private static String summary(SearchEnd end) {
        SearchProgress p = end.progress();
        String counts = String.format(Locale.ROOT, "%d matches in %d folders, %d entries, %d skipped", p.matches(),
                p.folders(), p.entries(), p.skipped());
        return end.cut() ? counts + "; cut: " + end.stop().name().toLowerCase(Locale.ROOT).replace('_', ' ') : counts;
    }

    private static String clip(String s) {
        return s.length() <= DETAIL_LENGTH ? s : s.substring(0, DETAIL_LENGTH - 1) + "…";
    }

}
