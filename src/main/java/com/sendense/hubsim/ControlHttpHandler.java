package com.sendense.hubsim;

import com.sendense.hubsim.control.Fault;
import com.sendense.hubsim.control.FaultSpec;
import com.sendense.hubsim.control.LoggedRequest;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.http.ReplyWriter;
import com.sendense.hubsim.http.Router;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.WorldFacts;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /_sim/} control API on its own loopback listener (see {@link ControlApi}): JSON in and
 * out, bearer token required, no CORS headers (a web page must not drive it), not logged, never
 * faulted. Errors are {@code {"error":"..."}} with 400, 401, 404 or 409.
 */
final class ControlHttpHandler implements HttpHandler {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final SimulatorControl control;
    private final byte[] expectedAuthorization;
    private final Router router;
    private final ReplyWriter writer;
    private final Clock clock;

    ControlHttpHandler(SimulatorControl control, String token, ReplyWriter writer, Clock clock) {
        this.control = control;
        this.expectedAuthorization = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.writer = writer;
        this.clock = clock;
        this.router = new Router().open("POST", "/_sim/faults", this::addFault)
                .open("GET", "/_sim/faults",
                        r -> Reply.json(200, control.faults().stream().map(ControlHttpHandler::fault).toList()))
                .open("DELETE", "/_sim/faults", r -> count("cleared", control.clearFaults()))
                .open("DELETE", "/_sim/faults/{id}", this::removeFault)
                .open("POST", "/_sim/restart", r -> count("sessions_cleared", control.restart()))
                .open("GET", "/_sim/requests", this::requests)
                .open("DELETE", "/_sim/requests", r -> count("cleared", control.clearRequests()))
                .open("POST", "/_sim/backups/{id}/finish", this::finish)
                .open("POST", "/_sim/backups/{id}/stall", this::stall)
                .open("POST", "/_sim/backups/{id}/telemetry", this::telemetry)
                .open("POST", "/_sim/restore/clear-failed", r -> count("cleared", control.clearFailedMounts()))
                .open("POST", "/_sim/database", r -> toggle(r, control::setDatabaseAvailable))
                .open("POST", "/_sim/sna", r -> toggle(r, control::setSnaAvailable))
                .open("POST", "/_sim/repositories/{id}/readable", this::readable)
                .open("GET", "/_sim/world", r -> Reply.json(200, facts(control.world())));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"hub simulator control\"");
            writer.write(exchange, error(401, "control API needs Authorization: Bearer <token>"
                    + " (printed by the standalone simulator at start)"));
            return;
        }
        Reply reply = switch (router.resolve(exchange.getRequestMethod(), exchange.getRequestURI().getPath())) {
            case Router.Resolution.Matched(Router.Route route, var vars) -> {
                try {
                    yield route.handler().handle(new HubRequest(exchange, vars, clock.instant()));
                } catch (IllegalArgumentException e) {
                    yield error(400, e.getMessage());
                }
            }
            case Router.Resolution.MethodNotAllowed() -> error(405, "method not allowed");
            case Router.Resolution.NotFound() -> error(404, "unknown control endpoint");
        };
        writer.write(exchange, reply);
    }

    private boolean authorized(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        // Constant time: the token is the only thing between a local process and the hub's faults.
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expectedAuthorization);
    }

    private Reply addFault(HubRequest request) {
        JsonNode body = json(request);
        String action = text(body, "action").orElseThrow(() -> new IllegalArgumentException("action is required"));
        FaultSpec spec = new FaultSpec(text(body, "method").map(m -> m.toUpperCase(Locale.ROOT)).orElse(null),
                text(body, "path").orElseThrow(() -> new IllegalArgumentException("path is required")),
                FaultSpec.Match.valueOf(text(body, "match").orElse("exact").toUpperCase(Locale.ROOT)),
                FaultSpec.Action.valueOf(action.toUpperCase(Locale.ROOT)),
                Duration.ofMillis(body.path("delayMs").asLong(0)), body.path("status").asInt(500),
                text(body, "body").orElse(""), text(body, "contentType").orElse("application/json"),
                body.path("truncateAfterBytes").asLong(0), body.hasNonNull("times") ? body.get("times").asInt() : null);
        var map = GoJson.map();
        map.put("id", control.addFault(spec));
        return Reply.json(200, map);
    }

    private Reply removeFault(HubRequest request) {
        int id = Integer.parseInt(request.var("id"));
        return control.removeFault(id) ? count("removed", 1) : error(404, "no fault " + id);
    }

    private Reply requests(HubRequest request) {
        long since = request.query("since").isEmpty() ? 0 : Long.parseLong(request.query("since"));
        List<GoJson.Struct> entries = control.requestsSince(since).stream().map(ControlHttpHandler::logged).toList();
        return Reply.json(200, entries);
    }

    private Reply finish(HubRequest request) {
        String id = request.var("id");
        String status = request.query("status").isEmpty() ? "completed" : request.query("status");
        if (!status.equals("completed") && !status.equals("failed")) {
            return error(400, "status must be completed or failed");
        }
        Optional<String> after;
        try {
            after = control.finishBackup(id, status.equals("completed"), request.query("error"));
        } catch (IllegalStateException notRunning) {
            return error(409, notRunning.getMessage());
        }
        if (after.isEmpty()) {
            return error(404, "backup not found: " + id);
        }
        return Reply.json(200, GoJson.struct().put("backup_id", id).put("status", after.get()));
    }

    private Reply stall(HubRequest request) {
        String id = request.var("id");
        return control.stallBackup(id)
                ? Reply.json(200, GoJson.struct().put("backup_id", id).put("stalled", true))
                : error(404, "no transferring backup " + id);
    }

    private Reply telemetry(HubRequest request) {
        String id = request.var("id");
        return control.reportBackupTelemetry(id)
                ? Reply.json(200, GoJson.struct().put("backup_id", id).put("reported", true))
                : error(404, "no transferring backup " + id);
    }

    private Reply toggle(HubRequest request, java.util.function.Consumer<Boolean> setter) {
        JsonNode body = json(request);
        if (!body.has("available") || !body.get("available").isBoolean()) {
            throw new IllegalArgumentException("expected {\"available\":true|false}");
        }
        setter.accept(body.get("available").booleanValue());
        return Reply.json(200, GoJson.struct().put("available", body.get("available").booleanValue()));
    }

    private Reply readable(HubRequest request) {
        JsonNode body = json(request);
        if (!body.has("readable") || !body.get("readable").isBoolean()) {
            throw new IllegalArgumentException("expected {\"readable\":true|false}");
        }
        control.setRepositoryReadable(request.var("id"), body.get("readable").booleanValue());
        return Reply.json(200,
                GoJson.struct()
                        .put("repository_id", request.var("id"))
                        .put("readable", body.get("readable").booleanValue()));
    }

    private static JsonNode json(HubRequest request) {
        try {
            JsonNode node = MAPPER.readTree(request.body());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static Optional<String> text(JsonNode body, String field) {
        return body.hasNonNull(field) ? Optional.of(body.get(field).asString()) : Optional.empty();
    }

    private static GoJson.Struct fault(Fault f) {
        FaultSpec s = f.spec();
        return GoJson.struct()
                .put("id", f.id())
                .put("method", s.method())
                .put("path", s.path())
                .put("match", s.match().name().toLowerCase(Locale.ROOT))
                .put("action", s.action().name().toLowerCase(Locale.ROOT))
                .put("delayMs", s.delay().toMillis())
                .put("status", s.status())
                .put("body", s.body())
                .put("contentType", s.contentType())
                .put("truncateAfterBytes", s.truncateAfterBytes())
                .put("times", s.times())
                .put("remaining", f.remaining());
    }

    private static GoJson.Struct logged(LoggedRequest r) {
        return GoJson.struct()
                .put("seq", r.seq())
                .put("method", r.method())
                .put("path", r.path())
                .put("query", r.query())
                .put("status", r.status())
                .put("at", r.at().toString());
    }

    private static GoJson.Struct facts(WorldFacts f) {
        return GoJson.struct()
                .put("localRepositoryId", f.localRepositoryId())
                .put("nfsRepositoryId", f.nfsRepositoryId())
                .put("disabledRepositoryId", f.disabledRepositoryId())
                .put("protectedVm", f.protectedVm())
                .put("linuxVm", f.linuxVm())
                .put("vmWithoutCredential", f.vmWithoutCredential())
                .put("vmWithoutDisks", f.vmWithoutDisks())
                .put("lvmOnlyVm", f.lvmOnlyVm())
                .put("dashedVm", f.dashedVm())
                .put("staleVm", f.staleVm())
                .put("neverBackedUpVms", f.neverBackedUpVms())
                .put("stuckBackupId", f.stuckBackupId())
                .put("runningBackupId", f.runningBackupId())
                .put("hostileNamedVms", f.hostileNamedVms());
    }

    private static Reply count(String key, int n) {
        return Reply.json(200, GoJson.struct().put(key, n));
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, GoJson.struct().put("error", message));
    }
}
