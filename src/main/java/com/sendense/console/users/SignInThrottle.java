package com.sendense.console.users;

import com.sendense.console.users.SignInThrottleRepository.Counter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Brute-force protection: failures are counted per user name (as typed, existing or not, so a lock
 * reveals nothing) and per client address, in the database so every console instance shares them.
 * Too many within the window lock that name or address for a while; a success clears only its own
 * name, never the address, so one good password does not reset an attacker's count for others.
 * Every failure, lock and refusal is in the sign-in audit.
 */
@Service
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInThrottleRepository repository;
    private final SignInProperties properties;
    private final Clock clock;

    @Autowired
    SignInThrottle(SignInThrottleRepository repository, SignInProperties properties, ObjectProvider<Clock> clock) {
        this(repository, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    SignInThrottle(SignInThrottleRepository repository, SignInProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** Until when this name or this address may not sign in; empty if both may. Open to anonymous callers. */
    public Optional<Instant> lockedUntil(@Nullable String username, String address) {
        Instant now = clock.instant();
        return Stream.of(user(username), address(address))
                .flatMap(s -> repository.find(s).stream())
                .map(Counter::lockedUntil)
                .filter(t -> t != null && t.isAfter(now))
                .max(Instant::compareTo);
    }

    /** Records an attempt refused because of a lock (the password was not even checked). */
    public void refusedWhileLocked(@Nullable String username, String address) {
        repository.audit(clock.instant(), shown(username), shown(address), "REFUSED_LOCKED");
    }

    /** Counts a failed sign-in against the name and the address, locking either when it reaches its limit. */
    public void failed(@Nullable String username, String address) {
        Instant now = clock.instant();
        repository.audit(now, shown(username), shown(address), "FAILED");
        count(user(username), properties.maxFailures(), now, username, address);
        count(address(address), properties.maxAddressFailures(), now, username, address);
    }

    /** A successful sign-in clears its own name's count; the address keeps its count. */
    public void succeeded(String username, String address) {
        repository.delete(user(username));
        repository.audit(clock.instant(), shown(username), shown(address), "SIGNED_IN");
    }

    /** The names and addresses locked now, for administrators. */
    @RolesAllowed(Roles.ADMIN)
    public List<SignInLock> activeLocks() {
        return repository.lockedAt(clock.instant())
                .stream()
                .map(c -> new SignInLock(c.subject(), c.failures(), c.lockedUntil()))
                .toList();
    }

    private void count(String subject, int max, Instant now, @Nullable String username, String address) {
        Counter c = repository.find(subject)
                .filter(old -> old.lockedUntil() != null
                        ? old.lockedUntil().isAfter(now)
                        : old.windowStart().plus(properties.window()).isAfter(now))
                .orElse(new Counter(subject, 0, now, null));
        int failures = c.failures() + 1;
        Instant lockedUntil = c.lockedUntil();
        if (failures >= max && lockedUntil == null) {
            lockedUntil = now.plus(properties.lock());
            repository.audit(now, shown(username), shown(address), "LOCKED");
            log.warn("Sign-in locked for {} until {} after {} failures", subject, lockedUntil, failures);
        }
        repository.save(new Counter(subject, failures, c.windowStart(), lockedUntil));
    }

    static String user(@Nullable String username) {
        return "user:" + cut(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), 200);
    }

    static String address(String address) {
        return "address:" + cut(address, 64);
    }

    /** As the audit keeps it: typed text, so without control characters and bounded. */
    private static String shown(@Nullable String s) {
        return cut(s == null
                ? ""
                : s.codePoints()
                        .filter(c -> !Character.isISOControl(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString(),
                64);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
