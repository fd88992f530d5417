package com.sendense.hubsim.control;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A fault to inject into hub requests. Build one with a factory and refine it:
 * {@code FaultSpec.slow("POST", "/api/v1/backups", Duration.ofSeconds(20)).times(1)}.
 *
 * @param method             HTTP method to match, or null for any
 * @param path               request path (decoded), matched exactly or as a prefix
 * @param match              how {@code path} is compared
 * @param action             what happens to a matching request
 * @param delay              for {@link Action#SLOW}: how long to wait before the hub handles the request
 * @param status             for {@link Action#STATUS}: the status to answer
 * @param body               for {@link Action#STATUS}: the body to answer
 * @param contentType        for {@link Action#STATUS}: the body's content type
 * @param truncateAfterBytes for {@link Action#TRUNCATE}: body bytes sent before the connection is cut
 * @param times              how many requests the fault applies to, or null until cleared
 */
public record FaultSpec(
        @Nullable String method,
        String path,
        Match match,
        Action action,
        Duration delay,
        int status,
        String body,
        String contentType,
        long truncateAfterBytes,
        @Nullable Integer times) {

    /** How the path is compared. */
    public enum Match { EXACT, PREFIX }

    /** What a fault does. */
    public enum Action {
        /** Wait, then let the hub handle the request normally; past the write timeout the client gets no answer, but the work is done. */
        SLOW,
        /** Answer with the given status and body without running the hub's handler. */
        STATUS,
        /** Close the connection without any response. */
        DROP,
        /** Let the hub answer, but cut the body after some bytes and close the connection. */
        TRUNCATE
    }

    public FaultSpec {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (delay.isNegative() || truncateAfterBytes < 0) {
            throw new IllegalArgumentException("delayMs and truncateAfterBytes must not be negative");
        }
    }

    public static FaultSpec slow(@Nullable String method, String path, Duration delay) {
        return new FaultSpec(method, path, Match.EXACT, Action.SLOW, delay, 0, "", "", 0, null);
    }

    public static FaultSpec status(@Nullable String method, String path, int status, String body) {
        return new FaultSpec(method, path, Match.EXACT, Action.STATUS, Duration.ZERO, status, body, "application/json", 0, null);
    }

    public static FaultSpec drop(@Nullable String method, String path) {
        return new FaultSpec(method, path, Match.EXACT, Action.DROP, Duration.ZERO, 0, "", "", 0, null);
    }

    public static FaultSpec truncate(@Nullable String method, String path, long afterBytes) {
        return new FaultSpec(method, path, Match.EXACT, Action.TRUNCATE, Duration.ZERO, 0, "", "", afterBytes, null);
    }

    /** The same fault, matching every path under {@code path}. */
    public FaultSpec prefix() {
        return new FaultSpec(method, path, Match.PREFIX, action, delay, status, body, contentType, truncateAfterBytes, times);
    }

    /** The same fault, for the next {@code n} matching requests only. */
    public FaultSpec times(int n) {
        return new FaultSpec(method, path, match, action, delay, status, body, contentType, truncateAfterBytes, n);
    }

    /** The same {@link Action#STATUS} fault with another content type. */
    public FaultSpec contentType(String type) {
        return new FaultSpec(method, path, match, action, delay, status, body, type, truncateAfterBytes, times);
    }

    boolean matches(String requestMethod, String requestPath) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        return match == Match.EXACT ? requestPath.equals(path) : requestPath.startsWith(path);
    }
}
