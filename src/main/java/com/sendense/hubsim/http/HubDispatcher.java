package com.sendense.hubsim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * The hub's {@code http.Handler}: mux path cleaning, the restore subtree, route matching, CORS on
 * matched routes, {@code requireAuth} on wrapped ones. A handler that throws is a Go panic: the
 * connection closes with no response.
 */
public final class HubDispatcher implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(HubDispatcher.class.getName());
    private static final String RESTORE_PREFIX = "/api/v1/restore";

    private final Router router;
    private final RouteGuard guard;
    private final HttpHandler restore;
    private final ReplyWriter writer;
    private final Clock clock;

    public HubDispatcher(Router router, RouteGuard guard, HttpHandler restore, ReplyWriter writer, Clock clock) {
        this.router = router;
        this.guard = guard;
        this.restore = restore;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        WriteDeadline.markArrival(exchange);
        String path = exchange.getRequestURI().getPath();
        if (path == null) {
            path = "/";
        }
        String clean = Router.cleanPath(path);
        if (!clean.equals(path)) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            writer.write(exchange, new Reply.Redirect(rawQuery == null ? clean : clean + "?" + rawQuery));
            return;
        }
        if (path.equals(RESTORE_PREFIX) || path.startsWith(RESTORE_PREFIX + "/")) {
            restore.handle(exchange);
            return;
        }
        writer.write(exchange, dispatch(exchange, path));
    }

    private Reply dispatch(HttpExchange exchange, String path) {
        return switch (router.resolve(exchange.getRequestMethod(), path)) {
            case Router.Resolution.Matched(Router.Route route, var vars) -> {
                addCorsHeaders(exchange);
                if (exchange.getRequestMethod().equals("OPTIONS")) {
                    yield new Reply.Empty(200);
                }
                HubRequest request = new HubRequest(exchange, vars, clock.instant());
                yield route.wrapped() ? guard.check(request).orElseGet(() -> run(route, request)) : run(route, request);
            }
            case Router.Resolution.MethodNotAllowed() -> new Reply.Empty(405);
            case Router.Resolution.NotFound() -> new Reply.Text(404, "404 page not found");
        };
    }

    private static Reply run(Router.Route route, HubRequest request) {
        try {
            return route.handler().handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING,
                    "Handler for " + route.pattern().template() + " failed; dropping the connection like a Go panic",
                    e);
            return new Reply.Drop();
        }
    }

    /** The hub's {@code corsMiddleware}, which mux runs only for matched routes. */
    private static void addCorsHeaders(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, Authorization");
    }
}
