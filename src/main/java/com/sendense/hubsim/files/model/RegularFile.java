package com.sendense.hubsim.files.model;

import java.time.Instant;

/**
 * A regular file whose bytes come from {@code content}.
 *
 * @param name     file name
 * @param modified modification time
 * @param mode     permission bits
 * @param content  the bytes, generated on demand
 */
public record RegularFile(String name, Instant modified, int mode, Content content) implements Node {

    /** The file size as {@code stat} reports it. */
    public long size() {
        return content.length();
    }
}
