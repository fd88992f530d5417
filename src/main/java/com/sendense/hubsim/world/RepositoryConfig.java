package com.sendense.hubsim.world;

/** The type-specific {@code config} object of a repository, in the hub's field order. */
public sealed interface RepositoryConfig {

    /** The directory backups are written under (the path or the mount point). */
    String backupRoot();

    /** {@code storage.LocalRepositoryConfig}. */
    record Local(String path, boolean autoMount, String mountOptions) implements RepositoryConfig {

        @Override
        public String backupRoot() {
            return path;
        }
    }

    /** {@code storage.NFSRepositoryConfig}. */
    record Nfs(String server, String exportPath, String mountPoint, String nfsVersion,
            String mountOptions) implements RepositoryConfig {

        @Override
        public String backupRoot() {
            return mountPoint;
        }
    }

    /** {@code storage.CIFSRepositoryConfig}. */
    record Cifs(String server, String shareName, String mountPoint, String username, String passwordSecret,
            String domain, String mountOptions) implements RepositoryConfig {

        @Override
        public String backupRoot() {
            return mountPoint;
        }
    }
}
