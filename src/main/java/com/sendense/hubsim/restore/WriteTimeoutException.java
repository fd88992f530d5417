package com.sendense.hubsim.restore;

import java.io.IOException;

/**
 * Go's {@code WriteTimeout} has passed. Thrown out of the handler so the JDK server drops the connection: a short
 * body, or a chunked body without its last chunk, as a Go server's client sees it.
 */
public final class WriteTimeoutException extends IOException {

    WriteTimeoutException() {
        super("write deadline exceeded (Go WriteTimeout)");
    }
}
