package com.sendense.console.security;

import com.sendense.console.users.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in POST for a locked user name or client address before the password is
 * checked, and sends the browser back to the sign-in page with the time it may try again. The
 * client address is the servlet's: behind a reverse proxy set {@code server.forward-headers-strategy}.
 */
class SignInLockFilter extends OncePerRequestFilter {

    static final String LOCKED_PARAMETER = "locked";

    private final SignInThrottle throttle;

    SignInLockFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        Optional<Instant> until = throttle.lockedUntil(username, address);
        if (until.isPresent()) {
            throttle.refusedWhileLocked(username, address);
            response.sendRedirect(
                    request.getContextPath() + "/login?" + LOCKED_PARAMETER + "=" + until.get().getEpochSecond());
            return;
        }
        chain.doFilter(request, response);
    }
}
