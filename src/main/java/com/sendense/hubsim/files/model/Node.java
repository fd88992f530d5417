package com.sendense.hubsim.files.model;

import java.time.Instant;

/**
 * One entry of a simulated file system, as {@code lstat} would describe it.
 */
public sealed interface Node permits Directory, RegularFile, Symlink {

    /** The entry's name in its parent directory. */
    String name();

    /** The modification time, with the precision the file system stores. */
    Instant modified();

    /** The permission bits as Go's {@code FileMode.Perm()} reports them (0777 on ntfs-3g). */
    int mode();
}
