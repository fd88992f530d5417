package com.sendense.hubsim.api;

import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.http.RouteGuard;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code api/handlers/auth.go} and {@code requireAuth}: the login that only checks the appliance
 * token, and the middleware with its three 401 messages. With {@code -auth=false} the middleware
 * lets everything through, while login keeps working.
 */
final class AuthApi implements RouteGuard {

    private static final Duration SESSION_LIFETIME = Duration.ofDays(3650);
    private static final GoStruct AUTH_REQUEST;

    static {
        Map<String, GoType> fields = new LinkedHashMap<>();
        fields.put("appliance_id", GoType.STRING);
        fields.put("token", GoType.STRING);
        fields.put("version", GoType.STRING);
        AUTH_REQUEST = GoStruct.named("handlers", "AuthRequest", fields);
    }

    private final boolean enabled;
    private final SessionStore sessions;
    private final Timestamps time;
    private final Clock clock;

    AuthApi(boolean enabled, SessionStore sessions, Timestamps time, Clock clock) {
        this.enabled = enabled;
        this.sessions = sessions;
        this.time = time;
        this.clock = clock;
    }

    /** {@code POST /api/v1/auth/login}. */
    Reply login(HubRequest request) {
        Instant now = clock.instant();
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), AUTH_REQUEST);
        } catch (GoJsonDecoder.GoJsonException e) {
            return Reply.json(400, errorMap("Invalid request payload", e.getMessage(), now));
        }
        if (!body.string("token").equals(SimulatorConfig.APPLIANCE_TOKEN)) {
            return Reply.json(401, GoJson.struct().put("success", false).put("error_message", "Invalid credentials"));
        }
        Instant expires = now.plus(SESSION_LIFETIME);
        sessions.store(SimulatorConfig.SESSION_TOKEN, expires);
        return Reply.json(200,
                GoJson.struct()
                        .put("success", true)
                        .put("session_token", SimulatorConfig.SESSION_TOKEN)
                        .put("expires_at", time.localSeconds(expires)));
    }

    @Override
    public Optional<Reply> check(HubRequest request) {
        if (!enabled) {
            return Optional.empty();
        }
        String header = request.header("Authorization");
        Instant now = clock.instant();
        if (header.isEmpty()) {
            return Optional.of(unauthorized("Missing authorization header", now));
        }
        if (header.length() < 7 || !header.startsWith("Bearer ")) {
            return Optional.of(unauthorized("Invalid authorization format", now));
        }
        if (!sessions.valid(header.substring(7), now)) {
            return Optional.of(unauthorized("Invalid or expired token", now));
        }
        return Optional.empty();
    }

    private Reply unauthorized(String message, Instant now) {
        return Reply.json(401, errorMap(message, "", now));
    }

    private Object errorMap(String error, String details, Instant now) {
        var map = GoJson.map();
        map.put("error", error);
        map.put("details", details);
        map.put("timestamp", time.localSeconds(now));
        return map;
    }
}
