package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** {@code lastLoginError} is the hub's reason when the latest login failed. */
public record HubAuthStatus(boolean tokenConfigured, LoginState lastLogin, @Nullable Instant lastLoginAt,
        @Nullable String lastLoginError) {

    public enum LoginState {
        /** No login was needed or tried yet. */
        NOT_ATTEMPTED, SUCCEEDED, FAILED
    }
}
