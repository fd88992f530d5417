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
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Browsing a mounted backup disk. Every call checks that the mount's VM is in the user's scope
 * (whatever the URL says) and refuses paths with {@code ..}: the hub does not check them under
 * {@code /partition-N/} and would list its own file system (contract §5.4).
 */
@Service
public class FileBrowseService {

    private static final Duration ESTIMATE_TIME_LIMIT = Duration.ofSeconds(5);

    private final HubClient hub;
    private final MountAccess mounts;
    private final CurrentUser currentUser;
    private final RestoreProperties properties;
    private final Clock clock;

    FileBrowseService(HubClient hub, MountAccess mounts, CurrentUser currentUser, RestoreProperties properties,
            Clock clock) {
        this.hub = hub;
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
     * @throws com.sendense.console.hub.HubException if the hub cannot list it
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Folder open(MountId id, HubPath path) {
        BrowseMount mount = require(id);
        FileListing listing = hub.files(id, path);
        return new Folder(mount, path, listing.entries());
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
        Instant deadline = clock.instant().plus(ESTIMATE_TIME_LIMIT);
        Deque<HubPath> todo = new ArrayDeque<>();
        todo.add(folder);
        long bytes = 0;
        long files = 0;
        long folders = 0;
        long empty = 0;
        int listings = 0;
        while (!todo.isEmpty()) {
            if (listings >= properties.estimateListings() || clock.instant().isAfter(deadline)) {
                return new SizeEstimate(bytes, files, folders, empty, false);
            }
            FileListing listing = hub.files(id, todo.poll());
            listings++;
            if (listing.entries().isEmpty() && listings > 1) {
                empty++;
            }
            for (FileEntry e : listing.entries()) {
                if (e.isDirectory()) {
                    folders++;
                    todo.add(e.path());
                } else {
                    files++;
                    bytes += e.size();
                }
            }
        }
        return new SizeEstimate(bytes, files, folders, empty, true);
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
