package com.sendense.hubsim.files.model;

import java.time.Instant;

/**
 * A symbolic link or an NTFS junction. The hub types both as {@code file} with
 * {@code is_symlink: true}; {@code lstat} reports the target's length as the size.
 *
 * @param name     link name
 * @param modified modification time
 * @param target   where it points
 */
public record Symlink(String name, Instant modified, LinkTarget target) implements Node {

    /** Symlinks always carry all permission bits on Linux and on ntfs-3g. */
    @Override
    public int mode() {
        return 0777;
    }
}
