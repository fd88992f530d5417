package com.sendense.console.restore;

import java.time.Instant;

/** One spooled file as the database knows it; {@code size} is reserved against the cap from the start of the pull. */
record SpoolEntry(String id, String username, String fileName, String contentType, long size, State state,
        Instant createdAt, Instant expiresAt) {

    enum State {
        FILLING, READY
    }
}
