package com.sendense.hubsim.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routing rules of gorilla/mux v1.8 as the hub uses them: routes are tried in registration
 * order and the first whose path and method match wins; if some route matched the path but none
 * the method, the answer is 405 with an empty body; otherwise 404 {@code 404 page not found}.
 * Registration order therefore matters exactly as in the hub's {@code server.go}.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** A registered route; {@code wrapped} routes go through the hub's {@code requireAuth}. */
    public record Route(Set<String> methods, PathPattern pattern, RouteHandler handler, boolean wrapped) {
    }

    /** The outcome of matching one request. */
    public sealed interface Resolution {
        /** A full match. */
        record Matched(Route route, Map<String, String> vars) implements Resolution {
        }

        /** A path matched, the method did not. */
        record MethodNotAllowed() implements Resolution {
        }

        /** Nothing matched. */
        record NotFound() implements Resolution {
        }
    }

    /** Registers a route that is not behind {@code requireAuth}. */
    public Router open(String method, String template, RouteHandler handler) {
        routes.add(new Route(Set.of(method), PathPattern.of(template), handler, false));
        return this;
    }

    /** Registers a route wrapped in {@code requireAuth}. */
    public Router wrapped(String method, String template, RouteHandler handler) {
        routes.add(new Route(Set.of(method), PathPattern.of(template), handler, true));
        return this;
    }

    public Resolution resolve(String method, String path) {
        boolean pathMatched = false;
        for (Route route : routes) {
            Optional<Map<String, String>> vars = route.pattern().match(path);
            if (vars.isEmpty()) {
                continue;
            }
            if (route.methods().contains(method)) {
                return new Resolution.Matched(route, vars.get());
            }
            pathMatched = true;
        }
        return pathMatched ? new Resolution.MethodNotAllowed() : new Resolution.NotFound();
    }

    /**
     * mux's {@code cleanPath}: {@code path.Clean} that keeps a trailing slash. A request whose path
     * is not clean gets a 301 to the cleaned one.
     */
    public static String cleanPath(String p) {
        if (p.isEmpty()) {
            return "/";
        }
        if (p.charAt(0) != '/') {
            p = "/" + p;
        }
        List<String> out = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty()) {
                    out.removeLast();
                }
            } else {
                out.add(part);
            }
        }
        String cleaned = "/" + String.join("/", out);
        if (p.endsWith("/") && !cleaned.equals("/")) {
            cleaned += "/";
        }
        return cleaned;
    }
}
