package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
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
 * Every call checks the mount's VM against the user's scope (whatever the URL says) and refuses {@code ..}: the
 * hub does not check it under {@code /partition-N/} and would list its own file system (contract §5.4). For the
 * same reason no path goes into or through a link ({@link LinkGuard}, issue 11).
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

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Optional<BrowseMount> mount(MountId id) {
        Optional<BrowseMount> mount = mounts.find(id);
        mount.ifPresent(this::checkScope);
        return mount;
    }

    /**
     * @throws MountGoneException if the console does not know the mount or it has expired
     * @throws LinkRefusedException if the path is or goes through a link ({@link #resolve} first)
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Folder open(MountId id, HubPath path) {
        BrowseMount mount = require(id);
        links.requireLinkFree(id, path);
        FileListing listing = hub.files(id, path);
        listing.entries().forEach(e -> links.remember(id, e));
        return new Folder(mount, path, listing.entries());
    }

    /** @throws LinkRefusedException if a link leaves its partition or its target cannot be read */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public ResolvedPath resolve(MountId id, HubPath path) {
        require(id);
        return links.resolve(id, path);
    }

    /**
     * Where a link of an open folder leads, for display: {@code → /partition-2/Users}, or its raw target and that it is
     * refused.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Text linkTarget(Folder folder, FileEntry link) {
        return links.describe(folder.mount().mountId(), link);
    }

    /**
     * A download must not make the hub follow a link out of the backup: no path through a link, no ZIP (also the
     * hub's automatic ZIP of a folder) of a tree with a link leaving its partition. A tar.gz does not follow links.
     */
    void refuseLinks(DownloadRequest request) {
        require(request.mountId());
        ResolvedPath target = links.requireLinkFree(request.mountId(), request.path());
        if (request.kind() == DownloadKind.ZIP
                || (request.kind() == DownloadKind.FILE && target.entry().isDirectory())) {
            refuseZip(request.mountId(), request.path());
        }
    }

    /** The hub's ZIP follows every link below the folder, so each must stay inside its own partition. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Optional<Text> zipRefusal(MountId id, HubPath folder) {
        require(id);
        try {
            links.requireLinkFree(id, folder);
            refuseZip(id, folder);
            return Optional.empty();
        } catch (LinkRefusedException e) {
            return Optional.of(e.text());
        }
    }

    private void refuseZip(MountId id, HubPath folder) {
        LinkScan scan = links.scan(id, folder, LINK_SCAN_LISTINGS);
        if (!scan.complete() || scan.links().size() > LINK_CHECKS) {
            throw new LinkRefusedException(
                    Text.of("restore.zip.tooManyLinks", folder.value(), LINK_SCAN_LISTINGS, LINK_CHECKS));
        }
        List<FileEntry> leaving = scan.links().stream().filter(link -> !staysInside(id, link)).toList();
        if (!leaving.isEmpty()) {
            throw new LinkRefusedException(Text.of("restore.zip.linksLeave", folder.value(), leaving.size(),
                    leaving.getFirst().path().value()));
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

    /**
     * The folder a typed path means ({@link TypedPath}): the first of its readings that exists, through links inside
     * their partition as {@link #resolve} does; a file's path opens its folder.
     *
     * @throws TypedPathException naming every path tried when none exists, or why the text is no path
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public HubPath locate(MountId id, String typed, HubPath current) {
        require(id);
        List<FileEntry> partitions = hub.files(id, HubPath.root()).entries();
        List<HubPath> tried = TypedPath.candidates(typed, partitions, current);
        for (HubPath candidate : tried) {
            if (candidate.isRoot()) {
                return candidate;
            }
            if (partitions.stream().noneMatch(p -> p.path().name().equals(candidate.segments().getFirst()))) {
                continue;
            }
            try {
                ResolvedPath found = links.resolve(id, candidate);
                return found.entry().isDirectory() ? found.path() : found.path().parent().orElse(HubPath.root());
            } catch (HubException e) {
                if (e.code() != HubErrorCode.PATH_NOT_FOUND) {
                    throw e;
                }
            }
        }
        throw new TypedPathException(Text.of("browser.path.notFound", typed.strip(),
                String.join(", ", tried.stream().map(HubPath::value).toList())));
    }

    /** @throws IllegalArgumentException if the typed or URL path has a {@code ..} segment */
    public static HubPath parsePath(String raw) {
        String p = raw.replace('\\', '/');
        return HubPath.of(p);
    }

    /** Bounded by {@code console.restore.estimate-listings} and a few seconds: cheap enough before every archive. */
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
