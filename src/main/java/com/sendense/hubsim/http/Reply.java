package com.sendense.hubsim.http;

import java.util.Map;

/**
 * What a simulated hub handler answers. The variants are the only kinds of response the real hub
 * produces: JSON from {@code json.NewEncoder(w).Encode}, plain text from {@code http.Error}, an
 * empty body (mux's 405, CORS preflight), a mux path-cleaning redirect, or no response at all
 * when a handler panics and {@code net/http} closes the connection.
 */
public sealed interface Reply {

    /** A JSON body encoded with {@link com.sendense.hubsim.json.GoJson}. */
    record Json(int status, Object body) implements Reply {
    }

    /** {@code http.Error(w, text, status)}: the text plus a newline, {@code text/plain; charset=utf-8}. */
    record Text(int status, String text) implements Reply {
    }

    /** A status with no body. */
    record Empty(int status) implements Reply {
    }

    /** Raw bytes with the given headers, for the control API's injected responses. */
    record Raw(int status, Map<String, String> headers, byte[] body) implements Reply {
    }

    /** gorilla/mux's 301 to the cleaned path. */
    record Redirect(String location) implements Reply {
    }

    /** The connection is closed without any response, like a Go handler that panicked. */
    record Drop() implements Reply {
    }

    static Reply json(int status, Object body) {
        return new Json(status, body);
    }

    static Reply text(int status, String text) {
        return new Text(status, text);
    }

    static Reply drop() {
        return new Drop();
    }
}
