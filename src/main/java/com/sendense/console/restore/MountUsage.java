package com.sendense.console.restore;

import com.sendense.console.hub.MountId;
import com.sendense.console.users.CurrentUser;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is using which mount right now: every open file browser and every running download queue
 * holds a registration while it needs the mount. When the last holder lets go, the mount is
 * unmounted after a grace period by a scheduled sweep ({@code console.restore.unmount-grace},
 * default 2 minutes), so closing the browser tab frees the hub's restore slot.
 *
 * <p>A clean tab close is not the only way a use ends. A browser that crashed or lost its network
 * never says goodbye, and Vaadin only notices at the session's next request or its expiry, so a
 * use also lapses when its tab stops sending heartbeats: {@link #seen} refreshes it on every
 * heartbeat of the session ({@code vaadin.heartbeatInterval}), and a use not refreshed for
 * {@code console.restore.usage-timeout} (default 90 s, three heartbeats) counts as gone. Session
 * destruction ends the session's uses at once ({@link #endSession}).
 *
 * <p>Uses are kept in the console database ({@code restore_mount_usage}), so every console instance
 * sharing it sees the others' users and their sweeps agree on what is idle. A holder id names one
 * user of a mount: the Vaadin session id plus the UI id for a file browser, or the session id for
 * a download queue. Only mounts someone has used are ever unmounted this way; a mount that was
 * never browsed stays until it expires. Thread-safe.
 */
@Component
public class MountUsage {

    /** Three missed heartbeats at the 30 s interval set in application.properties. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

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
    private final MountUsageRows rows;
    private final Duration timeout;
    private final String instanceId;
    /** This instance's registrations per (mount, holder): one holder may register twice. */
    private final Map<Key, Integer> local = new ConcurrentHashMap<>();

    @Autowired
    MountUsage(CurrentUser currentUser, Clock clock, MountUsageRows rows,
            @Value("${console.restore.usage-timeout:90s}") Duration timeout) {
        this(currentUser, clock, rows, timeout, UUID.randomUUID().toString());
    }

    MountUsage(CurrentUser currentUser, Clock clock, MountUsageRows rows, Duration timeout, String instanceId) {
        this.currentUser = currentUser;
        this.clock = clock;
        this.rows = rows;
        this.timeout = timeout;
        this.instanceId = instanceId;
    }

    /**
     * Marks the mount as in use by {@code holderId} (the signed-in user) until the returned
     * registration is removed, the holder's session ends or its heartbeats stop. Registering the
     * same holder twice needs two removals.
     *
     * @param mountId the mount
     * @param holderId who uses it, e.g. session id + "/" + UI id
     * @return removes this use; removing it twice has no further effect
     */
    public Registration use(MountId mountId, String holderId) {
        String username = currentUser.username().orElse("unknown");
        Key key = new Key(mountId, holderId);
        synchronized (this) {
            local.merge(key, 1, Integer::sum);
            rows.use(mountId, holderId, instanceId, username, clock.instant());
        }
        boolean[] removed = {false};
        return () -> {
            synchronized (this) {
                if (!removed[0]) {
                    removed[0] = true;
                    release(key);
                }
            }
        };
    }

    /**
     * A sign of life from a session, e.g. a heartbeat of one of its tabs: keeps every use of the
     * session on this instance (its browsers and its download queue) alive. Costs nothing for a
     * session that uses no mount.
     *
     * @param sessionId the Vaadin session's id
     */
    public void seen(String sessionId) {
        Instant now = clock.instant();
        local.keySet().stream().filter(k -> k.ofSession(sessionId)).forEach(k -> rows.seen(k.mountId(), k.holderId(), now));
    }

    /**
     * Ends every use of a session on this instance at once: the session expired or was closed.
     *
     * @param sessionId the Vaadin session's id
     */
    public synchronized void endSession(String sessionId) {
        Instant now = clock.instant();
        local.keySet().removeIf(k -> {
            if (k.ofSession(sessionId)) {
                rows.release(k.mountId(), k.holderId(), now);
                return true;
            }
            return false;
        });
    }

    /**
     * The current holders of a mount on every console instance, longest first.
     *
     * @param mountId the mount
     * @return the holders, empty when nobody uses it
     */
    public List<User> users(MountId mountId) {
        return rows.live(mountId, liveAfter());
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
     * @return when the last holder let go or fell silent; empty while in use or if never used
     */
    public Optional<Instant> idleSince(MountId mountId) {
        return Optional.ofNullable(idleMounts().get(mountId));
    }

    /** Mounts nobody uses any more, with the time the last holder let go or fell silent. */
    Map<MountId, Instant> idleMounts() {
        return rows.idle(liveAfter());
    }

    /**
     * Takes a mount idle since before {@code idleBefore} off the idle list, so exactly one sweep,
     * of any console instance, unmounts it.
     *
     * @return {@code true} if the mount was idle that long and is now claimed
     */
    boolean claimIdle(MountId mountId, Instant idleBefore) {
        return rows.claimIdle(mountId, idleBefore, liveAfter());
    }

    /** Puts a claimed mount back on the idle list after its unmount failed. */
    void unclaim(MountId mountId, Instant since) {
        rows.unclaim(mountId, since, instanceId);
    }

    /** Drops everything known about a mount that no longer exists. */
    synchronized void forget(MountId mountId) {
        local.keySet().removeIf(k -> k.mountId().equals(mountId));
        rows.forget(mountId);
    }

    private Instant liveAfter() {
        return clock.instant().minus(timeout);
    }

    private void release(Key key) {
        Integer left = local.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
        if (left == null) {
            rows.release(key.mountId(), key.holderId(), clock.instant());
        }
    }

    private record Key(MountId mountId, String holderId) {
        boolean ofSession(String sessionId) {
            return holderId.equals(sessionId) || holderId.startsWith(sessionId + "/");
        }
    }
}
