package com.sendense.console.users;

import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for any feature: name, role and help-desk VM scope.
 *
 * <p>The role comes from the session's authorities, so it agrees with {@code @RolesAllowed}
 * checks; a role change ends the user's sessions (see {@link AccountStamps}). The account and the
 * scope are read from the database on each call, so a narrowed scope applies at once.
 */
@Component
public class CurrentUser {

    private final UserRepository users;
    private final SecurityContextHolderStrategy securityContext;

    // The strategy bean (Vaadin registers one that also finds the context inside UI.access) is
    // what Spring Security's filters and method security use; the static holder may differ.
    CurrentUser(UserRepository users, ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.users = users;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user's (lower-case) name; empty when nobody is signed in. */
    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The signed-in user's role; empty when nobody is signed in or the role is not ours. */
    public Optional<Role> role() {
        return authentication().flatMap(auth -> auth.getAuthorities()
                .stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(a -> a == null ? Stream.empty() : Role.fromAuthority(a).stream())
                .findFirst());
    }

    public boolean hasRole(Role role) {
        return role().filter(role::equals).isPresent();
    }

    /** The signed-in user's account, fresh from the database. */
    public Optional<UserAccount> account() {
        return username().flatMap(users::findByUsername);
    }

    /**
     * The VMs the signed-in user may see: {@link VmScope#ALL} for unscoped roles, the stored
     * patterns for help desk, {@link VmScope#NONE} when nobody is signed in.
     */
    public VmScope vmScope() {
        Optional<Role> role = role();
        if (role.isEmpty()) {
            return VmScope.NONE;
        }
        if (!role.get().isScoped()) {
            return VmScope.ALL;
        }
        return account().map(a -> VmScope.of(a.scopePatterns())).orElse(VmScope.NONE);
    }

    private Optional<Authentication> authentication() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
