package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the console authenticates to the hub, for the status indicator ("auth on/off").
 *
 * @param tokenConfigured whether an appliance token is configured (auth on)
 * @param lastLogin the outcome of the latest login attempt
 * @param lastLoginAt when it happened, {@code null} before the first
 * @param lastLoginError the hub's reason when it failed
 */
public record HubAuthStatus(
        boolean tokenConfigured, LoginState lastLogin, @Nullable Instant lastLoginAt, @Nullable String lastLoginError) {

    /** The outcome of the latest login. */
    public enum LoginState {
        /** No login was needed or tried yet. */
        NOT_ATTEMPTED,
        SUCCEEDED,
        FAILED
    }
}
