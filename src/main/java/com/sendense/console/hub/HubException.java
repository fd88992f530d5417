package com.sendense.console.hub;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A failed hub call: the subtype says what the UI can do about it, {@link #code()} exactly what
 * happened. Exceptions carry facts; wording is the UI's job.
 */
public abstract sealed class HubException extends RuntimeException permits HubUnavailableException, HubAuthException,
        HubNotFoundException, HubConflictException, HubRejectedException, HubServerException, HubTruncatedException {

    private final String operation;
    private final HubErrorCode code;
    private final @Nullable Integer status;
    private final @Nullable String hubMessage;
    private final @Nullable String details;

    HubException(String operation, HubErrorCode code, @Nullable Integer status, @Nullable String hubMessage,
            @Nullable String details, @Nullable Throwable cause) {
        super(describe(operation, code, status, hubMessage, details), cause);
        this.operation = operation;
        this.code = code;
        this.status = status;
        this.hubMessage = blankToNull(hubMessage);
        this.details = blankToNull(details);
    }

    /** The {@link HubClient} method that failed, e.g. {@code startBackup}. */
    public String operation() {
        return operation;
    }

    public HubErrorCode code() {
        return code;
    }

    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The hub's {@code error}, {@code error_message} or plain-text body. */
    public Optional<String> hubMessage() {
        return Optional.ofNullable(hubMessage);
    }

    /** The hub's {@code details} field, or what this client observed (e.g. "connection refused"). */
    public Optional<String> details() {
        return Optional.ofNullable(details);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String describe(String operation, HubErrorCode code, @Nullable Integer status,
            @Nullable String hubMessage, @Nullable String details) {
        StringBuilder sb = new StringBuilder(operation).append(" failed: ").append(code);
        if (status != null) {
            sb.append(" (HTTP ").append(status).append(')');
        }
        if (blankToNull(hubMessage) != null) {
            sb.append(": ").append(hubMessage);
        }
        if (blankToNull(details) != null) {
            sb.append(" [").append(details).append(']');
        }
        return sb.toString();
    }
}
