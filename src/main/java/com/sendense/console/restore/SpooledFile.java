package com.sendense.console.restore;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A complete spooled file, ready to be served. It never changes once complete, so its id makes a strong ETag.
 */
public record SpooledFile(String id, Path file, long size, String fileName, String contentType, Instant lastModified) {

    public String etag() {
        return "\"" + id + "-" + size + "\"";
    }
}
