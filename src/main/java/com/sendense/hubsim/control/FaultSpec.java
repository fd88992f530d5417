package com.sendense.hubsim.control;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * E.g. {@code FaultSpec.slow("POST", "/api/v1/backups", Duration.ofSeconds(20)).times(1)}. {@code path}
 * is decoded; a null {@code method} matches any; a null {@code times} lasts until cleared.
 */
public record FaultSpec(@Nullable String method, String path, Match match, Action action, Duration delay, int status,
        String body, String contentType, long truncateAfterBytes, @Nullable Integer times) {

    public enum Match {
        EXACT, PREFIX
    }

    public enum Action {
        /**
         * Wait, then let the hub handle the request normally; past the write timeout the client gets no answer, but the
         * work is done.
         */
        SLOW,
        /** Answer with the given status and body without running the hub's handler. */
        STATUS, DROP, TRUNCATE
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
        return new FaultSpec(method, path, Match.EXACT, Action.STATUS, Duration.ZERO, status, body, "application/json",
                0, null);
    }

    public static FaultSpec drop(@Nullable String method, String path) {
        return new FaultSpec(method, path, Match.EXACT, Action.DROP, Duration.ZERO, 0, "", "", 0, null);
    }

    public static FaultSpec truncate(@Nullable String method, String path, long afterBytes) {
        return new FaultSpec(method, path, Match.EXACT, Action.TRUNCATE, Duration.ZERO, 0, "", "", afterBytes, null);
    }

    public FaultSpec prefix() {
        return new FaultSpec(method, path, Match.PREFIX, action, delay, status, body, contentType, truncateAfterBytes,
                times);
    }

    public FaultSpec times(int n) {
        return new FaultSpec(method, path, match, action, delay, status, body, contentType, truncateAfterBytes, n);
    }

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
