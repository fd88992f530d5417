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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Who uses which mount: one nobody holds is unmounted after {@code console.restore.unmount-grace}, freeing the
 * hub's slot; a never-used one stays until it expires. A crashed or offline browser never says goodbye, so a use
 * also lapses after {@code console.restore.usage-timeout} without a heartbeat ({@link #seen}). Kept in the
 * database so every console instance's sweep sees the others' users. Holder ids: "session id/UI id" for a file
 * browser, the session id for a download queue.
 */
@Component
public class MountUsage {

    /** Three missed heartbeats at the 30 s interval set in application.properties. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    public record User(String holderId, String username, Instant since) {}

    private final CurrentUser currentUser;
    private final Clock clock;
    private final MountUsageRows rows;
    private final Duration timeout;
    private final String instanceId;
    private final Map<Key, Integer> local = new ConcurrentHashMap<>();

    @Autowired
    MountUsage(CurrentUser currentUser, Clock clock, MountUsageRows rows,
            @Value("${console.restore.usage-timeout:90s}") Duration timeout) {
        this(currentUser, clock, rows, timeout, UUID.randomUUID().toString());
    }

    private static final Logger log = LoggerFactory.getLogger(MountUsage.class);

    private volatile boolean closing;

    MountUsage(CurrentUser currentUser, Clock clock, MountUsageRows rows, Duration timeout, String instanceId) {
        this.currentUser = currentUser;
        this.clock = clock;
        this.rows = rows;
        this.timeout = timeout;
        this.instanceId = instanceId;
    }

    /** Registering the same holder twice needs two removals; removing one registration twice does nothing more. */
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

    /** A heartbeat of one of the session's tabs keeps all its uses on this instance alive. */
    public void seen(String sessionId) {
        if (closing) {
            return;
        }
        Instant now = clock.instant();
        local.keySet()
                .stream()
                .filter(k -> k.ofSession(sessionId))
                .forEach(k -> rows.seen(k.mountId(), k.holderId(), now));
    }

    public synchronized void endSession(String sessionId) {
        if (closing) {
            return;
        }
        Instant now = clock.instant();
        local.keySet().removeIf(k -> {
            if (k.ofSession(sessionId)) {
                rows.release(k.mountId(), k.holderId(), now);
                return true;
            }
            return false;
        });
    }

    /** Holders on every console instance, longest first. */
    public List<User> users(MountId mountId) {
        return rows.live(mountId, liveAfter());
    }

    public boolean usedByOthers(MountId mountId, String holderId) {
        return users(mountId).stream().anyMatch(u -> !u.holderId().equals(holderId));
    }

    public Optional<Instant> idleSince(MountId mountId) {
        return Optional.ofNullable(idleMounts().get(mountId));
    }

    Map<MountId, Instant> idleMounts() {
        return rows.idle(liveAfter());
    }

    /** So that exactly one sweep, of any console instance, unmounts the idle mount. */
    boolean claimIdle(MountId mountId, Instant idleBefore) {
        return rows.claimIdle(mountId, idleBefore, liveAfter());
    }

    /** Puts a claimed mount back on the idle list after its unmount failed. */
    void unclaim(MountId mountId, Instant since) {
        rows.unclaim(mountId, since, instanceId);
    }

    synchronized void forget(MountId mountId) {
        local.keySet().removeIf(k -> k.mountId().equals(mountId));
        rows.forget(mountId);
    }

    private Instant liveAfter() {
        return clock.instant().minus(timeout);
    }

    /**
     * At shutdown, before the database pool closes (Vaadin destroys its sessions, and with them the file
     * browsers' uses, only afterwards): this instance's uses end in one step, so other instances see at
     * once that nobody here browses any more, and the later releases are skipped instead of each failing
     * on a closed pool with a stack trace.
     */
    @EventListener(ContextClosedEvent.class)
    synchronized void releaseAllAtShutdown() {
        closing = true;
        Instant now = clock.instant();
        try {
            local.keySet().forEach(k -> rows.release(k.mountId(), k.holderId(), now));
        } catch (DataAccessException e) {
            log.warn("Could not release this instance's mount uses at shutdown (they lapse after {}): {}", timeout,
                    e.getMessage());
        }
        local.clear();
    }

    private void release(Key key) {
        if (closing) {
            return;
        }
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
