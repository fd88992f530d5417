package com.sendense.console.restore;

import com.sendense.console.hub.MountId;
import com.sendense.console.users.CurrentUser;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is using which mount right now: every open file browser and every running download queue
 * holds a registration while it needs the mount. When the last holder lets go, the mount is
 * unmounted after a grace period by a scheduled sweep ({@code console.restore.unmount-grace},
 * default 2 minutes), so closing the browser tab frees the hub's restore slot.
 *
 * <p>A holder id names one user of a mount, e.g. the Vaadin session id plus the UI id for a file
 * browser, or the session id plus {@code "/downloads"} for a download queue. A file browser binds
 * it to its attachment:
 *
 * <pre>{@code
 * UiSubscriptions.whileAttached(this, ui -> usage.use(mountId,
 *         ui.getSession().getSession().getId() + "/" + ui.getUIId()));
 * }</pre>
 *
 * <p>Only mounts someone has used are ever unmounted this way; a mount that was never browsed
 * stays until it expires. Thread-safe.
 */
@Component
public class MountUsage {

    /**
     * One holder of a mount.
     *
     * @param holderId the holder, as registered
     * @param username the console user, or {@code "unknown"} when nobody was signed in
     * @param since when the holder registered
     */
    public record User(String holderId, String username, Instant since) {
    }

    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<MountId, Map<String, Holder>> holders = new ConcurrentHashMap<>();
    private final Map<MountId, Instant> idleSince = new ConcurrentHashMap<>();

    MountUsage(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Marks the mount as in use by {@code holderId} (the signed-in user) until the returned
     * registration is removed. Registering the same holder twice needs two removals.
     *
     * @param mountId the mount
     * @param holderId who uses it, e.g. session id + UI id
     * @return removes this use; removing it twice has no further effect
     */
    public Registration use(MountId mountId, String holderId) {
        String username = currentUser.username().orElse("unknown");
        Instant now = clock.instant();
        synchronized (this) {
            holders.computeIfAbsent(mountId, id -> new ConcurrentHashMap<>())
                    .merge(holderId, new Holder(new User(holderId, username, now), 1),
                            (old, added) -> new Holder(old.user(), old.count() + 1));
            idleSince.remove(mountId);
        }
        boolean[] removed = {false};
        return () -> {
            synchronized (this) {
                if (!removed[0]) {
                    removed[0] = true;
                    release(mountId, holderId);
                }
            }
        };
    }

    /**
     * The current holders of a mount, longest first.
     *
     * @param mountId the mount
     * @return the holders, empty when nobody uses it
     */
    public List<User> users(MountId mountId) {
        return holders.getOrDefault(mountId, Map.of()).values().stream().map(Holder::user)
                .sorted(Comparator.comparing(User::since)).toList();
    }

    /**
     * Whether anyone but {@code holderId} uses the mount.
     *
     * @param mountId the mount
     * @param holderId the asking holder, or any string that is no holder
     * @return {@code true} if another holder exists
     */
    public boolean usedByOthers(MountId mountId, String holderId) {
        return users(mountId).stream().anyMatch(u -> !u.holderId().equals(holderId));
    }

    /**
     * Since when nobody has used a mount that was in use before.
     *
     * @param mountId the mount
     * @return when the last holder let go; empty while in use or if never used
     */
    public Optional<Instant> idleSince(MountId mountId) {
        return Optional.ofNullable(idleSince.get(mountId));
    }

    /** Mounts nobody uses any more, with the time the last holder let go. */
    Map<MountId, Instant> idleMounts() {
        return Map.copyOf(idleSince);
    }

    /**
     * Takes a mount idle since before {@code idleBefore} off the idle list, so exactly one sweep
     * unmounts it.
     *
     * @return {@code true} if the mount was idle that long and is now claimed
     */
    synchronized boolean claimIdle(MountId mountId, Instant idleBefore) {
        Instant since = idleSince.get(mountId);
        if (since == null || since.isAfter(idleBefore)) {
            return false;
        }
        idleSince.remove(mountId);
        return true;
    }

    /** Puts a claimed mount back on the idle list after its unmount failed. */
    synchronized void unclaim(MountId mountId, Instant since) {
        if (!holders.containsKey(mountId)) {
            idleSince.putIfAbsent(mountId, since);
        }
    }

    /** Drops everything known about a mount that no longer exists. */
    synchronized void forget(MountId mountId) {
        holders.remove(mountId);
        idleSince.remove(mountId);
    }

    private void release(MountId mountId, String holderId) {
        Map<String, Holder> byHolder = holders.get(mountId);
        if (byHolder == null) {
            return;
        }
        byHolder.computeIfPresent(holderId, (id, h) -> h.count() > 1 ? new Holder(h.user(), h.count() - 1) : null);
        if (byHolder.isEmpty()) {
            holders.remove(mountId);
            idleSince.put(mountId, clock.instant());
        }
    }

    private record Holder(User user, int count) {
    }
}
