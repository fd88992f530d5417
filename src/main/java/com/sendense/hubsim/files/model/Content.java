package com.sendense.hubsim.files.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file's bytes. Implementations generate them on demand so that a multi-GB file never sits in
 * memory; {@link #open()} always yields exactly {@link #length()} bytes (or fails).
 */
public interface Content {

    /** The number of bytes. Cheap: never requires generating a large file. */
    long length();

    /** A fresh stream over the bytes, from the first one. */
    InputStream open() throws IOException;
}
