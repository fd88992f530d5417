package com.sendense.console.testsupport;

import com.sendense.console.users.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Sets a test's scene through the console's own services, whose method security wants a signed-in caller: runs
 * an action as the administrator and puts back whoever was signed in before.
 */
public final class AsAdmin {

    private AsAdmin() {}

    public static <T> T get(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
                .authenticated("admin", "", List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }
}
