package com.sendense.hubsim.http;

import java.util.Optional;

/** The hub's {@code requireAuth} wrapper: an answer that replaces the handler's, or empty to let it run. */
@FunctionalInterface
public interface RouteGuard {

    Optional<Reply> check(HubRequest request);
}
