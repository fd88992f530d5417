package com.sendense.console.security;

import com.sendense.console.users.AccountStamps;
import com.sendense.console.users.ConsoleUserDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request when its account changed since it signed in (disabled,
 * deleted, another role or scope, a reset password), also when another console instance made the
 * change: the session is invalidated and the request goes on anonymous, so pages lead to the
 * sign-in page and Vaadin's client reloads into it.
 */
class AccountStampFilter extends OncePerRequestFilter {

    private final AccountStamps stamps;
    private final SecurityContextHolderStrategy securityContext;

    AccountStampFilter(AccountStamps stamps, SecurityContextHolderStrategy securityContext) {
        this.stamps = stamps;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ConsoleUserDetails user
                && !stamps.isCurrent(user.getUsername(), user.securityVersion())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            securityContext.clearContext();
        }
        chain.doFilter(request, response);
    }
}
