package com.sendense.hubsim.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * gorilla/mux v1.8 as the hub uses it: the first route in registration order whose path and method
 * match wins (so order matters as in the hub's {@code server.go}); a path match with no method
 * match is an empty 405, else {@code 404 page not found}.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    public record Route(Set<String> methods, PathPattern pattern, RouteHandler handler, boolean wrapped) {}

    public sealed interface Resolution {

        record Matched(Route route, Map<String, String> vars) implements Resolution {}

        /** The path matched, the method did not. */
        record MethodNotAllowed() implements Resolution {}

        record NotFound() implements Resolution {}
    }

    public Router open(String method, String template, RouteHandler handler) {
        routes.add(new Route(Set.of(method), PathPattern.of(template), handler, false));
        return this;
    }

    /** Behind the hub's {@code requireAuth}. */
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

    /** mux's {@code cleanPath}: {@code path.Clean} keeping a trailing slash; an unclean path gets a 301. */
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
