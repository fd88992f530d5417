package com.sendense.console.users;

import java.util.List;

/**
 * What an administrator enters to create a user.
 *
 * @param scopePatterns help-desk VM patterns; ignored unless the role is {@link Role#HELPDESK}
 */
public record NewUser(String username, String displayName, String password, Role role, List<String> scopePatterns) {

    public NewUser {
        scopePatterns = List.copyOf(scopePatterns);
    }

    @Override
    public String toString() {
        // Never log the password.
        return "NewUser[" + username + ", " + role + "]";
    }
}
