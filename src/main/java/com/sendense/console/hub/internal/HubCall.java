package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubRejectedException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriBuilder;

/**
 * One logical call to the hub. Path and query values go as URI variables, so they are encoded
 * strictly ({@code +} → {@code %2B}, {@code /} → {@code %2F}…), which Go's mux decodes exactly.
 */
final class HubCall {

    private final String operation;
    private final HttpMethod method;
    private final String route;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private @Nullable Object body;
    private @Nullable Runnable precheck;
    private boolean retryable;
    private volatile int status;

    private HubCall(String operation, HttpMethod method, String route) {
        this.operation = operation;
        this.method = method;
        this.route = route;
        this.retryable = method == HttpMethod.GET;
    }

    static HubCall get(String operation, String route) {
        return new HubCall(operation, HttpMethod.GET, route);
    }

    static HubCall post(String operation, String route) {
        return new HubCall(operation, HttpMethod.POST, route);
    }

    static HubCall put(String operation, String route) {
        return new HubCall(operation, HttpMethod.PUT, route);
    }

    static HubCall patch(String operation, String route) {
        return new HubCall(operation, HttpMethod.PATCH, route);
    }

    static HubCall delete(String operation, String route) {
        return new HubCall(operation, HttpMethod.DELETE, route);
    }

    /**
     * A path variable. {@code .} and {@code ..} are refused: the hub's router cleans them away
     * and would route the request somewhere else.
     */
    HubCall path(String name, String value) {
        if (value.equals(".") || value.equals("..")) {
            throw new HubRejectedException(operation, HubErrorCode.PATH_TRAVERSAL, null, null,
                    "refused path segment '%s'".formatted(value));
        }
        variables.put(name, value);
        return this;
    }

    HubCall query(String name, @Nullable String value) {
        if (value != null) {
            query.put(name, value);
        }
        return this;
    }

    HubCall body(Object body) {
        this.body = body;
        return this;
    }

    /** Runs before the hub is contacted, e.g. the VM name check; its exception is the call's outcome. */
    HubCall precheck(Runnable precheck) {
        this.precheck = precheck;
        return this;
    }

    HubCall noRetry() {
        this.retryable = false;
        return this;
    }

    URI uri(UriBuilder builder) {
        Map<String, Object> values = new LinkedHashMap<>(variables);
        builder.path(route);
        query.forEach((name, value) -> {
            builder.queryParam(name, "{q." + name + "}");
            values.put("q." + name, value);
        });
        return builder.build(values);
    }

    String operation() {
        return operation;
    }

    HttpMethod method() {
        return method;
    }

    /** Reads can be repeated safely; writes (and calls marked {@link #noRetry()}) cannot. */
    boolean retryable() {
        return retryable;
    }

    boolean isWrite() {
        return method != HttpMethod.GET;
    }

    @Nullable
    Object body() {
        return body;
    }

    @Nullable
    Runnable precheck() {
        return precheck;
    }

    /** The HTTP status of the last response, 0 when none arrived; for the metrics. */
    int status() {
        return status;
    }

    void status(int status) {
        this.status = status;
    }
}
