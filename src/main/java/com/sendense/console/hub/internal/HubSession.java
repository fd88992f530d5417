package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubAuthException;
import com.sendense.console.hub.HubAuthStatus;
import com.sendense.console.hub.HubAuthStatus.LoginState;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs in lazily, once, and keeps the session token (contract §1.2). Logins are serialised: the
 * hub's session map has no lock and concurrent logins can crash it. A rejected login is not repeated
 * for {@link #FAILED_LOGIN_BACKOFF}; calls go out without a header, so unprotected routes keep working.
 */
final class HubSession {

    static final Duration FAILED_LOGIN_BACKOFF = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(HubSession.class);

    /** Performs the login request and returns the session token, or throws. */
    @FunctionalInterface
    interface Login {

        String login(String applianceToken);
    }

    private final @Nullable String applianceToken;
    private final Login login;
    private final Clock clock;

    private volatile @Nullable String sessionToken;
    private volatile HubAuthStatus status;
    private @Nullable HubException lastFailure;

    HubSession(@Nullable String applianceToken, Login login, Clock clock) {
        this.applianceToken = applianceToken;
        this.login = login;
        this.clock = clock;
        this.status = new HubAuthStatus(applianceToken != null, LoginState.NOT_ATTEMPTED, null, null);
    }

    /** Empty when auth is off or the login was rejected. */
    Optional<String> token() {
        if (applianceToken == null) {
            return Optional.empty();
        }
        String current = sessionToken;
        if (current != null) {
            return Optional.of(current);
        }
        synchronized (this) {
            if (sessionToken != null) {
                return Optional.of(sessionToken);
            }
            Instant failedAt = status.lastLoginAt();
            if (lastFailure != null && failedAt != null
                    && clock.instant().isBefore(failedAt.plus(FAILED_LOGIN_BACKOFF))) {
                return Optional.empty();
            }
            return loginNow();
        }
    }

    /** After a hub restart forgot {@code staleToken}, unless another thread has already renewed it. */
    synchronized Optional<String> renew(String staleToken) {
        String current = sessionToken;
        if (current != null && !current.equals(staleToken)) {
            return Optional.of(current);
        }
        log.info("The hub no longer knows the console's session (hub restarted?); logging in again");
        sessionToken = null;
        return loginNow();
    }

    /** After our own login was rejected, a 401 "missing header" really means "the hub rejected HUB_TOKEN". */
    HubException explain(String operation, HubException error) {
        HubException failure = lastFailure;
        if (error.code() == HubErrorCode.TOKEN_MISSING && failure != null) {
            return new HubAuthException(operation, HubErrorCode.INVALID_CREDENTIALS,
                    error.status().isPresent() ? error.status().getAsInt() : null, failure.hubMessage().orElse(null),
                    "the hub rejected the configured appliance token at login");
        }
        return error;
    }

    HubAuthStatus status() {
        return status;
    }

    private Optional<String> loginNow() {
        try {
            String token = login.login(applianceToken);
            sessionToken = token;
            lastFailure = null;
            status = new HubAuthStatus(true, LoginState.SUCCEEDED, clock.instant(), null);
            return Optional.of(token);
        } catch (HubUnavailableException e) {
            // The hub is down: the call itself cannot succeed either, so let it fail as unavailable.
            throw e;
        } catch (HubException e) {
            lastFailure = e;
            String reason = e.hubMessage().orElse(e.code().name());
            status = new HubAuthStatus(true, LoginState.FAILED, clock.instant(), reason);
            log.warn("Hub login failed ({}); calls continue without a token for {}", reason, FAILED_LOGIN_BACKOFF);
            return Optional.empty();
        }
    }
}
