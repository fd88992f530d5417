package com.sendense.hubsim.restore;

import java.io.IOException;

/**
 * Go's server {@code WriteTimeout} has passed: the response must stop here. Thrown out of the
 * handler so that the JDK server drops the connection without finishing the body, which is what
 * the client of a Go server sees (a short body, or a chunked body without its last chunk).
 */
public final class WriteTimeoutException extends IOException {

    WriteTimeoutException() {
        super("write deadline exceeded (Go WriteTimeout)");
    }
}
