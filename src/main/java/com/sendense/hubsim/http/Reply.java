package com.sendense.hubsim.http;

import java.util.Map;

/** The only kinds of response the real hub produces. */
public sealed interface Reply {

    /** {@code json.NewEncoder(w).Encode}, via {@link com.sendense.hubsim.json.GoJson}. */
    record Json(int status, Object body) implements Reply {}

    /** {@code http.Error(w, text, status)}: the text plus a newline, {@code text/plain; charset=utf-8}. */
    record Text(int status, String text) implements Reply {}

    /** mux's 405 and CORS preflight. */
    record Empty(int status) implements Reply {}

    /** For the control API's injected responses. */
    record Raw(int status, Map<String, String> headers, byte[] body) implements Reply {}

    /** gorilla/mux's 301 to the cleaned path. */
    record Redirect(String location) implements Reply {}

    /** A Go handler that panicked: {@code net/http} closes the connection without a response. */
    record Drop() implements Reply {}

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
