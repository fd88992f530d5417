package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * No answer from the hub: no URL configured, unknown host, connection refused, a timeout, or a
 * connection closed without a response.
 *
 * <p>{@link #outcomeUnknown()} is {@code true} when the request may have reached the hub and been
 * acted on. This matters for {@code startBackup} and {@code mount}: the hub does their work
 * synchronously, drops the response after 15 s, and has no duplicate guard. Never retry them
 * blindly; re-query instead ({@code backups(forVm(..))}, {@code mounts()}).
 */
public final class HubUnavailableException extends HubException {

    private final boolean outcomeUnknown;

    /**
     * @param operation the failed {@link HubClient} method
     * @param code {@link HubErrorCode#UNREACHABLE}, {@link HubErrorCode#TIMEOUT} or
     *     {@link HubErrorCode#NO_RESPONSE}
     * @param outcomeUnknown whether the hub may have acted on the request
     * @param description what was observed, e.g. "connection refused"
     * @param cause the underlying error, if any
     */
    public HubUnavailableException(
            String operation,
            HubErrorCode code,
            boolean outcomeUnknown,
            String description,
            @Nullable Throwable cause) {
        super(operation, code, null, null, description + (outcomeUnknown ? "; the hub may have acted" : ""), cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Whether the request may have reached the hub and been acted on (a write that timed out or
     * whose connection dropped). Always {@code false} for reads.
     *
     * @return {@code true} if the outcome must be checked by re-querying
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
