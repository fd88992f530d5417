package com.sendense.hubsim.files.model;

/** ntfs-3g shows an NTFS junction as an absolute symlink into the mount point, so its target depends on it. */
public sealed interface LinkTarget {

    String render(String mountPoint);

    /** An absolute target resolves against the host's root. */
    record Raw(String target) implements LinkTarget {

        @Override
        public String render(String mountPoint) {
            return target;
        }
    }

    /** {@code pathInPartition} starts with {@code /}, e.g. {@code /Users}. */
    record Junction(String pathInPartition) implements LinkTarget {

        @Override
        public String render(String mountPoint) {
            return mountPoint + pathInPartition;
        }
    }
}
