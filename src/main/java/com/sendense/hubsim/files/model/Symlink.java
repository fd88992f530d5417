package com.sendense.hubsim.files.model;

import java.time.Instant;

/** Also an NTFS junction: the hub types both {@code file}, {@code is_symlink}; lstat's size is the target's length. */
public record Symlink(String name, Instant modified, LinkTarget target) implements Node {

    /** Always all bits, on Linux and on ntfs-3g. */
    @Override
    public int mode() {
        return 0777;
    }
}
