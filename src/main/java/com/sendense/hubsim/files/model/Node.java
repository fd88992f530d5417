package com.sendense.hubsim.files.model;

import java.time.Instant;

public sealed interface Node permits Directory, RegularFile, Symlink {

    String name();

    /** With the precision the file system stores. */
    Instant modified();

    /** As Go's {@code FileMode.Perm()} reports them. */
    int mode();
}
