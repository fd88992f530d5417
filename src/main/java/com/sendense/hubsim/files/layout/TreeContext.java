package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.model.FsKind;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What every entry of one simulated file system shares.
 *
 * @param seed       seed of the disk (from VM name, disk index and layout)
 * @param capturedAt when the backup was taken: nothing is newer
 * @param fs         the file system
 * @param zone       the VM's local time zone, for timestamps written into file contents
 */
record TreeContext(long seed, Instant capturedAt, FsKind fs, ZoneId zone) {

    /** The same disk with another file system (each partition has its own). */
    public TreeContext with(FsKind other) {
        return new TreeContext(seed, capturedAt, other, zone);
    }
}
