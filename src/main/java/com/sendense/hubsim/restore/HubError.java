package com.sendense.hubsim.restore;

/**
 * A failure the restore API reports as {@code {"error":"<message>"}}: 400 only for request
 * validation, 500 for everything else (contract section 5).
 */
final class HubError extends Exception {

    private final int status;

    private HubError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static HubError badRequest(String message) {
        return new HubError(400, message);
    }

    static HubError internal(String message) {
        return new HubError(500, message);
    }

    int status() {
        return status;
    }

    /** The same failure with the caller's context in front, as Go's {@code fmt.Errorf("...: %w", err)}. */
    HubError wrap(String prefix) {
        return new HubError(status, prefix + ": " + getMessage());
    }
}
