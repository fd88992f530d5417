package com.sendense.console.users;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user as the session keeps it, with the account's security stamp read together with
 * the password hash, so a change made after the password check still ends the session.
 */
public class ConsoleUserDetails extends User {

    private final long securityVersion;

    ConsoleUserDetails(String username, String password, boolean enabled,
            Collection<? extends GrantedAuthority> authorities, long securityVersion) {
        super(username, password, enabled, true, true, true, authorities);
        this.securityVersion = securityVersion;
    }

    /** The account's {@code security_version} when this user signed in. */
    public long securityVersion() {
        return securityVersion;
    }

    // User's equals and hashCode compare the name only, which is what session bookkeeping wants.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
