package com.sendense.hubsim.files.model;

/**
 * Where a link points. Linux symlinks store a raw string; ntfs-3g shows an NTFS junction as an
 * absolute symlink into the mount point, so its target depends on where the partition is mounted.
 */
public sealed interface LinkTarget {

    /** The target as {@code readlink} returns it when the partition is mounted at {@code mountPoint}. */
    String render(String mountPoint);

    /** A symlink's stored target, relative or absolute. An absolute one resolves against the host's root. */
    record Raw(String target) implements LinkTarget {
        @Override
        public String render(String mountPoint) {
            return target;
        }
    }

    /** An NTFS junction to {@code pathInPartition} (starting with {@code /}), e.g. {@code /Users}. */
    record Junction(String pathInPartition) implements LinkTarget {
        @Override
        public String render(String mountPoint) {
            return mountPoint + pathInPartition;
        }
    }
}
