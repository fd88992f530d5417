package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Browsing a mounted backup disk. Every call checks that the mount's VM is in the user's scope
 * (whatever the URL says) and refuses paths with {@code ..}: the hub does not check them under
 * {@code /partition-N/} and would list its own file system (contract §5.4). For the same reason
 * no path goes into or through a link ({@link LinkGuard}, issue 11).
 */
@Service
public class FileBrowseService {

    private static final Duration ESTIMATE_TIME_LIMIT = Duration.ofSeconds(5);

    /** Folders a ZIP check may list: a ZIP cannot be allowed before its whole tree is known to hold no link. */
    static final int LINK_SCAN_LISTINGS = 2_000;
    /** Links a ZIP check may resolve, each one or two file-info calls. */
    static final int LINK_CHECKS = 500;

    private final HubClient hub;
    private final LinkGuard links;
    private final MountAccess mounts;
    private final CurrentUser currentUser;
    private final RestoreProperties properties;
    private final Clock clock;

    FileBrowseService(HubClient hub, LinkGuard links, MountAccess mounts, CurrentUser currentUser,
            RestoreProperties properties, Clock clock) {
        this.hub = hub;
        this.links = links;
        this.mounts = mounts;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The mount, if the console knows it and the hub still has it.
     *
     * @throws AccessDeniedException if its VM is outside the user's scope
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Optional<BrowseMount> mount(MountId id) {
        Optional<BrowseMount> mount = mounts.find(id);
        mount.ifPresent(this::checkScope);
        return mount;
    }

    /**
     * Lists a folder once and keeps the parsed copy for a lazy grid.
     *
     * @throws MountGoneException if the console does not know the mount or it has expired
     * @throws AccessDeniedException if its VM is outside the user's scope
     * @throws LinkRefusedException if the path is or goes through a link ({@link #resolve} first)
     * @throws com.sendense.console.hub.HubException if the hub cannot list it
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Folder open(MountId id, HubPath path) {
        BrowseMount mount = require(id);
        links.requireLinkFree(id, path);
        FileListing listing = hub.files(id, path);
        listing.entries().forEach(e -> links.remember(id, e));
        return new Folder(mount, path, listing.entries());
    }

    /**
     * The path with each link on the way replaced by its target, when every such target stays in
     * its partition: where the console goes instead of through a link. Checks every component.
     *
     * @throws LinkRefusedException if a link leaves its partition or its target cannot be read
     * @throws MountGoneException if the console does not know the mount or it has expired
     * @throws AccessDeniedException if its VM is outside the user's scope
     * @throws com.sendense.console.hub.HubException if the hub cannot describe a component
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public ResolvedPath resolve(MountId id, HubPath path) {
        require(id);
        return links.resolve(id, path);
    }

    /** Where a link of an open folder leads, for display: {@code → /partition-2/Users}, or its raw target and that it is refused. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public String linkTarget(Folder folder, FileEntry link) {
        return links.describe(folder.mount().mountId(), link);
    }

    /**
     * Refuses a download that would make the hub follow a link out of the backup: a path that is or
     * goes through a link, or a ZIP (also the hub's automatic ZIP of a folder path) of a tree with a
     * link that leaves its partition. A tar.gz stores links as empty entries without following them.
     *
     * @throws LinkRefusedException with a sentence that names the link and what to do instead
     */
    void refuseLinks(DownloadRequest request) {
        require(request.mountId());
        ResolvedPath target = links.requireLinkFree(request.mountId(), request.path());
        if (request.kind() == DownloadKind.ZIP || (request.kind() == DownloadKind.FILE && target.entry().isDirectory())) {
            refuseZip(request.mountId(), request.path());
        }
    }

    /**
     * Why the hub's ZIP of a folder would be refused, if it would: the ZIP opens every link below
     * the folder, so each must lead somewhere inside its own partition.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Optional<String> zipRefusal(MountId id, HubPath folder) {
        require(id);
        try {
            links.requireLinkFree(id, folder);
            refuseZip(id, folder);
            return Optional.empty();
        } catch (LinkRefusedException e) {
            return Optional.ofNullable(e.getMessage());
        }
    }

    private void refuseZip(MountId id, HubPath folder) {
        String name = "\u201c" + folder.value() + "\u201d";
        String remedy = " Choose tar.gz, which stores links without following them, or download the other files one by one.";
        LinkScan scan = links.scan(id, folder, LINK_SCAN_LISTINGS);
        if (!scan.complete() || scan.links().size() > LINK_CHECKS) {
            throw new LinkRefusedException(name + " is too large to check every link in it (more than " + LINK_SCAN_LISTINGS
                    + " folders or " + LINK_CHECKS + " links), and a ZIP from the hub follows links out of the backup." + remedy);
        }
        List<FileEntry> leaving = scan.links().stream().filter(link -> !staysInside(id, link)).toList();
        if (!leaving.isEmpty()) {
            throw new LinkRefusedException(name + " holds " + count(leaving.size(), "link") + " that lead" + (leaving.size() == 1 ? "s" : "")
                    + " out of " + (leaving.size() == 1 ? "its" : "their") + " partition (the first is \u201c"
                    + leaving.getFirst().path().value() + "\u201d). A ZIP from the hub follows links and could take in files "
                    + "from outside this backup." + remedy);
        }
    }

    private boolean staysInside(MountId id, FileEntry link) {
        try {
            links.resolve(id, link.path());
            return true;
        } catch (LinkRefusedException | com.sendense.console.hub.HubException e) {
            return false;
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Parses a path typed by the user or taken from a URL.
     *
     * @throws IllegalArgumentException if it has a {@code ..} segment
     */
    public static HubPath parsePath(String raw) {
        String p = raw.replace('\\', '/');
        return HubPath.of(p);
    }

    /**
     * Adds up the files below a folder by walking its listings, at most
     * {@code console.restore.estimate-listings} of them and for a few seconds: enough to warn
     * before a huge archive, cheap enough to do before every archive download.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public SizeEstimate estimate(MountId id, HubPath folder) {
        require(id);
        links.requireLinkFree(id, folder);
        Instant deadline = clock.instant().plus(ESTIMATE_TIME_LIMIT);
        Deque<HubPath> todo = new ArrayDeque<>();
        todo.add(folder);
        long bytes = 0;
        long files = 0;
        long folders = 0;
        long empty = 0;
        long linkCount = 0;
        int listings = 0;
        while (!todo.isEmpty()) {
            if (listings >= properties.estimateListings() || clock.instant().isAfter(deadline)) {
                return new SizeEstimate(bytes, files, folders, empty, linkCount, false);
            }
            FileListing listing = hub.files(id, todo.poll());
            listings++;
            if (listing.entries().isEmpty() && listings > 1) {
                empty++;
            }
            for (FileEntry e : listing.entries()) {
                if (e.symlink()) {
                    linkCount++;
                } else if (e.isDirectory()) {
                    folders++;
                    todo.add(e.path());
                } else {
                    files++;
                    bytes += e.size();
                }
            }
        }
        return new SizeEstimate(bytes, files, folders, empty, linkCount, true);
    }

    BrowseMount require(MountId id) {
        return mount(id).orElseThrow(() -> new MountGoneException(id));
    }

    private void checkScope(BrowseMount mount) {
        if (!currentUser.vmScope().allows(mount.vmName())) {
            throw new AccessDeniedException("The VM " + mount.vmName() + " is not in your scope");
        }
    }
}
