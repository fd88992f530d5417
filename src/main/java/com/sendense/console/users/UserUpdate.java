package com.sendense.console.users;

import java.util.List;

/**
 * The editable fields of a user, applied together in one transaction.
 *
 * @param scopePatterns help-desk VM patterns; cleared unless the role is {@link Role#HELPDESK}
 */
public record UserUpdate(String displayName, Role role, boolean enabled, List<String> scopePatterns) {

    public UserUpdate {
        scopePatterns = List.copyOf(scopePatterns);
    }

    /** The current values of an account, to change some of them with the {@code with…} methods. */
    public static UserUpdate of(UserAccount account) {
        return new UserUpdate(account.displayName(), account.role(), account.enabled(), account.scopePatterns());
    }

    public UserUpdate withRole(Role newRole) {
        return new UserUpdate(displayName, newRole, enabled, scopePatterns);
    }

    public UserUpdate withEnabled(boolean newEnabled) {
        return new UserUpdate(displayName, role, newEnabled, scopePatterns);
    }
}
