package com.sendense.console.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Answers, for every request of a signed-in session, whether the account still has the stamp the
 * session signed in with. Read from the database at most every few seconds per user, so another
 * console instance's change ends a session here within that time; changes made here are forgotten
 * at once.
 */
@Component
public class AccountStamps {

    static final Duration CACHE = Duration.ofSeconds(5);

    private record Cached(Optional<Long> version, Instant readAt) {}

    private final UserRepository users;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Autowired
    AccountStamps(UserRepository users, ObjectProvider<Clock> clock) {
        this(users, clock.getIfAvailable(Clock::systemUTC));
    }

    AccountStamps(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Whether {@code username} exists, is enabled and still has {@code version}. */
    public boolean isCurrent(String username, long version) {
        Instant now = clock.instant();
        Cached c = cache.get(username);
        if (c == null || !c.readAt().plus(CACHE).isAfter(now)) {
            c = new Cached(users.securityVersion(username), now);
            cache.put(username, c);
        }
        return c.version().filter(v -> v == version).isPresent();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(AccountChanged changed) {
        cache.remove(changed.username());
    }
}
