package com.sendense.console.users;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Sign-in against the {@code users} table. A disabled user is returned as disabled, so Spring
 * Security refuses the sign-in after checking the password. Being the only
 * {@link UserDetailsService} bean, Spring Security picks it up without further wiring.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findCredentials(username)
                .map(c -> (UserDetails) new ConsoleUserDetails(c.username(), c.passwordHash(), c.enabled(),
                        List.of(new SimpleGrantedAuthority(c.role().authority())), c.securityVersion()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
