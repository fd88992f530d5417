package com.sendense.console.alerts;

import com.sendense.console.users.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The detector reads through the feature services, which check roles: on its scheduler thread nobody is
 * signed in, so it calls them as an internal administrator (all VMs; recipients are filtered later, per
 * user and scope). The context is set only for the call and restored after it.
 */
@Component
class SystemCaller {

    static final String NAME = "alerts";

    private final SecurityContextHolderStrategy strategy;

    SystemCaller(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    <T> T call(Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext system = strategy.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        strategy.setContext(system);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
