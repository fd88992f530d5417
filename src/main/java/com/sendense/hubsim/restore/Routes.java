package com.sendense.hubsim.restore;

import java.util.List;
import java.util.Optional;

/**
 * The restore subrouter's routes in registration order, matched like gorilla/mux: the first
 * route whose path and method match wins; a path match with the wrong method remembers a 405.
 */
final class Routes {

    static final String PREFIX = "/api/v1/restore";

    enum Endpoint {
        MOUNT, LIST_MOUNTS, UNMOUNT, LIST_FILES, FILE_INFO, DOWNLOAD, DOWNLOAD_DIRECTORY, RESOURCES, CLEANUP_STATUS
    }

    private record Route(String method, String pattern, Endpoint endpoint) {}

    /** A matched route and its {@code {mount_id}}. */
    record Match(Endpoint endpoint, String mountId) {}

    /** No route is a 404, a route with another method a 405. */
    sealed interface Result permits Found, NotFound, MethodNotAllowed {}

    record Found(Match match) implements Result {}

    record NotFound() implements Result {}

    record MethodNotAllowed() implements Result {}

    private static final List<Route> ROUTES = List.of(new Route("POST", "/mount", Endpoint.MOUNT),
            new Route("GET", "/mounts", Endpoint.LIST_MOUNTS), new Route("DELETE", "/{mount_id}", Endpoint.UNMOUNT),
            new Route("GET", "/{mount_id}/files", Endpoint.LIST_FILES),
            new Route("GET", "/{mount_id}/file-info", Endpoint.FILE_INFO),
            new Route("GET", "/{mount_id}/download", Endpoint.DOWNLOAD),
            new Route("GET", "/{mount_id}/download-directory", Endpoint.DOWNLOAD_DIRECTORY),
            new Route("GET", "/resources", Endpoint.RESOURCES),
            new Route("GET", "/cleanup-status", Endpoint.CLEANUP_STATUS));

    private Routes() {}

    static Result match(String method, String path) {
        if (!path.startsWith(PREFIX + "/")) {
            return new NotFound();
        }
        String rest = path.substring(PREFIX.length());
        boolean methodMismatch = false;
        for (Route route : ROUTES) {
            Optional<String> id = matchPath(route.pattern(), rest);
            if (id.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Found(new Match(route.endpoint(), id.get()));
            }
            methodMismatch = true;
        }
        return methodMismatch ? new MethodNotAllowed() : new NotFound();
    }

    /**
     * The {@code mount_id} ("" when the pattern has none) if {@code rest} matches; {@code {mount_id}} is {@code [^/]+}.
     */
    private static Optional<String> matchPath(String pattern, String rest) {
        String[] want = pattern.substring(1).split("/", -1);
        String[] got = rest.substring(1).split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        String id = "";
        for (int i = 0; i < want.length; i++) {
            if (want[i].equals("{mount_id}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                id = got[i];
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(id);
    }

    /** mux's {@code cleanPath}: {@code path.Clean}, keeping a trailing slash. */
    static String cleanPath(String p) {
        if (p.isEmpty()) {
            return "/";
        }
        if (p.charAt(0) != '/') {
            p = "/" + p;
        }
        String np = GoPath.clean(p);
        if (p.endsWith("/") && !np.equals("/")) {
            np += "/";
        }
        return np;
    }
}
