package com.sendense.hubsim.files.model;

import java.io.IOException;
import java.io.InputStream;

/** Generated on demand so a multi-GB file never sits in memory; {@link #open()} yields exactly {@link #length()}. */
public interface Content {

    /** Cheap: never generates the bytes. */
    long length();

    InputStream open() throws IOException;
}
