package com.sendense.console.users;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A console user as the rest of the application sees it; the password hash never leaves the
 * {@code users} package.
 *
 * @param id database id
 * @param username lower-cased, unique
 * @param displayName name shown in the UI
 * @param role the single role
 * @param enabled whether the user may sign in
 * @param createdAt when the account was created
 * @param updatedAt when anything but the last login last changed
 * @param lastLoginAt last successful sign-in, null if never
 * @param scopePatterns help-desk VM patterns; empty for the other roles
 */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
        Instant updatedAt, @Nullable Instant lastLoginAt, List<String> scopePatterns) implements Serializable {

    public UserAccount {
        scopePatterns = List.copyOf(scopePatterns);
    }

    /** The VMs this user may see. */
    public VmScope vmScope() {
        return VmScope.forRole(role, scopePatterns);
    }

    public Optional<Instant> lastLogin() {
        return Optional.ofNullable(lastLoginAt);
    }
}
