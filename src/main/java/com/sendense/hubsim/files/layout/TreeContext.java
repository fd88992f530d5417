package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.model.FsKind;
import java.time.Instant;
import java.time.ZoneId;

/**
 * {@code seed} comes from VM name, disk index and layout; nothing is newer than {@code capturedAt}; {@code zone} is
 * the VM's, for timestamps written into file contents.
 */
record TreeContext(long seed, Instant capturedAt, FsKind fs, ZoneId zone) {

    /** The same disk with another file system (each partition has its own). */
    public TreeContext with(FsKind other) {
        return new TreeContext(seed, capturedAt, other, zone);
    }
}
